#include "FuzzTargets.h"

#include "linking/BulkLinkFile.h"
#include "metronome/MetronomeBillableMetric.h"
#include "metronome/MetronomeContract.h"
#include "metronome/MetronomeCreditGrant.h"
#include "metronome/MetronomeCreditType.h"
#include "metronome/MetronomeCustomer.h"
#include "metronome/MetronomeCustomerPlan.h"
#include "metronome/MetronomeError.h"
#include "metronome/MetronomeGroupedUsage.h"
#include "metronome/MetronomeInvoice.h"
#include "metronome/MetronomePlan.h"
#include "metronome/MetronomeProduct.h"
#include "metronome/MetronomeRateCard.h"
#include "metronome/MetronomeUsage.h"
#include "net/HttpExchange.h"
#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/SalesforceRecordResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

// A broken promise is a finding: say which, then crash so the fuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #condition);        \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace {

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

template<typename T>
void parseAs(const QJsonValue &value)
{
    QString error;
    const std::optional<T> parsed = T::fromJson(value, &error);
    FUZZ_CHECK(parsed.has_value() || !error.isEmpty()); // a refusal says why
}

void parseEverywhere(const QJsonValue &value)
{
    parseAs<MetronomeCustomer>(value);
    parseAs<MetronomeContract>(value);
    parseAs<MetronomeCommit>(value);
    parseAs<MetronomeInvoice>(value);
    parseAs<MetronomeCreditGrant>(value);
    parseAs<MetronomeCreditType>(value);
    parseAs<MetronomePlan>(value);
    parseAs<MetronomeProduct>(value);
    parseAs<MetronomeRateCard>(value);
    parseAs<MetronomeUsage>(value);
    parseAs<MetronomeGroupedUsage>(value);
    parseAs<MetronomeCustomerPlan>(value);
    parseAs<MetronomeBillableMetric>(value);
}

HttpResponse response(int status, const QByteArray &body)
{
    HttpResponse r;
    r.outcome = HttpResponse::Outcome::Finished;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

// The first byte picks a status for error-body parsers; the rest is the body.
int statusFrom(const QByteArray &data)
{
    static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 502, 503, 300};
    return data.isEmpty() ? 400 : statuses[static_cast<uchar>(data.at(0)) % 10];
}

} // namespace

namespace Fuzz {

int metronomeParsers(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        parseEverywhere(doc.object());
        // A list page: every element of "data".
        const QJsonArray page = doc.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &item : page) {
            parseEverywhere(item);
        }
    } else if (doc.isArray()) {
        for (const QJsonValue &item : doc.array()) {
            parseEverywhere(item);
        }
    }
    const MetronomeError error =
        MetronomeError::fromResponse(response(statusFrom(input), input.mid(1)), QStringLiteral("fuzzing"));
    FUZZ_CHECK(!error.userMessage().isEmpty());
    return 0;
}

int salesforceResults(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(input.mid(1));
    const QJsonArray results = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &item : results) {
        const SalesforceRecordResult result = SalesforceRecordResult::fromJson(item.toObject());
        if (!result.success) {
            (void)result.firstStatusCode();
        }
    }
    const SalesforceError error = SalesforceError::fromResponse(response(statusFrom(input), input.mid(1)));
    FUZZ_CHECK(!error.userMessage().isEmpty());
    const SalesforceRecordResult::Error bulk =
        SalesforceRecordResult::Error::fromBulkText(QString::fromUtf8(input));
    (void)bulk;
    return 0;
}

int bulkCsv(const uint8_t *data, size_t size)
{
    QByteArray input = bytes(data, size);
    static const char delimiters[] = {',', '\t', '|', ';', '^', '`'};
    const char delimiter = input.isEmpty() ? ',' : delimiters[static_cast<uchar>(input.at(0)) % 6];
    input.remove(0, input.isEmpty() ? 0 : 1);
    BulkCsv::Table table;
    QString error;
    if (!BulkCsv::parse(input, &table, &error, delimiter)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const BulkCsv::Row &row : std::as_const(table.rows)) {
        FUZZ_CHECK(row.values.size() == table.header.size());
    }
    // Whatever was read, written again with quote() reads back the same.
    QList<QStringList> lines{table.header};
    for (const BulkCsv::Row &row : std::as_const(table.rows)) {
        lines.append(row.values);
    }
    for (const QStringList &values : std::as_const(lines)) {
        QByteArray line;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0) {
                line += delimiter;
            }
            line += BulkCsv::quote(values.at(i), delimiter);
        }
        const QStringList again = BulkCsv::parseLine(line, delimiter);
        FUZZ_CHECK(again == values || (values.size() == 1 && values.first().isEmpty() && again.isEmpty()));
    }
    return 0;
}

int bulkLinkFile(const uint8_t *data, size_t size)
{
    QList<Linking::BulkRow> rows;
    QString error;
    if (!BulkLinkFile::parse(bytes(data, size), &rows, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const Linking::BulkRow &row : std::as_const(rows)) {
        FUZZ_CHECK(row.line >= 1);
    }
    // The result file is a CSV that reads back with one line per row, whatever the input held.
    const QByteArray result = BulkLinkFile::resultFile(rows);
    BulkCsv::Table table;
    QString csvError;
    FUZZ_CHECK(BulkCsv::parse(result.startsWith("\xEF\xBB\xBF") ? result.mid(3) : result, &table, &csvError));
    FUZZ_CHECK(table.rows.size() == rows.size());
    return 0;
}

int salesforceId(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    for (const QString &typed : {QString::fromUtf8(input), QString::fromLatin1(input)}) {
        const SalesforceId::Parsed parsed = SalesforceId::parse(typed, QStringLiteral("001"));
        if (parsed.problem == SalesforceId::Problem::None ||
            parsed.problem == SalesforceId::Problem::WrongObject) {
            FUZZ_CHECK(parsed.id18.size() == 18);
            FUZZ_CHECK(SalesforceId::to18(parsed.id18.left(15)) == parsed.id18); // the suffix fits the body
            const SalesforceId::Parsed again = SalesforceId::parse(parsed.id18);
            FUZZ_CHECK(again.ok() && again.id18 == parsed.id18 && !again.repairedCase);
        }
        FUZZ_CHECK(!SalesforceId::describe(parsed.problem, typed).isEmpty() || parsed.ok());
    }
    return 0;
}

const Entry *targets()
{
    static const Entry all[] = {{"metronome_parsers", &metronomeParsers},
                                {"salesforce_results", &salesforceResults},
                                {"bulk_csv", &bulkCsv},
                                {"bulk_link_file", &bulkLinkFile},
                                {"salesforce_id", &salesforceId},
                                {nullptr, nullptr}};
    return all;
}

} // namespace Fuzz
