#include "SalesforceTestSupport.h"
#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceBulkJob.h"
#include "salesforce/SalesforceId.h"

#include <QElapsedTimer>
#include <QSet>

#include <gtest/gtest.h>

using namespace sftest;

namespace {

const QString kInvoice = QStringLiteral("NOME__Metronome_Invoice__c");
const QString kInvoiceKey = QStringLiteral("NOME__Metronome_Invoice_ID__c");
const QString kLine = QStringLiteral("NOME__Metronome_Invoice_Line_Item__c");
const QString kLineKey = QStringLiteral("NOME__Metronome_Invoice_Line_Item_ID__c");

class SalesforceBulk : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_org = new Org({QStringLiteral("--install-package"), QStringLiteral("--customers"),
                         QStringLiteral("5"), QStringLiteral("--salesforce-shuffle-bulk"),
                         QStringLiteral("--salesforce-bulk-delay-ms"), QStringLiteral("50")});
        QString error;
        ASSERT_TRUE(s_org->start(&error)) << qPrintable(error);
        QList<QJsonObject> invoices;
        for (int i = 0; i < 20; ++i) {
            invoices.append(QJsonObject{{kInvoiceKey, QStringLiteral("inv_%1").arg(i)}});
        }
        auto [e, results] = upsertCollection(*s_org->client, kInvoice, kInvoiceKey, invoices);
        ASSERT_FALSE(e.isError());
    }
    static void TearDownTestSuite()
    {
        delete s_org;
        s_org = nullptr;
    }
    void SetUp() override
    {
        s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"),
                     {{QStringLiteral("lock_keys"), QJsonArray()}, {QStringLiteral("bulk_delay_ms"), 50}});
        s_org->admin("POST", QStringLiteral("/salesforce/limits"), {{QStringLiteral("max"), 5000000}});
        s_org->admin("PUT", QStringLiteral("/salesforce/faults"));
    }

    static std::tuple<SalesforceError, Results> bulk(const QList<QJsonObject> &rows,
                                                     QStringList *jobIds = nullptr, int *rounds = nullptr)
    {
        auto result = std::make_shared<std::optional<std::tuple<SalesforceError, Results>>>();
        SalesforceBulkJob *job = s_org->client->bulkUpsert(
            kLine, kLineKey, rows, nullptr,
            [result](const SalesforceError &e, const Results &r) { result->emplace(e, r); });
        QStringList ids;
        QObject::connect(job, &SalesforceBulkJob::jobCreated, job,
                         [&ids](const QString &id) { ids.append(id); });
        QPointer<SalesforceBulkJob> guard(job);
        int seenRounds = 0;
        QObject::connect(job, &SalesforceBulkJob::finished, job,
                         [&seenRounds, job]() { seenRounds = job->lockRetryRounds(); });
        EXPECT_TRUE(TestEnvironment::waitFor([result]() { return result->has_value(); }, 120000));
        if (jobIds) {
            *jobIds = ids;
        }
        if (rounds) {
            *rounds = seenRounds;
        }
        return result->value_or(std::tuple<SalesforceError, Results>{});
    }

    static Org *s_org;
};

Org *SalesforceBulk::s_org = nullptr;

} // namespace

TEST_F(SalesforceBulk, FiftyThousandRowsWithFailuresAreMatchedBackByExternalId)
{
    constexpr int rows = 50000;
    QList<QJsonObject> records;
    records.reserve(rows);
    QHash<QString, QString> expected; // external id -> expected status code ("" = success)
    for (int i = 0; i < rows; ++i) {
        const QString key = QStringLiteral("line_%1").arg(i, 6, 10, QLatin1Char('0'));
        QJsonObject r{
            {kLineKey, key},
            {QStringLiteral("NOME__Invoice__r"),
             QJsonObject{{kInvoiceKey, QStringLiteral("inv_%1").arg(i % 20)}}},
            {QStringLiteral("NOME__Quantity__c"), (i % 1000) / 4.0},
            {QStringLiteral("NOME__Name__c"), i % 7 == 0
                                                  ? QStringLiteral("Usage, \"metered\"\nline %1").arg(i)
                                                  : QStringLiteral("Line %1").arg(i)},
            {QStringLiteral("NOME__Product_ID__c"),
             i % 5 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("prod_%1").arg(i % 50))}};
        QString code;
        if (i % 97 == 13) {
            r.insert(QStringLiteral("NOME__Invoice__r"),
                     QJsonObject{{kInvoiceKey, QStringLiteral("no_such_invoice")}});
            code = QStringLiteral("INVALID_FIELD");
        } else if (i % 211 == 7) {
            r.insert(QStringLiteral("NOME__Name__c"), QString(256, QLatin1Char('x')));
            code = QStringLiteral("STRING_TOO_LONG");
        } else if (i % 503 == 3) {
            r.insert(QStringLiteral("NOME__Quantity__c"), QStringLiteral("twelve"));
            code = QStringLiteral("INVALID_TYPE_ON_FIELD_IN_RECORD");
        }
        expected.insert(key, code);
        records.append(r);
    }
    QElapsedTimer clock;
    clock.start();
    QStringList jobIds;
    const auto [error, results] = bulk(records, &jobIds);
    const qint64 elapsed = clock.elapsed();
    ASSERT_FALSE(error.isError()) << qPrintable(error.userMessage());
    ASSERT_EQ(results.size(), rows);
    ASSERT_EQ(jobIds.size(), 1);
    int failures = 0;
    for (int i = 0; i < rows; ++i) {
        const SalesforceRecordResult &r = results.at(i);
        const QString key = records.at(i).value(kLineKey).toString();
        ASSERT_EQ(r.externalId, key);
        const QString code = expected.value(key);
        if (code.isEmpty()) {
            ASSERT_TRUE(r.success) << qPrintable(key) << " " << qPrintable(r.firstStatusCode()) << " "
                                   << qPrintable(r.errors.value(0).message);
            ASSERT_TRUE(r.created);
            ASSERT_TRUE(SalesforceId::parse(r.id, QStringLiteral("a0L")).ok()) << qPrintable(r.id);
        } else {
            ++failures;
            ASSERT_FALSE(r.success) << qPrintable(key);
            ASSERT_EQ(r.firstStatusCode(), code)
                << qPrintable(key) << " " << qPrintable(r.errors.value(0).message);
        }
    }
    EXPECT_GT(failures, 700);
    EXPECT_EQ(s_org->count(kLine), rows - failures);
    std::printf("[ info ] 50,000-row Bulk upsert (%d failures) round trip: %lld ms\n", failures,
                static_cast<long long>(elapsed));

    // The server really returned the rows out of order (the client matched them by key).
    const RawReply csv =
        raw("GET",
            s_org->url(s_org->client->dataPath() +
                       QStringLiteral("/jobs/ingest/%1/successfulResults").arg(jobIds.first())),
            {}, {{"Authorization", "Bearer " + s_org->session->tokens().accessToken.toUtf8()}});
    ASSERT_EQ(csv.status, 200);
    BulkCsv::Table table;
    QString problem;
    ASSERT_TRUE(BulkCsv::parse(csv.body, &table, &problem)) << qPrintable(problem);
    EXPECT_EQ(table.header.mid(0, 2), (QStringList{QStringLiteral("sf__Id"), QStringLiteral("sf__Created")}));
    EXPECT_EQ(table.rows.size(), rows - failures);
    int inOrder = 0;
    for (int i = 1; i < std::min<int>(200, static_cast<int>(table.rows.size())); ++i) {
        inOrder += table.rows.at(i).values.at(2) > table.rows.at(i - 1).values.at(2) ? 1 : 0;
    }
    EXPECT_LT(inOrder, 150);

    // Stored values survived the CSV round trip (quotes, commas, line breaks, #N/A).
    const auto [qe, stored, total] =
        query(*s_org->client, QStringLiteral("SELECT NOME__Name__c, NOME__Product_ID__c, NOME__Quantity__c, "
                                             "NOME__Invoice__r.%1 FROM %2 WHERE %3 = 'line_000014'")
                                  .arg(kInvoiceKey, kLine, kLineKey));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).value(QStringLiteral("NOME__Name__c")).toString(),
              QStringLiteral("Usage, \"metered\"\nline 14"));
    EXPECT_EQ(stored.at(0).value(QStringLiteral("NOME__Product_ID__c")).toString(),
              QStringLiteral("prod_14"));
    EXPECT_DOUBLE_EQ(stored.at(0).value(QStringLiteral("NOME__Quantity__c")).toDouble(), 3.5);
    EXPECT_EQ(stored.at(0).value(QStringLiteral("NOME__Invoice__r")).toObject().value(kInvoiceKey).toString(),
              QStringLiteral("inv_14"));
}

TEST_F(SalesforceBulk, EmptyLeavesAFieldUnchangedAndNullClearsIt)
{
    const QString key = QStringLiteral("unchanged_1");
    auto [e1, first] = bulk({QJsonObject{{kLineKey, key},
                                         {QStringLiteral("NOME__Name__c"), QStringLiteral("Keep me")},
                                         {QStringLiteral("NOME__Product_ID__c"), QStringLiteral("prod_x")}}});
    ASSERT_FALSE(e1.isError());
    ASSERT_TRUE(first.at(0).success);
    EXPECT_TRUE(first.at(0).created);
    // Second job: the Name column exists (another row sets it) but is empty for our row;
    // Product is null (#N/A).
    auto [e2, second] = bulk(
        {QJsonObject{{kLineKey, key}, {QStringLiteral("NOME__Product_ID__c"), QJsonValue(QJsonValue::Null)}},
         QJsonObject{{kLineKey, QStringLiteral("unchanged_2")},
                     {QStringLiteral("NOME__Name__c"), QStringLiteral("Other")}}});
    ASSERT_FALSE(e2.isError());
    ASSERT_TRUE(second.at(0).success);
    EXPECT_FALSE(second.at(0).created);
    EXPECT_EQ(second.at(0).id, first.at(0).id);
    const auto [qe, rows, total] = query(
        *s_org->client, QStringLiteral("SELECT NOME__Name__c, NOME__Product_ID__c FROM %1 WHERE %2 = '%3'")
                            .arg(kLine, kLineKey, key));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).value(QStringLiteral("NOME__Name__c")).toString(), QStringLiteral("Keep me"));
    EXPECT_TRUE(rows.at(0).value(QStringLiteral("NOME__Product_ID__c")).isNull());
}

TEST_F(SalesforceBulk, RowsAppendedInChunksGoInOneJobAndALateColumnLeavesEarlierRowsUnchanged)
{
    // An existing row whose Name must survive: the chunk it is in has no Name column.
    auto [e0, seeded] = bulk({QJsonObject{{kLineKey, QStringLiteral("chunked_0")},
                                          {QStringLiteral("NOME__Name__c"), QStringLiteral("Seeded")}}});
    ASSERT_FALSE(e0.isError());
    auto result = std::make_shared<std::optional<std::tuple<SalesforceError, Results>>>();
    SalesforceBulkJob *job = s_org->client->prepareBulkUpsert(
        kLine, kLineKey, nullptr,
        [result](const SalesforceError &e, const Results &r) { result->emplace(e, r); });
    QStringList jobs;
    QObject::connect(job, &SalesforceBulkJob::jobCreated, job,
                     [&jobs](const QString &id) { jobs.append(id); });
    QList<QJsonObject> first;
    for (int i = 0; i < 3; ++i) {
        first.append(QJsonObject{{kLineKey, QStringLiteral("chunked_%1").arg(i)},
                                 {QStringLiteral("NOME__Product_ID__c"), QStringLiteral("prod_a")}});
    }
    job->append(first);
    const qsizetype firstBytes = job->csvBytes();
    EXPECT_GT(firstBytes, 0);
    QList<QJsonObject> second;
    for (int i = 3; i < 6; ++i) {
        second.append(QJsonObject{{kLineKey, QStringLiteral("chunked_%1").arg(i)},
                                  {QStringLiteral("NOME__Product_ID__c"), QStringLiteral("prod_b")},
                                  {QStringLiteral("NOME__Name__c"), QStringLiteral("Late %1").arg(i)}});
    }
    job->append(second);
    EXPECT_EQ(job->rowCount(), 6);
    EXPECT_GT(job->csvBytes(), firstBytes);
    job->start();
    ASSERT_TRUE(TestEnvironment::waitFor([result]() { return result->has_value(); }, 60000));
    const auto [error, results] = result->value();
    ASSERT_FALSE(error.isError()) << qPrintable(error.message());
    ASSERT_EQ(results.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(results.at(i).externalId, QStringLiteral("chunked_%1").arg(i));
        EXPECT_TRUE(results.at(i).success) << qPrintable(results.at(i).firstStatusCode());
    }
    EXPECT_EQ(jobs.size(), 1);
    const auto [qe, rows, total] = query(
        *s_org->client, QStringLiteral("SELECT %2, NOME__Name__c, NOME__Product_ID__c FROM %1 WHERE %2 LIKE "
                                       "'chunked_%' ORDER BY %2")
                            .arg(kLine, kLineKey));
    ASSERT_FALSE(qe.isError()) << qPrintable(qe.message());
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows.at(0).value(QStringLiteral("NOME__Name__c")).toString(), QStringLiteral("Seeded"));
    EXPECT_EQ(rows.at(0).value(QStringLiteral("NOME__Product_ID__c")).toString(), QStringLiteral("prod_a"));
    EXPECT_EQ(rows.at(4).value(QStringLiteral("NOME__Name__c")).toString(), QStringLiteral("Late 4"));
    EXPECT_EQ(rows.at(4).value(QStringLiteral("NOME__Product_ID__c")).toString(), QStringLiteral("prod_b"));
}

TEST_F(SalesforceBulk, LockedRowsGoAgainInAFollowUpJobAndSucceed)
{
    s_org->admin(
        "POST", QStringLiteral("/salesforce/sf-faults"),
        {{QStringLiteral("lock_keys"), QJsonArray{QStringLiteral("lock_3"), QStringLiteral("lock_7")}},
         {QStringLiteral("lock_attempts"), 1}});
    QList<QJsonObject> rows;
    for (int i = 0; i < 10; ++i) {
        rows.append(QJsonObject{{kLineKey, QStringLiteral("lock_%1").arg(i)}});
    }
    QStringList jobs;
    int rounds = 0;
    const auto [error, results] = bulk(rows, &jobs, &rounds);
    ASSERT_FALSE(error.isError());
    for (const SalesforceRecordResult &r : results) {
        EXPECT_TRUE(r.success) << qPrintable(r.externalId) << " " << qPrintable(r.firstStatusCode());
    }
    EXPECT_EQ(jobs.size(), 2); // the upload, then a job with only the two locked rows
    EXPECT_EQ(rounds, 1);
}

TEST_F(SalesforceBulk, AServerErrorCreatingOrFillingAJobStartsThePartAgainInANewJob)
{
    // Neither call is repeated by the transport (not idempotent); the job goes again instead.
    s_org->admin("POST", QStringLiteral("/salesforce/faults"),
                 {{QStringLiteral("fail_path"), QStringLiteral("/jobs/ingest")},
                  {QStringLiteral("fail_count"), 1},
                  {QStringLiteral("fail_status"), 502}});
    QList<QJsonObject> rows;
    for (int i = 0; i < 6; ++i) {
        rows.append(QJsonObject{{kLineKey, QStringLiteral("restart_create_%1").arg(i)}});
    }
    QStringList jobs;
    auto [error, results] = bulk(rows, &jobs);
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    for (const SalesforceRecordResult &r : results) {
        EXPECT_TRUE(r.success) << qPrintable(r.externalId) << " " << qPrintable(r.firstStatusCode());
    }
    EXPECT_EQ(jobs.size(), 1); // the failed create made none

    s_org->admin("POST", QStringLiteral("/salesforce/faults"),
                 {{QStringLiteral("fail_path"), QStringLiteral("/batches")},
                  {QStringLiteral("fail_count"), 2},
                  {QStringLiteral("fail_status"), 500}});
    for (QJsonObject &row : rows) {
        row.insert(kLineKey, row.value(kLineKey).toString().replace(QStringLiteral("create"),
                                                                    QStringLiteral("upload")));
    }
    std::tie(error, results) = bulk(rows, &jobs);
    EXPECT_FALSE(error.isError()) << qPrintable(error.userMessage());
    for (const SalesforceRecordResult &r : results) {
        EXPECT_TRUE(r.success) << qPrintable(r.externalId) << " " << qPrintable(r.firstStatusCode());
    }
    EXPECT_EQ(jobs.size(), 3); // two half-made jobs, then the one that worked
    const auto [qe, found, total] =
        query(*s_org->client,
              QStringLiteral("SELECT Id FROM %1 WHERE %2 LIKE 'restart_upload_%%'").arg(kLine, kLineKey));
    EXPECT_EQ(total, 6) << "every row once, none twice";
}

TEST_F(SalesforceBulk, ServerErrorsBeyondTheBudgetFailTheRowsWithTheCause)
{
    s_org->admin("POST", QStringLiteral("/salesforce/faults"),
                 {{QStringLiteral("fail_path"), QStringLiteral("/batches")},
                  {QStringLiteral("fail_count"), 100},
                  {QStringLiteral("fail_status"), 500}});
    QStringList jobs;
    const auto [error, results] = bulk({QJsonObject{{kLineKey, QStringLiteral("never_uploaded")}}}, &jobs);
    EXPECT_TRUE(error.isError());
    EXPECT_EQ(error.httpStatus(), 500);
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results.at(0).success);
    EXPECT_EQ(jobs.size(), 4); // the first try and three more, then it gives up
}

TEST_F(SalesforceBulk, AJobThatFailsReportsItAndMarksRowsUnprocessed)
{
    const auto [error, results] =
        bulk({QJsonObject{{kLineKey, QStringLiteral("bad_col")}, {QStringLiteral("Bogus__c"), 1}}});
    ASSERT_EQ(error.kind(), SalesforceError::Kind::BulkJobFailed);
    EXPECT_TRUE(error.message().contains(QStringLiteral("Bogus__c")));
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).firstStatusCode(), QStringLiteral("NOT_PROCESSED"));
}

TEST_F(SalesforceBulk, AbortStopsAQueuedJob)
{
    s_org->admin("POST", QStringLiteral("/salesforce/sf-faults"), {{QStringLiteral("bulk_delay_ms"), 3000}});
    bool finished = false;
    SalesforceError error;
    SalesforceBulkJob *job =
        s_org->client->bulkUpsert(kLine, kLineKey, {QJsonObject{{kLineKey, QStringLiteral("abort_me")}}},
                                  nullptr, [&](const SalesforceError &e, const Results &) {
                                      error = e;
                                      finished = true;
                                  });
    QString state;
    QObject::connect(job, &SalesforceBulkJob::stateChanged, job, [&state](const QString &s) { state = s; });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return state == QLatin1String("UploadComplete"); }));
    const QString jobId = job->jobIds().value(0);
    job->abort();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return finished; }));
    EXPECT_EQ(error.kind(), SalesforceError::Kind::Cancelled);
    const RawReply info =
        raw("GET", s_org->url(s_org->client->dataPath() + QStringLiteral("/jobs/ingest/") + jobId), {},
            {{"Authorization", "Bearer " + s_org->session->tokens().accessToken.toUtf8()}});
    EXPECT_EQ(QJsonDocument::fromJson(info.body).object().value(QStringLiteral("state")).toString(),
              QStringLiteral("Aborted"));
    const auto [qe, rows, total] =
        query(*s_org->client, QStringLiteral("SELECT Id FROM %1 WHERE %2 = 'abort_me'").arg(kLine, kLineKey));
    EXPECT_EQ(total, 0);
}

TEST_F(SalesforceBulk, TheDailyAllocationStopsAJobWithItsMessage)
{
    const qint64 used = static_cast<qint64>(
        s_org->admin("GET", QStringLiteral("/salesforce/limits")).value(QStringLiteral("used")).toDouble());
    s_org->admin("POST", QStringLiteral("/salesforce/limits"), {{QStringLiteral("max"), used + 2}});
    const auto [error, results] = bulk({QJsonObject{{kLineKey, QStringLiteral("limited")}}});
    EXPECT_EQ(error.kind(), SalesforceError::Kind::DailyLimitExceeded);
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("daily API request allocation")));
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).firstStatusCode(), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
}
