// Measures the Salesforce half of nomesync-sandbox through the real client over loopback:
// sObject Collections upsert throughput (200 rows per call, several calls in flight) and one
// large Bulk API 2.0 upsert job, both with the given latency on every answer. Not a test:
//   bench_salesforce_sandbox [--collections N] [--bulk N] [--latency-ms MS] [--in-flight K]

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"
#include "salesforce/SalesforceBulkJob.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kCustomerKey = QStringLiteral("NOME__Metronome_Customer_ID__c");
const QString kMetric = QStringLiteral("NOME__Metronome_Billable_Metric__c");
const QString kMetricKey = QStringLiteral("NOME__Metronome_Billable_Metric_ID__c");
const QString kUsage = QStringLiteral("NOME__Metronome_Usage__c");
const QString kUsageKey = QStringLiteral("NOME__Metronome_Usage_ID__c");

QList<QJsonObject> usageRows(int first, int count, int customers, const QString &account)
{
    QList<QJsonObject> rows;
    rows.reserve(count);
    const QDateTime day0(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = first; i < first + count; ++i) {
        const QDateTime start = day0.addDays(i / (customers * 10));
        rows.append(QJsonObject{
            {kUsageKey, QStringLiteral("usage_%1").arg(i, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("NOME__Customer__r"),
             QJsonObject{{kCustomerKey, QStringLiteral("bench_c%1").arg(i % customers)}}},
            {QStringLiteral("NOME__Billable_Metric__r"),
             QJsonObject{{kMetricKey, QStringLiteral("bench_m%1").arg(i % 10)}}},
            {QStringLiteral("NOME__Account__c"), account},
            {QStringLiteral("NOME__Billable_Metric_Name__c"), QStringLiteral("Metric %1").arg(i % 10)},
            {QStringLiteral("NOME__Start__c"), start.toString(Qt::ISODate)},
            {QStringLiteral("NOME__End__c"), start.addDays(1).toString(Qt::ISODate)},
            {QStringLiteral("NOME__Value__c"), (i % 977) * 1.25},
            {QStringLiteral("NOME__Environment_Type__c"), QStringLiteral("Production")}});
    }
    return rows;
}

bool upsertAll(SalesforceClient &client, const QString &object, const QString &key,
               const QList<QJsonObject> &rows, int *failed)
{
    bool done = false;
    SalesforceError error;
    client.upsertCollection(object, key, rows, false, nullptr,
                            [&](const SalesforceError &e, const QList<SalesforceRecordResult> &results) {
                                error = e;
                                for (const SalesforceRecordResult &r : results) {
                                    *failed += r.success ? 0 : 1;
                                }
                                done = true;
                            });
    TestEnvironment::waitFor([&]() { return done; }, 30 * 60 * 1000);
    if (error) {
        std::fprintf(stderr, "upsert failed: %s\n", qPrintable(error.userMessage()));
    }
    return done && !error;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestEnvironment::initialise();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("collections"), QStringLiteral("Rows to upsert through Collections."),
                        QStringLiteral("n"), QStringLiteral("20000")},
                       {QStringLiteral("bulk"), QStringLiteral("Rows in the Bulk API 2.0 job."),
                        QStringLiteral("n"), QStringLiteral("200000")},
                       {QStringLiteral("latency-ms"), QStringLiteral("Latency added to every answer."),
                        QStringLiteral("ms"), QStringLiteral("20")},
                       {QStringLiteral("in-flight"), QStringLiteral("Collections calls in flight."),
                        QStringLiteral("k"), QStringLiteral("4")}});
    parser.process(app);
    const int collectionRows = parser.value(QStringLiteral("collections")).toInt();
    const int bulkRows = parser.value(QStringLiteral("bulk")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const int inFlight = parser.value(QStringLiteral("in-flight")).toInt();
    constexpr int customers = 1000;

    SandboxProcess sandbox({QStringLiteral("--install-package"), QStringLiteral("--customers"),
                            QStringLiteral("10"), QStringLiteral("--latency-ms"), QString::number(latency),
                            QStringLiteral("--salesforce-bulk-delay-ms"), QStringLiteral("100")});
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString refresh = sandbox.adminPost(QStringLiteral("/salesforce/refresh-token"))
                                .object()
                                .value(QStringLiteral("refresh_token"))
                                .toString();
    SalesforceOAuthConfig config;
    config.loginUrl = sandbox.info().salesforceLoginUrl;
    config.clientId = sandbox.info().salesforceClientId;
    SalesforceSession session(config);
    session.setRefreshToken(refresh);
    session.transport()->setMaxInFlight(inFlight);
    SalesforceClient client(&session);
    client.setBulkPolling(250, 2000, 1.5);

    const QString account = sandbox.adminGet(QStringLiteral("/salesforce/records?object=Account&limit=1"))
                                .object()
                                .value(QStringLiteral("records"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("Id"))
                                .toString();
    std::printf(
        "nomesync-sandbox Salesforce benchmark: latency %d ms per answer, %d Collections calls in flight\n",
        latency, inFlight);

    // Parents.
    QList<QJsonObject> parents;
    for (int i = 0; i < customers; ++i) {
        parents.append(
            QJsonObject{{kCustomerKey, QStringLiteral("bench_c%1").arg(i)},
                        {QStringLiteral("NOME__Name__c"), QStringLiteral("Bench customer %1").arg(i)},
                        {QStringLiteral("NOME__Account__c"), account}});
    }
    QList<QJsonObject> metrics;
    for (int i = 0; i < 10; ++i) {
        metrics.append(QJsonObject{{kMetricKey, QStringLiteral("bench_m%1").arg(i)},
                                   {QStringLiteral("Name"), QStringLiteral("Metric %1").arg(i)}});
    }
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    if (!upsertAll(client, kCustomer, kCustomerKey, parents, &failed) ||
        !upsertAll(client, kMetric, kMetricKey, metrics, &failed)) {
        return 1;
    }
    std::printf("parents: %d customers + 10 metrics via Collections in %lld ms\n", customers,
                static_cast<long long>(clock.elapsed()));

    // Collections: usage rows with two lookups by external ID and one by Id.
    session.transport()->resetStats();
    const QList<QJsonObject> rows = usageRows(0, collectionRows, customers, account);
    clock.restart();
    failed = 0;
    if (!upsertAll(client, kUsage, kUsageKey, rows, &failed)) {
        return 1;
    }
    const qint64 collectionsMs = clock.elapsed();
    const quint64 calls =
        session.transport()->stats().attemptsByLabel.value(QStringLiteral("salesforce.collections.upsert"));
    std::printf("collections upsert (insert): %d rows, %llu calls, %d failed, %lld ms -> %.0f rows/s, %.1f "
                "ms per call\n",
                collectionRows, static_cast<unsigned long long>(calls), failed,
                static_cast<long long>(collectionsMs),
                collectionRows * 1000.0 / std::max<qint64>(1, collectionsMs),
                collectionsMs * static_cast<double>(inFlight) / std::max<quint64>(1, calls));
    clock.restart();
    failed = 0;
    if (!upsertAll(client, kUsage, kUsageKey, rows, &failed)) {
        return 1;
    }
    const qint64 updateMs = clock.elapsed();
    std::printf("collections upsert (update): %d rows, %d failed, %lld ms -> %.0f rows/s\n", collectionRows,
                failed, static_cast<long long>(updateMs),
                collectionRows * 1000.0 / std::max<qint64>(1, updateMs));

    // One Bulk API 2.0 job.
    const QList<QJsonObject> bulk = usageRows(collectionRows, bulkRows, customers, account);
    clock.restart();
    bool done = false;
    SalesforceError bulkError;
    int bulkFailed = 0;
    qint64 uploadedAt = 0;
    SalesforceBulkJob *job =
        client.bulkUpsert(kUsage, kUsageKey, bulk, nullptr,
                          [&](const SalesforceError &e, const QList<SalesforceRecordResult> &results) {
                              bulkError = e;
                              for (const SalesforceRecordResult &r : results) {
                                  bulkFailed += r.success ? 0 : 1;
                              }
                              done = true;
                          });
    QObject::connect(job, &SalesforceBulkJob::stateChanged, job, [&](const QString &state) {
        if (state == QLatin1String("UploadComplete") && uploadedAt == 0) {
            uploadedAt = clock.elapsed();
        }
    });
    TestEnvironment::waitFor([&]() { return done; }, 30 * 60 * 1000);
    const qint64 bulkMs = clock.elapsed();
    if (bulkError) {
        std::fprintf(stderr, "bulk failed: %s\n", qPrintable(bulkError.userMessage()));
        return 1;
    }
    std::printf("bulk 2.0 upsert: %d rows, %d failed, %lld ms end to end (CSV built and uploaded after %lld "
                "ms) -> %.0f rows/s\n",
                bulkRows, bulkFailed, static_cast<long long>(bulkMs), static_cast<long long>(uploadedAt),
                bulkRows * 1000.0 / std::max<qint64>(1, bulkMs));

    const QJsonObject counts = sandbox.adminGet(QStringLiteral("/salesforce/counts"))
                                   .object()
                                   .value(QStringLiteral("objects"))
                                   .toObject();
    const QJsonObject stats = sandbox.adminGet(QStringLiteral("/salesforce/stats")).object();
    std::printf("stored: %d usage rows (expected %d); write calls %lld, read calls %lld\n",
                counts.value(kUsage).toInt(), collectionRows + bulkRows,
                static_cast<long long>(stats.value(QStringLiteral("write_calls")).toDouble()),
                static_cast<long long>(stats.value(QStringLiteral("read_calls")).toDouble()));
    return counts.value(kUsage).toInt() == collectionRows + bulkRows ? 0 : 1;
}
