#include "salesforce/SalesforceSandbox.h"

#include "common/SandboxHttpServer.h"
#include "common/SeedWorld.h"

#include <QCommandLineParser>
#include <QJsonObject>

class SalesforceSandbox::Server : public SandboxHttpServer
{
public:
    Server()
        : SandboxHttpServer(QStringLiteral("salesforce"))
    {
    }

protected:
    SandboxResponse handle(const SandboxRequest &) override
    {
        return SandboxResponse::json(404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("NOT_FOUND")}}));
    }
    SandboxResponse injectedError(int status, const SandboxRequest &) override
    {
        return SandboxResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("error")}}));
    }
};

void SalesforceSandbox::addOptions(QCommandLineParser &)
{
}

SalesforceSandbox::SalesforceSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(world)
    , m_server(std::make_unique<Server>())
{
}

SalesforceSandbox::~SalesforceSandbox() = default;

bool SalesforceSandbox::configure(const QCommandLineParser &, QString *)
{
    return true;
}

bool SalesforceSandbox::start(QString *error)
{
    if (m_server->listenLoopback(m_options.portSalesforce) == 0) {
        if (error) {
            *error = QStringLiteral("cannot listen on the Salesforce port");
        }
        return false;
    }
    return true;
}

QString SalesforceSandbox::loginUrl() const
{
    return m_server->baseUrl();
}

QString SalesforceSandbox::instanceUrl() const
{
    return m_server->baseUrl();
}

QString SalesforceSandbox::clientId() const
{
    return QStringLiteral("NomeSyncSandbox");
}

SandboxHttpServer *SalesforceSandbox::server() const
{
    return m_server.get();
}

SandboxResponse SalesforceSandbox::admin(const SandboxRequest &, const QString &)
{
    return SandboxResponse::json(404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("NOT_FOUND")}}));
}

bool SalesforceSandbox::runCommand(const QString &, QString *)
{
    return false;
}
