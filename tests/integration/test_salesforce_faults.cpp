#include "SalesforceTestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace sftest;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kCustomerKey = QStringLiteral("NOME__Metronome_Customer_ID__c");

class SalesforceFaults : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_org = new Org(
            {QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("5")});
        QString error;
        ASSERT_TRUE(s_org->start(&error)) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete s_org;
        s_org = nullptr;
    }
    void SetUp() override
    {
        s_org->admin("PUT", QStringLiteral("/salesforce/sf-faults"));
        s_org->admin("PUT", QStringLiteral("/salesforce/faults"));
        s_org->admin("POST", QStringLiteral("/salesforce/limits"), {{QStringLiteral("max"), 5000000}});
        s_org->session->transport()->resetStats();
    }

    static QList<QJsonObject> customers(const QString &prefix, int n)
    {
        QList<QJsonObject> rows;
        for (int i = 0; i < n; ++i) {
            rows.append(QJsonObject{{kCustomerKey, QStringLiteral("%1_%2").arg(prefix).arg(i)}});
        }
        return rows;
    }
    static quint64 attempts(const QString &label)
    {
        return s_org->session->transport()->stats().attemptsByLabel.value(label);
    }

    static Org *s_org;
};

Org *SalesforceFaults::s_org = nullptr;

} // namespace

TEST_F(SalesforceFaults, LockedRowsAreResubmittedAloneUntilTheySucceed)
{
    s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"),
                 {{QStringLiteral("lock_keys"), QJsonArray{QStringLiteral("lk_1"), QStringLiteral("lk_4")}},
                  {QStringLiteral("lock_attempts"), 2}});
    QSignalSpy rounds(s_org->client.get(), &SalesforceClient::lockRetryScheduled);
    const quint64 writes = s_org->writeCalls();
    auto [error, results] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, customers(QStringLiteral("lk"), 6));
    ASSERT_FALSE(error.isError());
    for (const SalesforceRecordResult &r : results) {
        EXPECT_TRUE(r.success) << qPrintable(r.externalId) << " " << qPrintable(r.firstStatusCode());
    }
    ASSERT_EQ(rounds.count(), 2);
    EXPECT_EQ(rounds.at(0).at(1).toInt(), 2); // only the two locked rows went again
    EXPECT_EQ(s_org->writeCalls() - writes, 3u);
}

TEST_F(SalesforceFaults, RowsStillLockedAfterTheBudgetReportTheLock)
{
    s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"),
                 {{QStringLiteral("lock_keys"), QJsonArray{QStringLiteral("stuck_0")}},
                  {QStringLiteral("lock_attempts"), 50}});
    auto [error, results] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, customers(QStringLiteral("stuck"), 3));
    ASSERT_FALSE(error.isError());
    EXPECT_FALSE(results.at(0).success);
    EXPECT_EQ(results.at(0).firstStatusCode(), QStringLiteral("UNABLE_TO_LOCK_ROW"));
    EXPECT_TRUE(results.at(1).success && results.at(2).success);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.collections.upsert")), 1u + 3u); // lock policy: 3 rounds
}

TEST_F(SalesforceFaults, OtherRowErrorsAreNeverRetried)
{
    QList<QJsonObject> rows = customers(QStringLiteral("noretry"), 2);
    rows[1].insert(QStringLiteral("Nope__c"), 1);
    auto [error, results] = upsertCollection(*s_org->client, kCustomer, kCustomerKey, rows);
    EXPECT_EQ(results.at(1).firstStatusCode(), QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(attempts(QStringLiteral("salesforce.collections.upsert")), 1u);
}

TEST_F(SalesforceFaults, ASingleUpsertThatLosesTheLockIsRetried)
{
    s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"),
                 {{QStringLiteral("lock_keys"), QJsonArray{QStringLiteral("single_lock")}},
                  {QStringLiteral("lock_attempts"), 1}});
    const auto [error, result] =
        await<const SalesforceError &, const SalesforceRecordResult &>([&](auto done) {
            s_org->client->upsert(kCustomer, kCustomerKey, QStringLiteral("single_lock"), {}, nullptr, done);
        });
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    EXPECT_TRUE(result.success);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.upsert")), 2u);
}

TEST_F(SalesforceFaults, TheDailyAllocationStopsWithAClearMessageAndNoRetry)
{
    const auto [warm, r0, t0] = query(*s_org->client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    ASSERT_FALSE(warm.isError());
    const qint64 used = s_org->client->apiUsage().used;
    s_org->admin("POST", QStringLiteral("/salesforce/limits"), {{QStringLiteral("max"), used + 1}});
    QSignalSpy stopped(s_org->client.get(), &SalesforceClient::dailyLimitExceeded);
    const auto [ok, r1, t1] = query(*s_org->client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    EXPECT_FALSE(ok.isError());
    EXPECT_EQ(s_org->client->apiUsage().used, used + 1);
    EXPECT_EQ(s_org->client->apiUsage().remaining(), 0);
    s_org->session->transport()->resetStats();
    auto [error, results] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, customers(QStringLiteral("daily"), 3));
    EXPECT_EQ(error.kind(), SalesforceError::Kind::DailyLimitExceeded);
    EXPECT_EQ(error.httpStatus(), 403);
    EXPECT_EQ(error.errorCode(), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    EXPECT_EQ(error.message(), QStringLiteral("TotalRequests Limit exceeded."));
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("daily API request allocation")));
    EXPECT_EQ(stopped.count(), 1);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.collections.upsert")), 1u);
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results.at(2).firstStatusCode(), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
}

TEST_F(SalesforceFaults, TheConcurrencyLimitIsRetriedWithBackoff)
{
    s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"),
                 {{QStringLiteral("concurrency_limit_count"), 2}});
    auto [error, results] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, customers(QStringLiteral("conc"), 2));
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    EXPECT_TRUE(results.at(0).success);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.collections.upsert")), 3u);

    s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"),
                 {{QStringLiteral("concurrency_limit_count"), 20}});
    auto [gaveUp, none] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, customers(QStringLiteral("conc2"), 1));
    EXPECT_EQ(gaveUp.kind(), SalesforceError::Kind::ConcurrencyLimit);
    EXPECT_TRUE(gaveUp.userMessage().contains(QStringLiteral("ConcurrentPerOrgLongTxn")));
}

TEST_F(SalesforceFaults, ServiceUnavailableIsRetried)
{
    s_org->admin("POST", QStringLiteral("/salesforce/faults"),
                 {{QStringLiteral("fail_path"), QStringLiteral("/query")},
                  {QStringLiteral("fail_count"), 2},
                  {QStringLiteral("fail_status"), 503}});
    const auto [error, rows, total] = query(*s_org->client, QStringLiteral("SELECT Id FROM Account LIMIT 2"));
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    EXPECT_EQ(rows.size(), 2);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.query")), 3u);
}

TEST_F(SalesforceFaults, AServerErrorOnANonIdempotentWriteIsNotRepeated)
{
    s_org->admin("POST", QStringLiteral("/salesforce/faults"),
                 {{QStringLiteral("fail_path"), QStringLiteral("/composite")},
                  {QStringLiteral("fail_count"), 1},
                  {QStringLiteral("fail_status"), 500}});
    SalesforceComposite::Subrequest create{
        "POST", s_org->client->dataPath() + QStringLiteral("/sobjects/") + kCustomer, QStringLiteral("c"),
        QJsonObject{{kCustomerKey, QStringLiteral("once")}}};
    const auto [error, responses] =
        await<const SalesforceError &, const QList<SalesforceComposite::Subresponse> &>(
            [&](auto done) { s_org->client->composite({create}, false, nullptr, done); });
    EXPECT_EQ(error.httpStatus(), 500);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.composite")), 1u);
}

TEST_F(SalesforceFaults, AnExpiredSessionMidRunIsRefreshedOnce)
{
    const auto [warm, r0, t0] = query(*s_org->client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    ASSERT_FALSE(warm.isError());
    s_org->admin("POST", QStringLiteral("/salesforce/sessions/expire"));
    auto [error, results] =
        upsertCollection(*s_org->client, kCustomer, kCustomerKey, customers(QStringLiteral("expired"), 5));
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    EXPECT_TRUE(results.at(4).success);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.oauth.refresh")), 1u);
    EXPECT_EQ(attempts(QStringLiteral("salesforce.collections.upsert")), 2u); // the 401, then the replay
}

TEST_F(SalesforceFaults, ARevokedRefreshTokenAsksTheUserToSignInAgain)
{
    Org org({QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("1")});
    QString startError;
    ASSERT_TRUE(org.start(&startError)) << qPrintable(startError);
    const auto [warm, r0, t0] = query(*org.client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    ASSERT_FALSE(warm.isError());
    // Revoked elsewhere (e.g. by an admin in Setup): the refresh token and its sessions die.
    const RawReply revoked = raw("POST", org.url(QStringLiteral("/services/oauth2/revoke")),
                                 form({{QStringLiteral("token"), org.session->tokens().refreshToken}}),
                                 {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(revoked.status, 200);
    QSignalSpy required(org.session.get(), &SalesforceSession::authenticationRequired);
    const auto [error, rows, total] = query(*org.client, QStringLiteral("SELECT Id FROM Account LIMIT 1"));
    EXPECT_EQ(error.kind(), SalesforceError::Kind::AuthenticationRequired);
    EXPECT_EQ(required.count(), 1);
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("Sign in")));
}
