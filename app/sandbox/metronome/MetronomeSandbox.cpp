#include "metronome/MetronomeSandbox.h"

#include "common/SeedWorld.h"
#include "logging/LogCategories.h"
#include "metronome/MetronomeApi.h"
#include "metronome/MetronomeDays.h"
#include "metronome/MetronomeGenerator.h"
#include "metronome/MetronomeHttp.h"
#include "metronome/MetronomeServer.h"
#include "metronome/MetronomeWorld.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

bool readRate(const QCommandLineParser &parser, const QString &name, double *target, QString *error)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        *error = u"--%1 needs a fraction between 0 and 1"_s.arg(name);
        return false;
    }
    *target = value;
    return true;
}

bool readCount(const QCommandLineParser &parser, const QString &name, int *target, QString *error)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        *error = u"--%1 needs a whole number of 0 or more"_s.arg(name);
        return false;
    }
    *target = value;
    return true;
}

} // namespace

void MetronomeSandbox::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"metronome-fault-5xx"_s,
         u"Answer this fraction (0..1) of Metronome calls with 500, 502 or 503 (in turn)."_s, u"rate"_s},
        {u"metronome-fault-429"_s,
         u"Answer this fraction (0..1) of Metronome calls with 429 Too Many Requests."_s, u"rate"_s},
        {u"metronome-retry-after-share"_s,
         u"Fraction (0..1) of injected 429s that carry a Retry-After header (default 0.5)."_s, u"share"_s},
        {u"metronome-retry-after-seconds"_s,
         u"The Retry-After value of injected 429s, in seconds (default 1)."_s, u"seconds"_s},
        {u"metronome-malformed"_s,
         u"Answer truncated JSON on Metronome paths containing <path> (repeatable), e.g. /v1/customers."_s,
         u"path"_s},
        {u"metronome-hang"_s,
         u"Never answer Metronome paths containing <path> (repeatable); the client must time out or cancel."_s,
         u"path"_s},
        {u"metronome-latency-ms"_s,
         u"Extra latency in ms for Metronome answers only (added to --latency-ms)."_s, u"ms"_s},
        {u"metronome-jitter-ms"_s, u"Add a uniform 0..<ms> random delay to every Metronome answer."_s,
         u"ms"_s},
        {u"metronome-fault-seed"_s, u"Seed of the fault dice, so a faulty run can be repeated (default 1)."_s,
         u"n"_s},
        {u"today"_s,
         u"The Metronome world's today when it is generated: YYYY-MM-DD or \"now\" (the current UTC date, "
         u"for "
         u"demos). Default 2025-05-14, so the data is the same on every machine and every day."_s,
         u"date"_s},
    });
}

MetronomeSandbox::MetronomeSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_seedWorld(world)
{}

MetronomeSandbox::~MetronomeSandbox() = default;

bool MetronomeSandbox::configure(const QCommandLineParser &parser, QString *error)
{
    FaultConfig faults;
    faults.latencyMs = m_options.latencyMs;
    int extraLatency = 0;
    int retryAfterSeconds = faults.retryAfterSeconds;
    int seed = 1;
    if (!readRate(parser, u"metronome-fault-5xx"_s, &faults.serverErrorRate, error) ||
        !readRate(parser, u"metronome-fault-429"_s, &faults.rateLimitRate, error) ||
        !readRate(parser, u"metronome-retry-after-share"_s, &faults.retryAfterShare, error) ||
        !readCount(parser, u"metronome-retry-after-seconds"_s, &retryAfterSeconds, error) ||
        !readCount(parser, u"metronome-latency-ms"_s, &extraLatency, error) ||
        !readCount(parser, u"metronome-jitter-ms"_s, &faults.jitterMs, error) ||
        !readCount(parser, u"metronome-fault-seed"_s, &seed, error)) {
        return false;
    }
    faults.latencyMs += extraLatency;
    faults.retryAfterSeconds = retryAfterSeconds;
    faults.seed = static_cast<quint64>(seed);
    faults.malformedPaths = parser.values(u"metronome-malformed"_s);
    faults.hangPaths = parser.values(u"metronome-hang"_s);

    if (parser.isSet(u"today"_s)) {
        const QString text = parser.value(u"today"_s);
        const QDate date = text == QLatin1String("now") ? QDateTime::currentDateTimeUtc().date()
                                                        : QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            if (error) {
                *error = u"--today needs a date (YYYY-MM-DD) or \"now\""_s;
            }
            return false;
        }
        MetronomeGenerator::setInitialToday(MetronomeDays::fromDate(date.year(), date.month(), date.day()));
    }
    m_world = std::make_unique<MetronomeWorld>(m_seedWorld, m_options.seed);
    if (!m_world->open(m_options.dataDir, m_options.customers, error)) {
        return false;
    }
    m_api = std::make_unique<MetronomeApi>(*m_world);
    m_server = std::make_unique<MetronomeServer>(*m_world, *m_api);
    // A different seed from the default 1 reseeds the dice; set it first, then the rest.
    m_server->setFaults(faults);
    return true;
}

bool MetronomeSandbox::start(QString *error)
{
    if (m_server->listenLoopback(m_options.portMetronome) == 0) {
        if (error) {
            *error = u"cannot listen on the Metronome port"_s;
        }
        return false;
    }
    return true;
}

QString MetronomeSandbox::url() const
{
    return m_server ? m_server->baseUrl() : QString();
}

QString MetronomeSandbox::token() const
{
    return m_world ? m_world->token() : QString();
}

SandboxHttpServer *MetronomeSandbox::server() const
{
    return m_server.get();
}

SandboxResponse MetronomeSandbox::admin(const SandboxRequest &request, const QString &subPath)
{
    m_world->refresh();
    const bool get = request.method == "GET";
    if (subPath == QLatin1String("/next-day") && request.method == "POST") {
        QString error;
        const QJsonObject report = m_world->nextDay(&error);
        if (!error.isEmpty()) {
            return MetronomeHttp::error(500, error);
        }
        return SandboxResponse::json(200, QJsonDocument(report));
    }
    if (get && (subPath == QLatin1String("/summary") || subPath.isEmpty())) {
        return SandboxResponse::json(200, QJsonDocument(m_world->summary()));
    }
    if (get && subPath == QLatin1String("/tokens")) {
        return SandboxResponse::json(
            200, QJsonDocument(QJsonObject{{u"token"_s, m_world->token()},
                                           {u"read_only_token"_s, m_world->readOnlyToken()}}));
    }
    if (get && subPath == QLatin1String("/customers")) {
        // Ground truth list: ?archived=true|false|all&offset=N&limit=N (default all, 0, 1000).
        const QString archived = request.queryValue(u"archived"_s);
        const int offset = request.queryValue(u"offset"_s).toInt();
        const QString limitText = request.queryValue(u"limit"_s);
        const int limit = limitText.isEmpty() ? 1000 : limitText.toInt();
        QJsonArray rows;
        const QList<MetronomeStore::Customer> all = m_world->store().customersFrom(-1, 10000000);
        int seen = 0;
        for (const MetronomeStore::Customer &c : all) {
            const bool isArchived = c.archivedDay > 0;
            if ((archived == QLatin1String("true") && !isArchived) ||
                (archived == QLatin1String("false") && isArchived)) {
                continue;
            }
            if (seen++ < offset) {
                continue;
            }
            if (rows.size() >= limit) {
                break;
            }
            rows.append(QJsonObject{
                {u"id"_s, c.id},
                {u"seq"_s, c.seq},
                {u"name"_s, c.name},
                {u"archived"_s, isArchived},
                {u"salesforce_account_id"_s, MetronomeRender::nullable(c.salesforceAccountId)},
                {u"ingest_aliases"_s, QJsonArray::fromStringList(c.aliases)},
            });
        }
        return SandboxResponse::json(200, QJsonDocument(QJsonObject{{u"data"_s, rows}}));
    }
    if (get && subPath.startsWith(QLatin1String("/customers/"))) {
        const QString id = subPath.mid(11);
        const auto customer = m_world->store().customerById(id);
        if (!customer) {
            return MetronomeHttp::error(404, u"Customer %1 not found"_s.arg(id));
        }
        return SandboxResponse::json(200, QJsonDocument(m_world->customerTruth(*customer)));
    }
    return MetronomeHttp::error(404, u"No such Metronome admin route: %1"_s.arg(subPath));
}

bool MetronomeSandbox::runCommand(const QString &command, QString *output)
{
    if (command != QLatin1String("next-day")) {
        return false;
    }
    QString error;
    const QJsonObject report = m_world->nextDay(&error);
    if (output) {
        *output = error.isEmpty() ? QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))
                                  : u"next-day failed: "_s + error;
    }
    return error.isEmpty();
}
