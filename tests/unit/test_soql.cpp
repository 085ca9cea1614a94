#include "salesforce/Soql.h"

#include <gtest/gtest.h>

TEST(Soql, EscapesBackslashFirstThenQuotes)
{
    // §7.2 rule 1: 'Bob\'s \\ BBQ'
    EXPECT_EQ(Soql::quote(QStringLiteral("Bob's \\ BBQ")), QStringLiteral("'Bob\\'s \\\\ BBQ'"));
    // A backslash before a quote must not turn into an escaped quote.
    EXPECT_EQ(Soql::escape(QStringLiteral("\\'")), QStringLiteral("\\\\\\'"));
    EXPECT_EQ(Soql::escape(QStringLiteral("say \"hi\"")), QStringLiteral("say \\\"hi\\\""));
}

TEST(Soql, EscapesControlCharacters)
{
    EXPECT_EQ(Soql::escape(QStringLiteral("a\nb\rc\td\be\ff")), QStringLiteral("a\\nb\\rc\\td\\be\\ff"));
    // Control characters without a short form use \uXXXX.
    EXPECT_EQ(Soql::escape(QString(QChar(0x01))), QStringLiteral("\\u0001"));
}

TEST(Soql, LeavesWildcardsAloneOutsideLike)
{
    // \_ and \% are only valid inside LIKE; elsewhere they would be a query error.
    EXPECT_EQ(Soql::quote(QStringLiteral("50%_off")), QStringLiteral("'50%_off'"));
}

TEST(Soql, EscapesWildcardsInLikePatterns)
{
    EXPECT_EQ(Soql::escapeLike(QStringLiteral("50%_off")), QStringLiteral("50\\%\\_off"));
    EXPECT_EQ(Soql::quoteLike(QStringLiteral("O'Neil_"), false, true), QStringLiteral("'O\\'Neil\\_%'"));
    EXPECT_EQ(Soql::quoteLike(QStringLiteral("a\\b"), true, true), QStringLiteral("'%a\\\\b%'"));
}

TEST(Soql, KeepsUnicodeAsItIs)
{
    EXPECT_EQ(Soql::quote(QStringLiteral("Zürich – 東京 🚀")), QStringLiteral("'Zürich – 東京 🚀'"));
}

TEST(Soql, ValidatesAndNormalisesIdLists)
{
    EXPECT_EQ(Soql::idList({QStringLiteral("001M000000qfPyS"), QStringLiteral("a0D30000001n7PiEAI")}),
              QStringLiteral("('001M000000qfPySIAU','a0D30000001n7PiEAI')"));
    QString invalid;
    EXPECT_TRUE(Soql::idList({QStringLiteral("001M000000qfPyS"), QStringLiteral("x' OR Name != '")}, &invalid)
                    .isEmpty());
    EXPECT_EQ(invalid, QStringLiteral("x' OR Name != '"));
}

TEST(Soql, AcceptsOnlyPlainApiNames)
{
    EXPECT_TRUE(Soql::isValidName(QStringLiteral("NOME__Metronome_Customer__c")));
    EXPECT_TRUE(Soql::isValidName(QStringLiteral("NOME__Account__r.Name")));
    EXPECT_FALSE(Soql::isValidName(QStringLiteral("Name FROM Account --")));
    EXPECT_FALSE(Soql::isValidName(QStringLiteral("Name'")));
    EXPECT_FALSE(Soql::isValidName(QString()));
}
