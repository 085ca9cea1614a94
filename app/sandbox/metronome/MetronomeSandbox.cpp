#include "metronome/MetronomeSandbox.h"

#include "common/SandboxHttpServer.h"
#include "common/SeedWorld.h"

#include <QCommandLineParser>
#include <QJsonObject>

class MetronomeSandbox::Server : public SandboxHttpServer
{
public:
    Server()
        : SandboxHttpServer(QStringLiteral("metronome"))
    {
    }

protected:
    SandboxResponse handle(const SandboxRequest &) override
    {
        return SandboxResponse::json(404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found")}}));
    }
    SandboxResponse injectedError(int status, const SandboxRequest &) override
    {
        return SandboxResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("error")}}));
    }
};

void MetronomeSandbox::addOptions(QCommandLineParser &)
{
}

MetronomeSandbox::MetronomeSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(world)
    , m_server(std::make_unique<Server>())
{
    m_token = QStringLiteral("sandbox-metronome-token-%1").arg(options.seed);
}

MetronomeSandbox::~MetronomeSandbox() = default;

bool MetronomeSandbox::configure(const QCommandLineParser &, QString *)
{
    return true;
}

bool MetronomeSandbox::start(QString *error)
{
    if (m_server->listenLoopback(m_options.portMetronome) == 0) {
        if (error) {
            *error = QStringLiteral("cannot listen on the Metronome port");
        }
        return false;
    }
    return true;
}

QString MetronomeSandbox::url() const
{
    return m_server->baseUrl();
}

QString MetronomeSandbox::token() const
{
    return m_token;
}

SandboxHttpServer *MetronomeSandbox::server() const
{
    return m_server.get();
}

SandboxResponse MetronomeSandbox::admin(const SandboxRequest &, const QString &)
{
    return SandboxResponse::json(404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found")}}));
}

bool MetronomeSandbox::runCommand(const QString &, QString *)
{
    return false;
}
