// Measures the Metronome sandbox: how long generating the world takes (in process), and
// how fast list pages come back over loopback HTTP from the real nomesync-sandbox process
// serving that world (one call at a time, so each figure is one page's latency).
//
//   bench_metronome_sandbox [--customers N] [--seed S] [--quick]
//
// --quick uses 1,500 customers and fewer pages; it checks that every call succeeds and
// prints the same table (ctest runs it so the benchmark keeps working).
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "common/SeedWorld.h"
#include "metronome/MetronomeWorld.h"
#include "net/HttpTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

namespace {

struct Series
{
    QString name;
    QList<double> ms;
    qint64 items = 0;
    int failures = 0;
};

struct Page
{
    int status = 0;
    QJsonObject json;
    double ms = 0;
};

class Bench
{
public:
    explicit Bench(const SandboxProcess &sandbox)
        : m_sandbox(sandbox)
    {
        m_transport.setMaxInFlight(1);
        RetryPolicy none;
        none.maxRetries = 0;
        m_transport.setRetryPolicy(none);
    }

    Page call(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
              const QJsonObject &body = {})
    {
        HttpRequest request;
        request.method = method;
        QUrl url = m_sandbox.info().metronomeUrl;
        url.setPath(path);
        url.setQuery(query);
        request.url = url;
        request.headers.append({QByteArrayLiteral("Authorization"),
                                QByteArrayLiteral("Bearer ") + m_sandbox.info().metronomeToken.toUtf8()});
        if (method == "POST") {
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        Page page;
        bool done = false;
        QElapsedTimer clock;
        clock.start();
        m_transport.send(request, nullptr, [&](const HttpResponse &r) {
            page.ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            page.status = r.status;
            page.json = QJsonDocument::fromJson(r.body).object();
            done = true;
        });
        TestEnvironment::waitFor([&]() { return done; }, 60000);
        return page;
    }

    // Walks a list from its first page while pages remain (or `maxPages` are read).
    void walk(Series &series, const QByteArray &method, const QString &path, QUrlQuery query,
              QJsonObject body, bool cursorInBody, int maxPages)
    {
        QString cursor;
        for (int i = 0; i < maxPages; ++i) {
            QUrlQuery q = query;
            QJsonObject b = body;
            if (!cursor.isEmpty()) {
                if (cursorInBody) {
                    b.insert(QStringLiteral("next_page"), cursor);
                } else {
                    q.addQueryItem(QStringLiteral("next_page"), cursor);
                }
            }
            const Page page = call(method, path, q, b);
            series.ms.append(page.ms);
            if (page.status != 200) {
                ++series.failures;
                return;
            }
            series.items += page.json.value(QStringLiteral("data")).toArray().size();
            cursor = page.json.value(QStringLiteral("next_page")).toString();
            if (cursor.isEmpty()) {
                return;
            }
        }
    }

private:
    const SandboxProcess &m_sandbox;
    HttpTransport m_transport;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1,
                                             static_cast<qsizetype>(p * static_cast<double>(values.size())));
    return values.at(at);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestEnvironment::initialise();
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                        QStringLiteral("n"), QStringLiteral("10000")},
                       {QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("s"),
                        QStringLiteral("42")},
                       {QStringLiteral("quick"), QStringLiteral("Small world, few pages (for ctest).")}});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int customers = quick ? 1500 : parser.value(QStringLiteral("customers")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int samples = quick ? 20 : 200;

    // 1. Generation, in process, into a fresh data folder.
    QTemporaryDir dir;
    qint64 generationMs = 0;
    {
        SeedWorld seeds(customers, seed);
        MetronomeWorld world(seeds, seed);
        QElapsedTimer clock;
        clock.start();
        QString error;
        if (!world.open(dir.path(), customers, &error)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
            return 1;
        }
        generationMs = clock.elapsed();
    }

    // 2. The real sandbox process serving that folder (it must not generate again).
    SandboxProcess sandbox({QStringLiteral("--customers"), QString::number(customers),
                            QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--data"),
                            dir.path()});
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "cannot start the sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject summary = sandbox.adminGet(QStringLiteral("/metronome/summary")).object();
    const QJsonArray all = sandbox.adminGet(QStringLiteral("/metronome/customers?limit=100000"))
                               .object()
                               .value(QStringLiteral("data"))
                               .toArray();
    QStringList ids;
    for (int i = 0; i < all.size(); i += std::max<qsizetype>(1, all.size() / samples)) {
        ids.append(all.at(i).toObject().value(QStringLiteral("id")).toString());
    }
    const QString today = summary.value(QStringLiteral("today")).toString() + QStringLiteral("T00:00:00Z");
    const QString start =
        summary.value(QStringLiteral("usage_start")).toString() + QStringLiteral("T00:00:00Z");

    Bench bench(sandbox);
    bench.call("GET", QStringLiteral("/v1/credit-types/list")); // warm-up
    QList<Series> table;

    Series customersActive{QStringLiteral("GET /v1/customers limit=100 (all active pages)"), {}, 0, 0};
    QUrlQuery page100;
    page100.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    bench.walk(customersActive, "GET", QStringLiteral("/v1/customers"), page100, {}, false, 100000);
    table.append(customersActive);

    Series customersArchived{QStringLiteral("GET /v1/customers only_archived=true"), {}, 0, 0};
    QUrlQuery archived = page100;
    archived.addQueryItem(QStringLiteral("only_archived"), QStringLiteral("true"));
    bench.walk(customersArchived, "GET", QStringLiteral("/v1/customers"), archived, {}, false, 100000);
    table.append(customersArchived);

    Series invoices{QStringLiteral("GET /v1/customers/{id}/invoices limit=100"), {}, 0, 0};
    Series contracts{QStringLiteral("POST /v2/contracts/list include_balance"), {}, 0, 0};
    Series commits{QStringLiteral("POST customerCommits/list (body cursor)"), {}, 0, 0};
    Series usage{QStringLiteral("POST /v1/usage one customer, 90 days"), {}, 0, 0};
    for (const QString &id : std::as_const(ids)) {
        bench.walk(invoices, "GET", QStringLiteral("/v1/customers/%1/invoices").arg(id), page100, {}, false,
                   100);
        bench.walk(contracts, "POST", QStringLiteral("/v2/contracts/list"), {},
                   {{QStringLiteral("customer_id"), id}, {QStringLiteral("include_balance"), true}}, false,
                   1);
        bench.walk(commits, "POST", QStringLiteral("/v1/contracts/customerCommits/list"), {},
                   {{QStringLiteral("customer_id"), id},
                    {QStringLiteral("include_contract_commits"), true},
                    {QStringLiteral("include_balance"), true}},
                   true, 100);
        bench.walk(usage, "POST", QStringLiteral("/v1/usage"), {},
                   {{QStringLiteral("customer_ids"), QJsonArray{id}},
                    {QStringLiteral("starting_on"), start},
                    {QStringLiteral("ending_before"), today},
                    {QStringLiteral("window_size"), QStringLiteral("DAY")}},
                   false, 100);
    }
    table.append(invoices);
    table.append(contracts);
    table.append(commits);
    table.append(usage);

    Series usageAll{QStringLiteral("POST /v1/usage all customers (first pages)"), {}, 0, 0};
    bench.walk(usageAll, "POST", QStringLiteral("/v1/usage"), {},
               {{QStringLiteral("starting_on"), start},
                {QStringLiteral("ending_before"), today},
                {QStringLiteral("window_size"), QStringLiteral("DAY")}},
               false, samples);
    table.append(usageAll);

    Series grants{QStringLiteral("POST /v1/credits/listGrants limit=100 (all)"), {}, 0, 0};
    bench.walk(grants, "POST", QStringLiteral("/v1/credits/listGrants"), page100, {}, false, 100000);
    table.append(grants);

    std::printf("Metronome sandbox benchmark: %d customers (seed %llu)%s\n", customers,
                static_cast<unsigned long long>(seed), quick ? " [quick]" : "");
    std::printf("generation (in process, SQLite in a temp folder): %lld ms\n",
                static_cast<long long>(generationMs));
    std::printf(
        "world: %d active + %d archived customers, %d contracts, %d commits, %d credits, %d credit grants\n",
        summary.value(QStringLiteral("customers")).toObject().value(QStringLiteral("active")).toInt(),
        summary.value(QStringLiteral("customers")).toObject().value(QStringLiteral("archived")).toInt(),
        summary.value(QStringLiteral("contracts")).toInt(), summary.value(QStringLiteral("commits")).toInt(),
        summary.value(QStringLiteral("credits")).toInt(),
        summary.value(QStringLiteral("credit_grants")).toInt());
    std::printf("page latency over loopback HTTP, one call at a time (ms):\n");
    std::printf("%-48s %6s %8s %8s %8s %8s\n", "endpoint", "pages", "items", "median", "p95", "max");
    int failures = 0;
    for (const Series &s : std::as_const(table)) {
        std::printf("%-48s %6lld %8lld %8.2f %8.2f %8.2f\n", qPrintable(s.name),
                    static_cast<long long>(s.ms.size()), static_cast<long long>(s.items),
                    percentile(s.ms, 0.5), percentile(s.ms, 0.95), percentile(s.ms, 1.0));
        failures += s.failures;
    }
    if (failures > 0) {
        std::fprintf(stderr, "%d calls failed\n", failures);
        return 1;
    }
    return 0;
}
