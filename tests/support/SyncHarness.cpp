#include "SyncHarness.h"

#include "TestEnvironment.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "sync/DefaultSyncLauncher.h"
#include "sync/RunRepository.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>

qint64 SyncHarness::Outcome::count(const QString &object, qint64 Sync::ObjectCounts::*field) const
{
    for (const Sync::ObjectCounts &c : run.counts) {
        if (c.object == object) {
            return c.*field;
        }
    }
    return 0;
}

SyncHarness::SyncHarness(const QStringList &sandboxArguments)
    : m_arguments(sandboxArguments)
{}

SyncHarness::~SyncHarness()
{
    WorkspaceDatabase::releaseThreadConnections();
}

bool SyncHarness::start(QString *error)
{
    m_sandbox =
        std::make_unique<SandboxProcess>(m_arguments + QStringList{QStringLiteral("--install-package")});
    if (!m_sandbox->start(error)) {
        return false;
    }
    const QJsonObject minted = m_sandbox->adminPost(QStringLiteral("/salesforce/refresh-token")).object();
    m_refreshToken = minted.value(QStringLiteral("refresh_token")).toString();
    m_registry =
        std::make_unique<WorkspaceRegistry>(QDir(m_data.path()).filePath(QStringLiteral("workspaces")));
    const auto ws = m_registry->create(QStringLiteral("Sandbox"), QStringLiteral("Sandbox"), error);
    if (!ws) {
        return false;
    }
    m_workspace = *ws;
    WorkspaceDatabase db(ws->databasePath);
    db.open();
    const SandboxProcess::Info &info = m_sandbox->info();
    db.setSetting(SettingKeys::MetronomeBaseUrl, info.metronomeUrl.toString());
    db.setSetting(SettingKeys::SalesforceLoginUrl, info.salesforceLoginUrl.toString());
    db.setSetting(SettingKeys::SalesforceClientId, info.salesforceClientId);
    db.setSetting(SettingKeys::PackageVariant, QStringLiteral("nome_v2"));
    db.setSetting(SettingKeys::SetupComplete, QStringLiteral("true"));
    // Read the sandbox's whole usage history: its calendar is fixed, not today's.
    const QJsonObject summary = metronomeSummary();
    const QDate today = QDate::fromString(summary.value(QStringLiteral("today")).toString(), Qt::ISODate);
    const QDate start =
        QDate::fromString(summary.value(QStringLiteral("usage_start")).toString(), Qt::ISODate);
    db.setSetting(SettingKeys::UsageUntil, today.toString(Qt::ISODate));
    db.setSetting(SettingKeys::UsageDays, QString::number(start.daysTo(today) + 1));
    bool done = false;
    int writes = 0;
    auto stored = [&](const SecretResult &) {
        if (++writes == 2) {
            done = true;
        }
    };
    m_secrets.write(SecretStore::keyFor(ws->id, SecretStore::Kind::MetronomeToken), info.metronomeToken,
                    nullptr, stored);
    m_secrets.write(SecretStore::keyFor(ws->id, SecretStore::Kind::SalesforceRefreshToken), m_refreshToken,
                    nullptr, stored);
    return TestEnvironment::waitFor([&]() { return done; });
}

void SyncHarness::setWorkspaceSetting(const QString &key, const QString &value)
{
    WorkspaceDatabase db(m_workspace.databasePath);
    db.open();
    db.setSetting(key, value);
}

SyncHarness::Outcome SyncHarness::sync(const SyncLauncher::Request &request)
{
    DefaultSyncLauncher launcher(&m_secrets);
    SyncController controller;
    Outcome out;
    bool done = false;
    QObject::connect(&controller, &SyncController::finished, &controller,
                     [&](qint64 id, Sync::RunState state, const QString &message) {
                         out.runId = id;
                         out.state = state;
                         out.message = message;
                         done = true;
                     });
    launcher.prepare(m_workspace, request, &controller,
                     [&](bool ok, const SyncSettings &settings,
                         const SyncController::EndpointFactory &factory, const QString &error) {
                         QString startError;
                         if (!ok || !controller.start(settings, factory, &startError)) {
                             out.message = ok ? startError : error;
                             done = true;
                         }
                     });
    TestEnvironment::waitFor([&]() { return done; }, 240000);
    controller.waitForFinished();
    if (out.runId > 0) {
        WorkspaceDatabase db(m_workspace.databasePath);
        if (const std::optional<Sync::RunRecord> r = RunRepository(db).run(out.runId)) {
            out.run = *r;
        }
    }
    return out;
}

QJsonObject SyncHarness::metronomeSummary() const
{
    return m_sandbox->adminGet(QStringLiteral("/metronome/summary")).object();
}

QHash<QString, qint64> SyncHarness::salesforceCounts() const
{
    QHash<QString, qint64> out;
    const QJsonObject objects = m_sandbox->adminGet(QStringLiteral("/salesforce/counts"))
                                    .object()
                                    .value(QStringLiteral("objects"))
                                    .toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        out.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
    }
    return out;
}

qint64 SyncHarness::salesforceWriteCalls() const
{
    return static_cast<qint64>(m_sandbox->adminGet(QStringLiteral("/salesforce/stats"))
                                   .object()
                                   .value(QStringLiteral("write_calls"))
                                   .toDouble());
}

QList<QJsonObject> SyncHarness::salesforceRecords(const QString &object, const QString &field,
                                                  const QString &value) const
{
    QList<QJsonObject> out;
    int offset = 0;
    for (;;) {
        QString path =
            QStringLiteral("/salesforce/records?object=%1&offset=%2&limit=2000").arg(object).arg(offset);
        if (!field.isEmpty()) {
            path += QStringLiteral("&field=%1&value=%2")
                        .arg(field, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
        const QJsonObject page = m_sandbox->adminGet(path).object();
        const QJsonArray records = page.value(QStringLiteral("records")).toArray();
        for (const QJsonValue &r : records) {
            out.append(r.toObject());
        }
        if (records.size() < 2000) {
            break;
        }
        offset += records.size();
    }
    return out;
}

QList<QJsonObject> SyncHarness::metronomeCustomers() const
{
    QList<QJsonObject> out;
    for (const char *archived : {"false", "true"}) {
        const QJsonArray data = m_sandbox
                                    ->adminGet(QStringLiteral("/metronome/customers?archived=%1&limit=100000")
                                                   .arg(QLatin1String(archived)))
                                    .object()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        for (const QJsonValue &c : data) {
            out.append(c.toObject());
        }
    }
    return out;
}

QJsonObject SyncHarness::metronomeCustomer(const QString &id) const
{
    return m_sandbox->adminGet(QStringLiteral("/metronome/customers/") + id).object();
}

namespace {
qint64 number(const QJsonObject &o, const char *key)
{
    return static_cast<qint64>(o.value(QLatin1String(key)).toDouble());
}
} // namespace

QHash<QString, qint64> SyncHarness::expectedCounts(bool linkedOnly) const
{
    const QJsonObject s = metronomeSummary();
    QHash<QString, qint64> e;
    const QList<QJsonObject> customers = metronomeCustomers();
    qint64 linked = 0;
    qint64 aliases = 0;
    for (const QJsonObject &c : customers) {
        const bool isLinked = !c.value(QStringLiteral("salesforce_account_id")).toString().isEmpty();
        linked += isLinked ? 1 : 0;
        if (!linkedOnly || isLinked) {
            aliases += c.value(QStringLiteral("ingest_aliases")).toArray().size();
        }
    }
    e.insert(QStringLiteral("NOME__Metronome_Customer__c"),
             linkedOnly ? linked : static_cast<qint64>(customers.size()));
    e.insert(QStringLiteral("NOME__Metronome_Customer_Account__c"), linked);
    e.insert(QStringLiteral("NOME__Metronome_Ingest_Alias__c"), aliases);
    if (!linkedOnly) {
        e.insert(QStringLiteral("NOME__Metronome_Contract__c"), number(s, "contracts"));
        e.insert(QStringLiteral("NOME__Metronome_Commit__c"), number(s, "commits") + number(s, "credits"));
        const QJsonObject invoices = s.value(QStringLiteral("invoices")).toObject();
        qint64 total = 0;
        for (auto it = invoices.begin(); it != invoices.end(); ++it) {
            total += static_cast<qint64>(it.value().toDouble());
        }
        e.insert(QStringLiteral("NOME__Metronome_Invoice__c"), total);
        e.insert(QStringLiteral("NOME__Metronome_Credit_Grant__c"), number(s, "credit_grants"));
        e.insert(QStringLiteral("NOME__Metronome_Customer_Plan__c"), number(s, "customer_plans"));
    }
    e.insert(QStringLiteral("NOME__Metronome_Plan__c"), number(s, "plans"));
    e.insert(QStringLiteral("NOME__Metronome_Rate_Card__c"), number(s, "rate_cards"));
    e.insert(QStringLiteral("NOME__Metronome_Credit_Type__c"), number(s, "credit_types"));
    e.insert(QStringLiteral("NOME__Metronome_Billable_Metric__c"),
             number(s.value(QStringLiteral("billable_metrics")).toObject(), "active"));
    return e;
}

int SyncHarness::runCommand(const QStringList &extraArguments, const QByteArray &failPoints, bool *crashed,
                            QString *output) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOMESYNC_METRONOME_TOKEN"), metronomeToken());
    env.insert(QStringLiteral("NOMESYNC_SALESFORCE_REFRESH_TOKEN"), m_refreshToken);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    if (!failPoints.isEmpty()) {
        env.insert(QStringLiteral("NOMESYNC_FAILPOINTS"), QString::fromLatin1(failPoints));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NOMESYNC_APP_PATH),
                  QStringList{QStringLiteral("sync"), QStringLiteral("--quiet"),
                              QStringLiteral("--workspace"), m_workspace.name, QStringLiteral("--data-dir"),
                              m_data.path()} +
                      extraArguments);
    process.waitForFinished(300000);
    if (crashed) {
        *crashed = process.exitStatus() == QProcess::CrashExit;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        if (process.error() != QProcess::UnknownError) {
            *output += QString(QStringLiteral("\n[QProcess: ") + process.errorString() + QLatin1Char(']'));
        }
    }
    return process.exitCode();
}
