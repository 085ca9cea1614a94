#include "common/SandboxAdminServer.h"

#include <QJsonObject>

SandboxAdminServer::SandboxAdminServer(QObject *parent)
    : SandboxHttpServer(QStringLiteral("admin"), parent)
{}

void SandboxAdminServer::mount(const QString &prefix, Handler handler, SandboxHttpServer *apiServer)
{
    m_mounts.append(Mount{prefix, std::move(handler), apiServer});
}

SandboxResponse SandboxAdminServer::injectedError(int status, const SandboxRequest &)
{
    return SandboxResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("error")}}));
}

SandboxResponse SandboxAdminServer::handle(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/health")) {
        return SandboxResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
    }
    if (request.path == QLatin1String("/calls")) {
        QJsonObject all;
        for (const Mount &m : std::as_const(m_mounts)) {
            if (request.method == "DELETE") {
                m.server->resetCalls();
            }
            all.insert(m.prefix, m.server->callsJson());
        }
        return SandboxResponse::json(200, QJsonDocument(all));
    }
    for (const Mount &m : std::as_const(m_mounts)) {
        const QString root = QLatin1Char('/') + m.prefix;
        if (request.path == root || request.path.startsWith(root + QLatin1Char('/'))) {
            const QString sub = request.path.mid(root.size());
            if (sub == QLatin1String("/faults")) {
                if (request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
                    FaultConfig faults = request.method == "PUT" ? FaultConfig() : m.server->faults();
                    faults.merge(QJsonDocument::fromJson(request.body).object());
                    m.server->setFaults(faults);
                }
                return SandboxResponse::json(200, QJsonDocument(m.server->faults().toJson()));
            }
            if (sub == QLatin1String("/calls")) {
                if (request.method == "DELETE") {
                    m.server->resetCalls();
                }
                return SandboxResponse::json(200, QJsonDocument(m.server->callsJson()));
            }
            return m.handler(request, sub);
        }
    }
    return SandboxResponse::json(
        404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("no such admin route")}}));
}
