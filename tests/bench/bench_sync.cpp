// bench_sync: NomeSync's sync measured against nomesync-sandbox, with a jsforce baseline.
//
//   bench_sync [--quick] [--datasets small,medium,large] [--latencies 0,20] [--out BENCHMARKS.md]
//
// Per dataset and latency: full sync, incremental after next day, a sync with no change, and
// a retry of ~1,000 failed rows - each run by the real headless command (`nomesync sync
// --stats`), which reports wall time, peak RSS, the worst stall of the event loop driving the
// sync, and call counts. The same changed rows (a dry-run export) are also loaded into a
// second, identical sandbox org by a small jsforce script (Bulk 2.0 / Collections), the way a
// team would by hand, for a side-by-side time on the Salesforce side.
#include "SyncHarness.h"
#include "store/SettingKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

struct Dataset
{
    QString name;
    int customers = 0;
};

struct Row
{
    QString dataset;
    int latency = 0;
    QString scenario;
    QJsonObject stats;
    qint64 minWrites = 0;
    QJsonObject baseline; // jsforce
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// The fewest Salesforce write calls the changed rows need: 200 rows per Collections call; a
// Bulk job is three writes (create, upload, close), and one job takes at most ~100 MB of raw
// CSV (150 MB once Salesforce has base64-encoded it: ref/salesforce-api.md), measured on the
// CSV this run actually uploaded.
qint64 minimumWrites(const QJsonObject &stats)
{
    constexpr qint64 maxJobBytes = 100LL * 1000 * 1000;
    qint64 total = 0;
    for (const QJsonValue &v : stats.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 sent = static_cast<qint64>(o.value(QStringLiteral("attempted")).toDouble()) -
                            static_cast<qint64>(o.value(QStringLiteral("skipped")).toDouble());
        if (sent <= 0) {
            continue;
        }
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("bulk")) {
            const qint64 bytes = static_cast<qint64>(o.value(QStringLiteral("bytes_sent")).toDouble());
            total += 3 * std::max<qint64>(1, (bytes + maxJobBytes - 1) / maxJobBytes);
        } else {
            total += (sent + 199) / 200;
        }
    }
    return total;
}

class Bench
{
public:
    Bench(int usageDays, int metronomeConcurrency, int bulkChunkRows, int bulkJobMegabytes, bool baseline)
        : m_usageDays(usageDays)
        , m_concurrency(metronomeConcurrency)
        , m_bulkChunkRows(bulkChunkRows)
        , m_bulkJobMegabytes(bulkJobMegabytes)
        , m_baseline(baseline)
    {}

    QList<Row> run(const Dataset &dataset, int latency)
    {
        QList<Row> rows;
        const QStringList args{QStringLiteral("--customers"),  QString::number(dataset.customers),
                               QStringLiteral("--seed"),       QStringLiteral("21"),
                               QStringLiteral("--latency-ms"), QString::number(latency)};
        SyncHarness rig(args);
        QString error;
        if (!rig.start(&error)) {
            say(QStringLiteral("cannot start the sandbox: ") + error);
            return rows;
        }
        rig.setWorkspaceSetting(SettingKeys::UsageDays, QString::number(m_usageDays));
        rig.setWorkspaceSetting(SettingKeys::MetronomeConcurrency, QString::number(m_concurrency));
        if (m_bulkJobMegabytes > 0) {
            rig.setWorkspaceSetting(SettingKeys::BulkJobMegabytes, QString::number(m_bulkJobMegabytes));
        }
        if (m_bulkChunkRows > 0) {
            rig.setWorkspaceSetting(SettingKeys::BulkChunkRows, QString::number(m_bulkChunkRows));
        }
        std::unique_ptr<SyncHarness> other;
        if (m_baseline) {
            other = std::make_unique<SyncHarness>(args);
            if (!other->start(&error)) {
                say(QStringLiteral("cannot start the baseline sandbox: ") + error);
                other.reset();
            }
        }
        auto add = [&](const QString &scenario, const QJsonObject &stats, const QJsonObject &baseline = {}) {
            Row row;
            row.dataset = dataset.name;
            row.latency = latency;
            row.scenario = scenario;
            row.stats = stats;
            row.minWrites = minimumWrites(stats);
            row.baseline = baseline;
            rows.append(row);
            say(QStringLiteral("  %1: %2 rows in %3 ms")
                    .arg(scenario)
                    .arg(stats.value(QStringLiteral("succeeded")).toInteger())
                    .arg(stats.value(QStringLiteral("wall_ms")).toInteger()));
        };

        say(QStringLiteral("%1 (%2 customers), latency %3 ms")
                .arg(dataset.name)
                .arg(dataset.customers)
                .arg(latency));
        QTemporaryDir full;
        cli(rig, {QStringLiteral("--dry-run"), QStringLiteral("--export"), full.path()});
        add(QStringLiteral("full sync"), cli(rig, {}), load(other.get(), full.path()));

        rig.sandbox().adminPost(QStringLiteral("/metronome/next-day"));
        QTemporaryDir incremental;
        cli(rig, {QStringLiteral("--dry-run"), QStringLiteral("--export"), incremental.path()});
        add(QStringLiteral("incremental after next day"), cli(rig, {}),
            load(other.get(), incremental.path()));

        add(QStringLiteral("no change"), cli(rig, {}));

        // About 1,000 rows fail with a lock error that is not retried; then they are retried.
        const qint64 total = rig.salesforceCounts().value(QStringLiteral("NOME__Metronome_Usage__c"));
        rig.setWorkspaceSetting(SettingKeys::LockRetryRounds, QStringLiteral("0"));
        rig.sandbox().adminPost(
            QStringLiteral("/salesforce/sf-faults"),
            QJsonObject{{QStringLiteral("lock_rate"), std::min(1.0, 1000.0 / std::max<qint64>(1, total))},
                        {QStringLiteral("lock_attempts"), 1000000}});
        const QJsonObject broken = cli(rig, {QStringLiteral("--full"), QStringLiteral("--objects"),
                                             QStringLiteral("NOME__Metronome_Usage__c")});
        rig.sandbox().admin("PUT", QStringLiteral("/salesforce/sf-faults"), QJsonDocument(QJsonObject()));
        rig.setWorkspaceSetting(SettingKeys::LockRetryRounds, QStringLiteral("5"));
        add(QStringLiteral("retry of %1 failed rows").arg(broken.value(QStringLiteral("failed")).toInteger()),
            cli(rig, {QStringLiteral("--retry-failed"),
                      QString::number(broken.value(QStringLiteral("run_id")).toInteger())}));
        return rows;
    }

private:
    QJsonObject cli(SyncHarness &rig, const QStringList &extra)
    {
        QTemporaryDir dir;
        const QString statsFile = QDir(dir.path()).filePath(QStringLiteral("stats.json"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOMESYNC_METRONOME_TOKEN"), rig.metronomeToken());
        env.insert(QStringLiteral("NOMESYNC_SALESFORCE_REFRESH_TOKEN"), rig.refreshToken());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{QStringLiteral(NOMESYNC_APP_PATH),
                              QStringLiteral("sync"),
                              QStringLiteral("--quiet"),
                              QStringLiteral("--workspace"),
                              QStringLiteral("Sandbox"),
                              QStringLiteral("--data-dir"),
                              rig.dataDir(),
                              QStringLiteral("--stats"),
                              statsFile};
        arguments += extra;
        // For profiling: NOMESYNC_BENCH_WRAP="perf record -g -o /tmp/p.data" or "valgrind --tool=massif".
        const QStringList wrap =
            qEnvironmentVariable("NOMESYNC_BENCH_WRAP").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        arguments = wrap + arguments;
        process.start(arguments.takeFirst(), arguments);
        process.waitForFinished(-1);
        QFile file(statsFile);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QJsonObject load(SyncHarness *org, const QString &rowsDir)
    {
        if (!org || !QFile::exists(QDir(rowsDir).filePath(QStringLiteral("manifest.json")))) {
            return {};
        }
        org->sandbox().admin("DELETE", QStringLiteral("/salesforce/stats"));
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"),
                   QStringLiteral(NOMESYNC_SOURCE_DIR "/tests/conformance/node_modules"));
        node.setProcessEnvironment(env);
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const SandboxProcess::Info &info = org->sandbox().info();
        node.start(QStringLiteral("node"),
                   {QStringLiteral(NOMESYNC_SOURCE_DIR "/tests/conformance/baseline/jsforce-load.mjs"),
                    info.salesforceLoginUrl.toString(), info.salesforceClientId, org->refreshToken(),
                    rowsDir});
        node.waitForFinished(-1);
        QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
        const QJsonObject stats = org->sandbox().adminGet(QStringLiteral("/salesforce/stats")).object();
        result.insert(QStringLiteral("salesforce_writes"), stats.value(QStringLiteral("write_calls")));
        result.insert(QStringLiteral("salesforce_calls"),
                      stats.value(QStringLiteral("write_calls")).toDouble() +
                          stats.value(QStringLiteral("read_calls")).toDouble());
        return result;
    }

    int m_usageDays;
    int m_concurrency;
    int m_bulkChunkRows;
    int m_bulkJobMegabytes;
    bool m_baseline;
};

QString number(double v, int decimals = 0)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QString markdown(const QList<Row> &rows)
{
    QString md;
    md += QStringLiteral(
        "| dataset | latency | scenario | rows sent | wall s | rows/s | Metronome calls | Salesforce calls "
        "| SF writes | min writes | writes / min | peak RSS MB | worst loop stall ms | NomeSync SF load s "
        "| jsforce s | jsforce SF writes | NomeSync / jsforce |\n");
    md += QStringLiteral("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row &r : rows) {
        const QJsonObject &s = r.stats;
        const double wall = s.value(QStringLiteral("wall_ms")).toDouble() / 1000.0;
        const double sent = s.value(QStringLiteral("succeeded")).toDouble();
        const double writes = s.value(QStringLiteral("salesforce_writes")).toDouble();
        const double load = s.value(QStringLiteral("load_ms")).toDouble() / 1000.0;
        const double baseline = r.baseline.value(QStringLiteral("total_ms")).toDouble() / 1000.0;
        md += QStringLiteral("| %1 | %2 ms | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 "
                             "| %15 | %16 | %17 |\n")
                  .arg(r.dataset)
                  .arg(r.latency)
                  .arg(r.scenario, number(sent), number(wall, 1), number(wall > 0 ? sent / wall : 0),
                       number(s.value(QStringLiteral("metronome_calls")).toDouble()),
                       number(s.value(QStringLiteral("salesforce_calls")).toDouble()), number(writes))
                  .arg(number(r.minWrites),
                       r.minWrites > 0 ? number(writes / r.minWrites, 3)
                                       : (writes == 0 ? QStringLiteral("0 writes") : QStringLiteral("-")),
                       number(s.value(QStringLiteral("peak_rss_kb")).toDouble() / 1024.0, 0),
                       number(s.value(QStringLiteral("worst_loop_stall_ms")).toDouble()), number(load, 1),
                       baseline > 0 ? number(baseline, 1) : QStringLiteral("-"),
                       baseline > 0 ? number(r.baseline.value(QStringLiteral("salesforce_writes")).toDouble())
                                    : QStringLiteral("-"),
                       baseline > 0 && load > 0 ? number(load / baseline, 2) : QStringLiteral("-"));
    }
    return md;
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    QString memory;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly)) {
        const QByteArray first = mem.readLine();
        memory = QString::number(first.simplified().split(' ').value(1).toLongLong() / 1024 / 1024) +
                 QStringLiteral(" GiB");
    }
    return QStringLiteral("%1 (%2 cores), %3 RAM, %4")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(memory, QSysInfo::prettyProductName());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NomeSync sync benchmarks against nomesync-sandbox."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("quick"), QStringLiteral("Small dataset, no latency (what CI runs).")},
        {QStringLiteral("datasets"), QStringLiteral("small,medium,large (default all)."),
         QStringLiteral("list"), QStringLiteral("small,medium,large")},
        {QStringLiteral("latencies"), QStringLiteral("Per-call latency on both halves, ms (default 0,20)."),
         QStringLiteral("list"), QStringLiteral("0,20")},
        {QStringLiteral("usage-days"),
         QStringLiteral("Days of daily usage each sync reads (default 18: ~1M rows at 5,000 customers)."),
         QStringLiteral("days"), QStringLiteral("18")},
        {QStringLiteral("metronome-concurrency"), QStringLiteral("Metronome calls in flight (default 8)."),
         QStringLiteral("n"), QStringLiteral("8")},
        {QStringLiteral("bulk-chunk-rows"),
         QStringLiteral("Most rows per Bulk job (default: the app's, 1000000)."), QStringLiteral("rows"),
         QStringLiteral("0")},
        {QStringLiteral("bulk-job-mb"),
         QStringLiteral("Megabytes of CSV per Bulk job (default: the app's, 32)."), QStringLiteral("mb"),
         QStringLiteral("0")},
        {QStringLiteral("no-baseline"), QStringLiteral("Skip the jsforce baseline.")},
        {QStringLiteral("customers-table"),
         QStringLiteral("Customers in the Customers table scenario (bench_customers_table; default 100000, "
                        "0 skips it)."),
         QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("out"), QStringLiteral("Write the Markdown report here (default: only stdout)."),
         QStringLiteral("file")},
        {QStringLiteral("json"), QStringLiteral("Write the raw results as JSON here."),
         QStringLiteral("file")},
    });
    parser.process(app);

    QList<Dataset> datasets;
    const QStringList wanted = parser.isSet(QStringLiteral("quick"))
                                   ? QStringList{QStringLiteral("small")}
                                   : parser.value(QStringLiteral("datasets")).split(QLatin1Char(','));
    for (const QString &name : wanted) {
        if (name == QLatin1String("small")) {
            datasets.append({name, 50});
        } else if (name == QLatin1String("medium")) {
            datasets.append({name, 500});
        } else if (name == QLatin1String("large")) {
            datasets.append({name, 5000});
        }
    }
    QList<int> latencies;
    const QString latencyList = parser.isSet(QStringLiteral("quick"))
                                    ? QStringLiteral("0")
                                    : parser.value(QStringLiteral("latencies"));
    for (const QString &l : latencyList.split(QLatin1Char(','))) {
        latencies.append(l.toInt());
    }

    Bench bench(parser.value(QStringLiteral("usage-days")).toInt(),
                parser.value(QStringLiteral("metronome-concurrency")).toInt(),
                parser.value(QStringLiteral("bulk-chunk-rows")).toInt(),
                parser.value(QStringLiteral("bulk-job-mb")).toInt(),
                !parser.isSet(QStringLiteral("no-baseline")));
    QList<Row> rows;
    bool ok = true;
    for (const Dataset &d : std::as_const(datasets)) {
        for (int latency : std::as_const(latencies)) {
            const QList<Row> result = bench.run(d, latency);
            if (result.size() != 4) {
                ok = false;
                say(QStringLiteral("FAIL: %1 of 4 scenarios ran").arg(result.size()));
            }
            for (const Row &r : result) {
                const QString state = r.stats.value(QStringLiteral("state")).toString();
                if (state != QLatin1String("completed")) {
                    ok = false;
                    say(QStringLiteral("FAIL: %1 ended %2: %3")
                            .arg(r.scenario, state, r.stats.value(QStringLiteral("message")).toString()));
                }
                if (r.scenario == QLatin1String("no change") &&
                    r.stats.value(QStringLiteral("salesforce_writes")).toInteger() != 0) {
                    ok = false;
                    say(QStringLiteral("FAIL: the no-change sync wrote to Salesforce"));
                }
            }
            rows += result;
        }
    }

    // The Customers table scenario is its own program (it needs a GUI application); its
    // figures go into the same report.
    const int tableCustomers = parser.isSet(QStringLiteral("quick"))
                                   ? 10000
                                   : parser.value(QStringLiteral("customers-table")).toInt();
    QString tableReport;
    if (tableCustomers > 0) {
        say(QStringLiteral("Customers table, %1 customers").arg(tableCustomers));
        QProcess table;
        table.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        table.setProcessEnvironment(env);
        table.start(
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_customers_table")),
            {QStringLiteral("--customers"), QString::number(tableCustomers), QStringLiteral("--runs"),
             QStringLiteral("5")});
        if (!table.waitForFinished(10 * 60 * 1000) || table.exitStatus() != QProcess::NormalExit ||
            table.exitCode() != 0) {
            ok = false;
            say(QStringLiteral("FAIL: the Customers table scenario did not finish cleanly"));
        }
        tableReport = QString::fromUtf8(table.readAllStandardOutput()).trimmed();
    }

    const QString command = QCoreApplication::arguments().mid(1).join(QLatin1Char(' '));
    QString report = QStringLiteral("## Results\n\n");
    report +=
        QStringLiteral("Run on %1, %2, command `build/bin/bench_sync %3`; usage window %4 days; %5 Metronome "
                       "calls in flight.\n\n")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                 machine(), command, parser.value(QStringLiteral("usage-days")),
                 parser.value(QStringLiteral("metronome-concurrency")));
    report += markdown(rows);
    if (!tableReport.isEmpty()) {
        report += QStringLiteral("\n### Customers table (GUI: database read, model, filter proxy, view)\n\n"
                                 "Targets: load under 1 s, every filter under 100 ms.\n\n```\n%1\n```\n")
                      .arg(tableReport);
    }
    std::printf("%s\n", qPrintable(report));

    if (parser.isSet(QStringLiteral("out"))) {
        // Keep the hand-written analysis below the marker; replace the results above it.
        const QString marker = QStringLiteral("<!-- analysis -->");
        QString analysis;
        QFile existing(parser.value(QStringLiteral("out")));
        if (existing.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(existing.readAll());
            const int at = text.indexOf(marker);
            if (at >= 0) {
                analysis = text.mid(at);
            }
            existing.close();
        }
        QFile out(parser.value(QStringLiteral("out")));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write(QStringLiteral(
                          "# NomeSync benchmarks\n\nGenerated by `tests/bench/bench_sync` (see "
                          "`scripts/benchmarks.sh`); the analysis below the results is written by hand.\n\n")
                          .toUtf8());
            out.write(report.toUtf8());
            out.write("\n");
            out.write((analysis.isEmpty() ? marker + QStringLiteral("\n") : analysis).toUtf8());
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const Row &r : std::as_const(rows)) {
            all.append(QJsonObject{{QStringLiteral("dataset"), r.dataset},
                                   {QStringLiteral("latency_ms"), r.latency},
                                   {QStringLiteral("scenario"), r.scenario},
                                   {QStringLiteral("stats"), r.stats},
                                   {QStringLiteral("minimum_writes"), r.minWrites},
                                   {QStringLiteral("baseline"), r.baseline}});
        }
        QFile out(parser.value(QStringLiteral("json")));
        if (out.open(QIODevice::WriteOnly)) {
            const QJsonObject doc{{QStringLiteral("syncs"), all},
                                  {QStringLiteral("customers_table_customers"), tableCustomers},
                                  {QStringLiteral("customers_table_report"), tableReport}};
            out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        }
    }
    return ok ? 0 : 1;
}
