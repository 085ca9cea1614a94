#include "util/Decimal.h"

#include <gtest/gtest.h>

namespace {
Decimal dec(const char *text)
{
    auto d = Decimal::fromString(QString::fromLatin1(text));
    EXPECT_TRUE(d.has_value()) << text;
    return d.value_or(Decimal());
}
} // namespace

TEST(Decimal, ParsesAndPrintsExactly)
{
    EXPECT_EQ(dec("123").toString(), QStringLiteral("123"));
    EXPECT_EQ(dec("-0.045").toString(), QStringLiteral("-0.045"));
    EXPECT_EQ(dec("1.5e3").toString(), QStringLiteral("1500"));
    EXPECT_EQ(dec("2.50").toString(), QStringLiteral("2.5"));
    EXPECT_EQ(dec("1e-4").toString(), QStringLiteral("0.0001"));
    EXPECT_EQ(dec("0").toString(2), QStringLiteral("0.00"));
    EXPECT_FALSE(Decimal::fromString(u"abc").has_value());
    EXPECT_FALSE(Decimal::fromString(u"1.2.3").has_value());
    EXPECT_FALSE(Decimal::fromString(u"").has_value());
    EXPECT_FALSE(Decimal::fromString(u"1e999").has_value());
}

TEST(Decimal, FromDoubleKeepsWhatTheJsonSaid)
{
    // 0.1 + 0.2 is the classic binary trap; each value on its own must read back exactly.
    EXPECT_EQ(Decimal::fromDouble(0.1)->toString(), QStringLiteral("0.1"));
    EXPECT_EQ(Decimal::fromDouble(14392.0)->toString(), QStringLiteral("14392"));
    EXPECT_EQ(Decimal::fromDouble(1234.5678)->toString(), QStringLiteral("1234.5678"));
    EXPECT_EQ(Decimal::fromDouble(123456789012.345)->toString(), QStringLiteral("123456789012.345"));
    EXPECT_EQ((*Decimal::fromDouble(0.1) + *Decimal::fromDouble(0.2)).toString(), QStringLiteral("0.3"));
    EXPECT_FALSE(Decimal::fromDouble(std::nan("")).has_value());
}

TEST(Decimal, ConvertsCentsToDollarsAndRoundsHalfAwayFromZero)
{
    EXPECT_EQ(dec("14392").shifted(-2).toString(2), QStringLiteral("143.92"));
    EXPECT_EQ(dec("0.5").shifted(-2).toString(2), QStringLiteral("0.01")); // half a cent rounds up
    EXPECT_EQ(dec("-0.5").shifted(-2).toString(2), QStringLiteral("-0.01"));
    EXPECT_EQ(dec("0.49").shifted(-2).toString(2), QStringLiteral("0.00"));
    EXPECT_EQ(dec("10000000").shifted(-2).toString(2), QStringLiteral("100000.00"));
    EXPECT_EQ(dec("1.25").shifted(2).toString(), QStringLiteral("125"));
}

TEST(Decimal, ArithmeticAndComparison)
{
    Decimal sum;
    for (int i = 0; i < 1000; ++i) {
        sum += dec("0.01");
    }
    EXPECT_EQ(sum, dec("10"));
    EXPECT_TRUE(dec("-1") < dec("0.5"));
    EXPECT_EQ((dec("5") - dec("7.25")).toString(), QStringLiteral("-2.25"));
    EXPECT_EQ(dec("12345678901234.56").integerDigits(), 14);
    EXPECT_EQ(dec("0.5").integerDigits(), 0);
    EXPECT_EQ(dec("1.2300").significantDecimals(), 2);
}

TEST(Decimal, ValuesBeyondTheRangeAreRefusedNotOverflowed)
{
    // Found by fuzzing (UBSan: signed overflow of the 128-bit units): "subtotal": 6.7e39.
    EXPECT_FALSE(Decimal::fromDouble(6.666666666666667e39).has_value());
    EXPECT_FALSE(Decimal::fromDouble(-6.666666666666667e39).has_value());
    EXPECT_FALSE(Decimal::fromString(u"6666666666666667e24").has_value());
    EXPECT_FALSE(Decimal::fromString(u"1e40").has_value());
    // These wrapped around to a small negative amount (-2.8e35) instead.
    EXPECT_FALSE(Decimal::fromString(u"340e36").has_value());
    EXPECT_FALSE(Decimal::fromString(u"34e37").has_value());
    EXPECT_FALSE(Decimal::fromDouble(3.4e38).has_value());
    EXPECT_FALSE(Decimal::fromString(u"-9.9e38").has_value());
    EXPECT_EQ(Decimal::fromString(u"1e36")->toString(),
              QStringLiteral("1000000000000000000000000000000000000"));
    // Tiny ones round to zero at the maximum scale, whatever their exponent.
    EXPECT_TRUE(Decimal::fromString(u"0.000000000000000000001e-40")->isZero());
    EXPECT_TRUE(Decimal::fromString(u"-1234567890123456789e-40")->isZero());
    EXPECT_EQ(Decimal::fromString(u"5e-19")->toString(), QStringLiteral("0.000000000000000001"));
}
