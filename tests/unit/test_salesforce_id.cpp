#include "salesforce/SalesforceId.h"

#include <gtest/gtest.h>

namespace {

struct Vector
{
    const char *id15;
    const char *id18;
};

// Every vector published in the reference (§9.2).
const Vector kPublished[] = {
    {"a0D30000001n7Pi", "a0D30000001n7PiEAI"}, {"001M000000qfPyS", "001M000000qfPySIAU"},
    {"a0RE000000IJmcN", "a0RE000000IJmcNMAT"}, {"0F9E000000092w2", "0F9E000000092w2KAA"},
    {"aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaAAA"}, {"AbCdEfGhIjKlMnO", "AbCdEfGhIjKlMnOVKV"},
    {"aBcDEfgHIJKLMNO", "aBcDEfgHIJKLMNO025"}, {"70130000001tcyI", "70130000001tcyIAAQ"},
};

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

TEST(SalesforceId, ChecksumMatchesEveryPublishedVector)
{
    for (const Vector &v : kPublished) {
        EXPECT_EQ(SalesforceId::to18(s(v.id15)), s(v.id18)) << v.id15;
        EXPECT_EQ(SalesforceId::checksum(s(v.id15)), s(v.id18).right(3)) << v.id15;
    }
}

TEST(SalesforceId, ParsesBothFormsOfEveryVectorToTheCanonical18)
{
    for (const Vector &v : kPublished) {
        const SalesforceId::Parsed from15 = SalesforceId::parse(s(v.id15));
        ASSERT_TRUE(from15.ok()) << v.id15;
        EXPECT_EQ(from15.id18, s(v.id18));
        EXPECT_FALSE(from15.repairedCase);
        const SalesforceId::Parsed from18 = SalesforceId::parse(s(v.id18));
        ASSERT_TRUE(from18.ok()) << v.id18;
        EXPECT_EQ(from18.id18, s(v.id18));
        // The suffix is case-insensitive.
        const SalesforceId::Parsed lowerSuffix =
            SalesforceId::parse(s(v.id15) + s(v.id18).right(3).toLower());
        ASSERT_TRUE(lowerSuffix.ok()) << v.id18;
        EXPECT_EQ(lowerSuffix.id18, s(v.id18));
    }
}

TEST(SalesforceId, RepairsTheCaseOfAnIdASpreadsheetUpperOrLowerCased)
{
    const SalesforceId::Parsed upper = SalesforceId::parse(QStringLiteral("001M000000QFPYSIAU"));
    ASSERT_TRUE(upper.ok());
    EXPECT_EQ(upper.id18, QStringLiteral("001M000000qfPySIAU"));
    EXPECT_TRUE(upper.repairedCase);
    const SalesforceId::Parsed lower = SalesforceId::parse(QStringLiteral("a0d30000001n7pieai"));
    ASSERT_TRUE(lower.ok());
    EXPECT_EQ(lower.id18, QStringLiteral("a0D30000001n7PiEAI"));
    EXPECT_TRUE(lower.repairedCase);
}

TEST(SalesforceId, TrimsWhitespaceAroundPastedIds)
{
    const SalesforceId::Parsed parsed = SalesforceId::parse(QStringLiteral("  001M000000qfPyS\t\n"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.id18, QStringLiteral("001M000000qfPySIAU"));
}

TEST(SalesforceId, RejectsEmptyWrongLengthAndForeignCharacters)
{
    EXPECT_EQ(SalesforceId::parse(QString()).problem, SalesforceId::Problem::Empty);
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("   ")).problem, SalesforceId::Problem::Empty);
    for (const char *bad :
         {"001M000000qfPy", "001M000000qfPySI", "001M000000qfPySIA", "001M000000qfPySIAUX"}) {
        EXPECT_EQ(SalesforceId::parse(s(bad)).problem, SalesforceId::Problem::BadLength) << bad;
    }
    for (const char *bad : {"001M000000qfPy!", "001M000000qf-yS", "001M000000qfPyS IAU", "001M000000qfPyé"}) {
        const SalesforceId::Problem p = SalesforceId::parse(QString::fromUtf8(bad)).problem;
        EXPECT_TRUE(p == SalesforceId::Problem::BadCharacters || p == SalesforceId::Problem::BadLength)
            << bad;
    }
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("001M000000qfPy!")).problem,
              SalesforceId::Problem::BadCharacters);
}

TEST(SalesforceId, RejectsASuffixThatCannotBelongToTheBody)
{
    // Mixed-case body kept its case, so a disagreeing suffix is a typo.
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("001M000000qfPySAAA")).problem,
              SalesforceId::Problem::BadChecksum);
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("001M000000qfPYSIAU")).problem,
              SalesforceId::Problem::BadChecksum);
    // 'Z' (25) sets bit 0, i.e. says the first character '0' is an upper-case letter.
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("001M000000qfPySZAU")).problem,
              SalesforceId::Problem::BadChecksum);
    // Characters outside the suffix alphabet (6-9 are not in A-Z0-5).
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("001M000000qfPyS9AU")).problem,
              SalesforceId::Problem::BadChecksum);
}

TEST(SalesforceId, ChecksTheKeyPrefix)
{
    EXPECT_TRUE(SalesforceId::parse(QStringLiteral("001M000000qfPyS"), QStringLiteral("001")).ok());
    const SalesforceId::Parsed wrong =
        SalesforceId::parse(QStringLiteral("a0D30000001n7Pi"), QStringLiteral("001"));
    EXPECT_EQ(wrong.problem, SalesforceId::Problem::WrongObject);
    EXPECT_EQ(wrong.id18, QStringLiteral("a0D30000001n7PiEAI"));
    // "00l" (letter l) is not the Account prefix "001".
    EXPECT_EQ(SalesforceId::parse(QStringLiteral("00lM000000qfPyS"), QStringLiteral("001")).problem,
              SalesforceId::Problem::WrongObject);
    EXPECT_EQ(SalesforceId::keyPrefix(QStringLiteral("001M000000qfPySIAU")), QStringLiteral("001"));
}

TEST(SalesforceId, DescribesEachProblemToTheUser)
{
    EXPECT_TRUE(SalesforceId::describe(SalesforceId::Problem::None, QString()).isEmpty());
    EXPECT_TRUE(SalesforceId::describe(SalesforceId::Problem::BadLength, QStringLiteral("12345"))
                    .contains(QStringLiteral("5 characters")));
    EXPECT_TRUE(
        SalesforceId::describe(SalesforceId::Problem::BadChecksum, QStringLiteral("001M000000qfPySAAA"))
            .contains(QStringLiteral("001M000000qfPySAAA")));
    EXPECT_TRUE(SalesforceId::describe(SalesforceId::Problem::WrongObject, QStringLiteral("a0D30000001n7Pi"))
                    .contains(QStringLiteral("001")));
}
