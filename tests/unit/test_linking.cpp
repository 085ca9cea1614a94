#include "linking/CompanyNameMatcher.h"

#include <gtest/gtest.h>

TEST(CompanyNameMatcher, IgnoresCasePunctuationAccentsAndLegalForms)
{
    EXPECT_EQ(CompanyNameMatcher::normalise(QStringLiteral("NORTHWIND ANALYTICS, INC.")),
              QStringLiteral("northwind analytics"));
    EXPECT_EQ(CompanyNameMatcher::normalise(QStringLiteral("Müller & Söhne GmbH")),
              QStringLiteral("muller and sohne"));
    EXPECT_EQ(CompanyNameMatcher::normalise(QStringLiteral("Globex S.A.")), QStringLiteral("globex"));
    EXPECT_EQ(CompanyNameMatcher::normalise(QStringLiteral("The Acme Company Ltd")), QStringLiteral("acme"));
    EXPECT_EQ(CompanyNameMatcher::normalise(QStringLiteral("Co")),
              QStringLiteral("co")); // never empty a name
    EXPECT_DOUBLE_EQ(CompanyNameMatcher::similarity(QStringLiteral("Initech LLC"), QStringLiteral("initech")),
                     1.0);
}

TEST(CompanyNameMatcher, RanksCloseNamesAboveDifferentOnes)
{
    const double close =
        CompanyNameMatcher::similarity(QStringLiteral("Hooli Cloud"), QStringLiteral("Hooli Clouds Inc"));
    const double far =
        CompanyNameMatcher::similarity(QStringLiteral("Hooli Cloud"), QStringLiteral("Globex Energy"));
    EXPECT_GT(close, 0.8);
    EXPECT_LT(far, 0.4);
    EXPECT_LT(close, 1.0);
    EXPECT_DOUBLE_EQ(CompanyNameMatcher::similarity(QString(), QStringLiteral("x")), 0.0);
}

#include "linking/CustomerDirectory.h"
#include "linking/LinkStore.h"
#include "store/WorkspaceDatabase.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

TEST(CustomerDirectory, MergesSummaryLinksNamesSyncStateAndLatestErrors)
{
    QTemporaryDir dir;
    WorkspaceDatabase db(QDir(dir.path()).filePath(QStringLiteral("w.db")));
    ASSERT_TRUE(db.open());
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customer_summary(customer_id, name, aliases, account_id, "
                                      "draft_total, draft_currency, draft_sort) "
                                      "VALUES ('c1', 'Northwind Analytics', 'nw@example.com, acct-1', "
                                      "'0015g00000AAAAAAAA', '120.50', 'USD', 120.5),"
                                      " ('c2', 'Globex Energy', '', '', '', '', 0)")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO sync_record_state(object, external_id, hash, synced_at) VALUES "
                              "('NOME__Metronome_Customer__c', 'c1', 5, '2026-11-20T07:00:01.000Z')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO sync_runs(id, trigger, state, queued_at) VALUES "
                                      "(1, 'manual', 'completed_with_errors', 'x')")));
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO sync_row_errors(run_id, object, external_id, kind, status_code, "
        "message, customer_id) VALUES (1, 'O', 'k', 'failed', 'STRING_TOO_LONG', 'm', 'c2')")));
    LinkStore links(db);
    ASSERT_TRUE(links.addExtraAccount(QStringLiteral("c1"), QStringLiteral("0015g00000BBBBBBBB"),
                                      QStringLiteral("me")));
    ASSERT_TRUE(
        links.rememberAccountName(QStringLiteral("0015g00000AAAAAAAA"), QStringLiteral("Northwind, Inc.")));

    const QList<CustomerEntry> all = CustomerDirectory(db).load();
    ASSERT_EQ(all.size(), 2);
    const CustomerEntry &c1 = all.at(0).id == QLatin1String("c1") ? all.at(0) : all.at(1);
    const CustomerEntry &c2 = all.at(0).id == QLatin1String("c2") ? all.at(0) : all.at(1);
    EXPECT_TRUE(c1.isLinked());
    EXPECT_EQ(c1.allAccountIds().size(), 2);
    EXPECT_EQ(c1.accountNames.value(0), QStringLiteral("Northwind, Inc."));
    EXPECT_EQ(c1.draftTotal, QStringLiteral("120.50"));
    EXPECT_TRUE(c1.lastSynced.isValid());
    EXPECT_FALSE(c2.isLinked());
    EXPECT_EQ(c2.lastErrorCode, QStringLiteral("STRING_TOO_LONG"));

    CustomerDirectory directory(db);
    ASSERT_TRUE(directory.find(QStringLiteral("acct-1")).has_value());
    EXPECT_EQ(directory.find(QStringLiteral("acct-1"))->id, QStringLiteral("c1"));
    EXPECT_FALSE(directory.find(QStringLiteral("acct")).has_value()); // part of an alias is not an alias
    WorkspaceDatabase::releaseThreadConnections();
}
