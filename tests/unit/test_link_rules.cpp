// The linking workbench's rules that need no org: reading a bulk link file, the result file,
// the verdict on a typed Account ID, suggestions among many accounts, and what a reparenting
// report says.
#include "linking/AccountDirectory.h"
#include "linking/BulkLinkFile.h"
#include "linking/Reparenter.h"
#include "linking/SuggestionMatcher.h"
#include "package/PackageDefinition.h"
#include "salesforce/SalesforceId.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Linking;

namespace {

const QString kAccount = SalesforceId::to18(QStringLiteral("0015g0000012345"));

} // namespace

TEST(BulkLinkFile, TakesTheFirstTwoColumnsWithOrWithoutAHeaderInAnyCommonDelimiter)
{
    QList<BulkRow> rows;
    QString error;
    ASSERT_TRUE(
        BulkLinkFile::parse(QByteArrayLiteral("\xEF\xBB\xBF"
                                              "Customer ID,Account ID,Note\r\n"
                                              "cus_1, 0015g0000012345 ,first\r\n"
                                              "\"alias, with comma\",0015g0000012346,\"two\nlines\"\r\n"
                                              "\r\n"),
                            &rows, &error))
        << qPrintable(error);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(0).customerKey, QStringLiteral("cus_1"));
    EXPECT_EQ(rows.at(0).typedAccount, QStringLiteral("0015g0000012345"));
    EXPECT_EQ(rows.at(1).customerKey, QStringLiteral("alias, with comma"));

    // No header: the first row is a link too. Semicolons (spreadsheets in many locales).
    ASSERT_TRUE(BulkLinkFile::parse(QByteArrayLiteral("cus_1;0015g0000012345\ncus_2;0015g0000012346\n"),
                                    &rows, &error));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 1);
    EXPECT_EQ(rows.at(1).customerKey, QStringLiteral("cus_2"));
    // Tabs, and a header in other words.
    ASSERT_TRUE(BulkLinkFile::parse(QByteArrayLiteral("metronome_customer\tsalesforce\ncus_9\t001x\n"), &rows,
                                    &error));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).typedAccount, QStringLiteral("001x"));

    EXPECT_FALSE(BulkLinkFile::parse(QByteArrayLiteral("only-one-column\nanother\n"), &rows, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(BulkLinkFile::parse(QByteArrayLiteral("a,\"unterminated\n"), &rows, &error));
    EXPECT_FALSE(BulkLinkFile::parse(QByteArray(), &rows, &error));
    EXPECT_FALSE(BulkLinkFile::parse(QByteArrayLiteral("Customer,Account\n"), &rows, &error))
        << "header only";
}

TEST(BulkLinkFile, TheResultFileListsEveryRowThatWasNotLinkedAndNeutralisesFormulas)
{
    BulkRow linked;
    linked.line = 2;
    linked.customerKey = QStringLiteral("cus_ok");
    linked.verdict = BulkVerdict::Ok;
    linked.result = BulkResult::Applied;
    BulkRow lagging = linked;
    lagging.line = 3;
    lagging.customerKey = QStringLiteral("cus_lag");
    lagging.resultMessage = QStringLiteral("2 of 5 records reparented");
    BulkRow already = linked;
    already.line = 4;
    already.verdict = BulkVerdict::AlreadyLinked;
    already.result = BulkResult::NotApplied;
    BulkRow bad;
    bad.line = 5;
    bad.customerKey = QStringLiteral("=HYPERLINK(\"http://x\")");
    bad.typedAccount = QStringLiteral("001");
    bad.verdict = BulkVerdict::BadId;
    bad.message = QStringLiteral("too short");
    bad.result = BulkResult::NotApplied;
    BulkRow failed = linked;
    failed.line = 6;
    failed.customerKey = QStringLiteral("cus_failed");
    failed.result = BulkResult::Failed;
    failed.resultMessage = QStringLiteral("Metronome did not take the change");

    const QList<BulkRow> unsuccessful = BulkLinkFile::unsuccessful({linked, lagging, already, bad, failed});
    ASSERT_EQ(unsuccessful.size(), 3);
    EXPECT_EQ(unsuccessful.at(0).line, 3);
    EXPECT_EQ(unsuccessful.at(1).line, 5);
    EXPECT_EQ(unsuccessful.at(2).line, 6);
    const QString csv = QString::fromUtf8(BulkLinkFile::resultFile({linked, lagging, already, bad, failed}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("Line,Customer,Account ID,Verdict,Result,Message")));
    EXPECT_EQ(
        lines.at(2),
        QStringLiteral("5,\"'=HYPERLINK(\"\"http://x\"\")\",001,Not a Salesforce ID,Not applied,too short"));
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral("Metronome did not take the change")));
}

TEST(AccountDirectory, EveryMalformedClassHasItsOwnVerdictAndMessage)
{
    struct Case
    {
        QString typed;
        IdProblem problem;
    };
    QString badChecksum = kAccount;
    badChecksum[15] = QLatin1Char('9'); // never a suffix character
    const QList<Case> cases = {
        {QStringLiteral("   "), IdProblem::Empty},
        {QStringLiteral("0015g00000123"), IdProblem::BadLength},
        {QStringLiteral("0015g000001234 "), IdProblem::BadLength},
        {QStringLiteral("0015g00000_2345"), IdProblem::BadCharacters},
        {badChecksum, IdProblem::BadChecksum},
        {SalesforceId::to18(QStringLiteral("0035g0000012345")), IdProblem::NotAnAccount},
        {SalesforceId::to18(QStringLiteral("a0E5g0000012345")), IdProblem::NotAnAccount},
    };
    QSet<QString> wordings;
    for (const Case &c : cases) {
        const AccountCheck check = AccountDirectory::checkFormat(c.typed);
        EXPECT_EQ(check.problem, c.problem) << qPrintable(c.typed);
        QString wording = check.message;
        wording.remove(c.typed.trimmed());
        wording.remove(QRegularExpression(QStringLiteral("\\d+")));
        wordings.insert(wording);
    }
    EXPECT_EQ(wordings.size(), 5) << "one wording per class";
    // Valid forms: 15 characters, 18, upper-cased by a spreadsheet (repaired), with spaces.
    const QStringList forms = {kAccount.left(15), kAccount, kAccount.toUpper(),
                               QStringLiteral(" %1\t").arg(kAccount)};
    for (const QString &typed : forms) {
        const AccountCheck check = AccountDirectory::checkFormat(typed);
        EXPECT_TRUE(check.ok()) << qPrintable(typed) << qPrintable(check.message);
        EXPECT_EQ(check.account.id, kAccount);
    }
    EXPECT_TRUE(AccountDirectory::checkFormat(kAccount.toUpper()).repairedCase);
    EXPECT_FALSE(AccountDirectory::message(IdProblem::NotFound, kAccount).isEmpty());
}

TEST(SuggestionMatcher, PrefersTheMetronomeIdThenTheSameCompanyNameAndStaysQuiet)
{
    SuggestionMatcher matcher;
    matcher.addAccount(Account{QStringLiteral("001A"), QStringLiteral("Northwind Analytics, Inc."), {}, {}});
    matcher.addAccount(Account{QStringLiteral("001B"), QStringLiteral("Northwind Traders GmbH"), {}, {}});
    matcher.addAccount(
        Account{QStringLiteral("001C"), QStringLiteral("Some Other Name"), {}, QStringLiteral("cus_7")});
    matcher.addAccount(Account{QStringLiteral("001D"), QStringLiteral("Contoso Pharmaceuticals"), {}, {}});

    CustomerEntry c;
    c.id = QStringLiteral("cus_1");
    c.name = QStringLiteral("NORTHWIND ANALYTICS");
    std::optional<Suggestion> s = matcher.match(c);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->accountId, QStringLiteral("001A"));
    EXPECT_EQ(s->reason, Suggestion::Reason::Name);
    EXPECT_GE(s->score, 0.95);

    c.name = QStringLiteral("Contoso Pharmaceutical"); // one letter off
    s = matcher.match(c);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->accountId, QStringLiteral("001D"));
    EXPECT_LT(s->score, 0.99);

    c.id = QStringLiteral("cus_7"); // the account carries its Metronome ID: that wins over any name
    s = matcher.match(c);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->accountId, QStringLiteral("001C"));
    EXPECT_EQ(s->reason, Suggestion::Reason::MetronomeId);

    c.id = QStringLiteral("cus_2");
    c.name = QStringLiteral("Northwind Logistics"); // shares a word, but is another company
    EXPECT_FALSE(matcher.match(c).has_value());
    c.name = QStringLiteral("Fabrikam");
    EXPECT_FALSE(matcher.match(c).has_value());
}

TEST(SuggestionMatcher, MatchesTenThousandOrphansAgainstFiftyThousandAccountsQuickly)
{
    SuggestionMatcher matcher;
    for (int i = 0; i < 50000; ++i) {
        matcher.addAccount(Account{
            QStringLiteral("001%1").arg(i), QStringLiteral("Company %1 Analytics Inc").arg(i), {}, {}});
    }
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < 10000; ++i) {
        CustomerEntry c;
        c.id = QStringLiteral("cus_%1").arg(i);
        c.name = i % 2 == 0 ? QStringLiteral("company %1 analytics").arg(i * 5)
                            : QStringLiteral("Unknown %1 Ventures").arg(i);
        found += matcher.match(c).has_value() ? 1 : 0;
    }
    EXPECT_EQ(found, 5000);
    EXPECT_LT(timer.elapsed(), 5000)
        << "each orphan is compared with a few candidates, not with every account";
}

TEST(Reparenter, MovesEveryObjectWithAnAccountLookupButTheJunctionRows)
{
    const std::optional<PackageDefinition> package = PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    ASSERT_TRUE(package.has_value());
    QStringList names;
    for (const PackageObject *o : Reparenter::followingObjects(*package)) {
        names.append(o->name);
    }
    EXPECT_EQ(names.value(0), QStringLiteral("NOME__Metronome_Customer__c")) << "parents first";
    for (const QString &expected :
         {QStringLiteral("NOME__Metronome_Contract__c"), QStringLiteral("NOME__Metronome_Commit__c"),
          QStringLiteral("NOME__Metronome_Customer_Plan__c"), QStringLiteral("NOME__Metronome_Invoice__c"),
          QStringLiteral("NOME__Metronome_Credit_Grant__c"), QStringLiteral("NOME__Metronome_Usage__c")}) {
        EXPECT_TRUE(names.contains(expected)) << qPrintable(expected);
    }
    EXPECT_FALSE(names.contains(QStringLiteral("NOME__Metronome_Customer_Account__c")));
    EXPECT_FALSE(names.contains(QStringLiteral("NOME__Metronome_Invoice_Line_Item__c")))
        << "no Account lookup";
}

TEST(ReparentReport, SaysWhatMovedAndWhatDidNot)
{
    ReparentReport report;
    EXPECT_TRUE(report.summary().contains(QStringLiteral("not in Salesforce yet")));
    report.objects = {{QStringLiteral("NOME__Metronome_Customer__c"), 1, 0},
                      {QStringLiteral("NOME__Metronome_Invoice__c"), 40, 2}};
    EXPECT_EQ(report.moved(), 41);
    EXPECT_EQ(report.failed(), 2);
    EXPECT_FALSE(report.complete());
    EXPECT_TRUE(report.summary().startsWith(QStringLiteral("41 of 43 records reparented")))
        << qPrintable(report.summary());
    const QStringList lines =
        report.objectLines([](const QString &o) { return o.section(QLatin1Char('_'), 3, 3); });
    EXPECT_EQ(lines, (QStringList{QStringLiteral("Customer: 1 moved"),
                                  QStringLiteral("Invoice: 40 moved, 2 not moved")}));
    report.objects.last().failed = 0;
    EXPECT_EQ(report.summary(), QStringLiteral("41 records reparented."));
}
