#include "SandboxApp.h"

#include "common/SandboxAdminServer.h"
#include "common/SeedWorld.h"
#include "logging/LogCategories.h"
#include "metronome/MetronomeSandbox.h"
#include "salesforce/SalesforceSandbox.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {

bool parsePort(const QCommandLineParser &parser, const QString &name, quint16 *port, QString *error)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const uint value = parser.value(name).toUInt(&ok);
    if (!ok || value > 65535) {
        *error = QStringLiteral("--%1 needs a port number (0 picks a free one)").arg(name);
        return false;
    }
    *port = static_cast<quint16>(value);
    return true;
}

} // namespace

void SandboxApp::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("customers"), QStringLiteral("Generate <n> Metronome customers (default 200)."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("seed"), QStringLiteral("Seed <s> for the deterministic generator (default 42)."),
         QStringLiteral("s"), QStringLiteral("42")},
        {QStringLiteral("data"),
         QStringLiteral("Keep the sandbox state (SQLite) in <dir>, so it survives a restart. Without it, a "
                        "temporary folder is used and removed at exit."),
         QStringLiteral("dir")},
        {QStringLiteral("port-metronome"), QStringLiteral("Port of the Metronome API (0 = pick a free one)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("port-salesforce"),
         QStringLiteral("Port of the Salesforce API (0 = pick a free one)."), QStringLiteral("port"),
         QStringLiteral("0")},
        {QStringLiteral("port-admin"), QStringLiteral("Port of the admin endpoint (0 = pick a free one)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Add <ms> of latency to every API answer, on both halves."), QStringLiteral("ms"),
         QStringLiteral("0")},
        {QStringLiteral("info-file"), QStringLiteral("Also write the start-up JSON line to <file>."),
         QStringLiteral("file")},
    });
}

SandboxApp::SandboxApp(QObject *parent)
    : QObject(parent)
{}

SandboxApp::~SandboxApp()
{
    if (!m_temporaryDir.isEmpty()) {
        m_metronome.reset();
        m_salesforce.reset();
        QDir(m_temporaryDir).removeRecursively();
    }
}

bool SandboxApp::configure(const QCommandLineParser &parser, QString *error)
{
    bool ok = false;
    m_options.customers = parser.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || m_options.customers < 0 || m_options.customers > 1000000) {
        *error = QStringLiteral("--customers needs a number between 0 and 1000000");
        return false;
    }
    m_options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--seed needs a whole number");
        return false;
    }
    m_options.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt(&ok);
    if (!ok || m_options.latencyMs < 0) {
        *error = QStringLiteral("--latency-ms needs a number of milliseconds");
        return false;
    }
    if (!parsePort(parser, QStringLiteral("port-metronome"), &m_options.portMetronome, error) ||
        !parsePort(parser, QStringLiteral("port-salesforce"), &m_options.portSalesforce, error) ||
        !parsePort(parser, QStringLiteral("port-admin"), &m_options.portAdmin, error)) {
        return false;
    }
    m_options.infoFile = parser.value(QStringLiteral("info-file"));
    m_options.dataDir = parser.value(QStringLiteral("data"));
    if (m_options.dataDir.isEmpty()) {
        QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/nomesync-sandbox-XXXXXX"));
        temporary.setAutoRemove(false);
        if (!temporary.isValid()) {
            *error = QStringLiteral("cannot create a temporary folder: ") + temporary.errorString();
            return false;
        }
        m_temporaryDir = temporary.path();
        m_options.dataDir = m_temporaryDir;
    }
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data folder ") + m_options.dataDir;
        return false;
    }

    m_world = std::make_unique<SeedWorld>(m_options.customers, m_options.seed);
    m_metronome = std::make_unique<MetronomeSandbox>(m_options, *m_world);
    m_salesforce = std::make_unique<SalesforceSandbox>(m_options, *m_world);
    return m_metronome->configure(parser, error) && m_salesforce->configure(parser, error);
}

bool SandboxApp::start(QString *error)
{
    if (!m_metronome->start(error) || !m_salesforce->start(error)) {
        return false;
    }
    m_admin = std::make_unique<SandboxAdminServer>();
    m_admin->mount(
        QStringLiteral("metronome"),
        [this](const SandboxRequest &request, const QString &sub) {
            return m_metronome->admin(request, sub);
        },
        m_metronome->server());
    m_admin->mount(
        QStringLiteral("salesforce"),
        [this](const SandboxRequest &request, const QString &sub) {
            return m_salesforce->admin(request, sub);
        },
        m_salesforce->server());
    if (m_admin->listenLoopback(m_options.portAdmin) == 0) {
        *error = QStringLiteral("cannot listen on the admin port");
        return false;
    }
    if (!m_options.infoFile.isEmpty()) {
        QSaveFile file(m_options.infoFile);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + m_options.infoFile;
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(startupLine() + '\n');
        if (!file.commit()) {
            *error = QStringLiteral("cannot write ") + m_options.infoFile;
            return false;
        }
    }
    return true;
}

int SandboxApp::runCommand(const QString &command, QString *output)
{
    if (m_metronome->runCommand(command, output) || m_salesforce->runCommand(command, output)) {
        return 0;
    }
    if (output) {
        *output = QStringLiteral("unknown command: ") + command;
    }
    return 2;
}

QByteArray SandboxApp::startupLine() const
{
    const QJsonObject info{
        {QStringLiteral("metronome"), QJsonObject{{QStringLiteral("url"), m_metronome->url()},
                                                  {QStringLiteral("token"), m_metronome->token()}}},
        {QStringLiteral("salesforce"),
         QJsonObject{{QStringLiteral("login_url"), m_salesforce->loginUrl()},
                     {QStringLiteral("instance_url"), m_salesforce->instanceUrl()},
                     {QStringLiteral("client_id"), m_salesforce->clientId()}}},
        {QStringLiteral("admin_url"), m_admin ? m_admin->baseUrl() : QString()},
        {QStringLiteral("customers"), m_options.customers},
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("data_dir"), QDir::toNativeSeparators(m_options.dataDir)},
    };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}
