#include "metronome/MetronomeServer.h"

#include "metronome/MetronomeApi.h"
#include "metronome/MetronomeHttp.h"
#include "metronome/MetronomeWorld.h"

using namespace Qt::StringLiterals;

MetronomeServer::MetronomeServer(MetronomeWorld &world, MetronomeApi &api, QObject *parent)
    : SandboxHttpServer(u"metronome"_s, parent)
    , m_world(world)
    , m_api(api)
{}

SandboxResponse MetronomeServer::handle(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QString token = authorization.startsWith(prefix)
                              ? QString::fromUtf8(authorization.mid(prefix.size()).trimmed())
                              : QString();
    const bool full = !token.isEmpty() && token == m_world.token();
    const bool readOnly = !token.isEmpty() && token == m_world.readOnlyToken();
    if (!full && !readOnly) {
        return MetronomeHttp::error(401, u"Unauthorized"_s);
    }
    m_world.refresh();
    return m_api.handle(request, readOnly);
}

SandboxResponse MetronomeServer::injectedError(int status, const SandboxRequest &)
{
    if (status == 429) {
        return MetronomeHttp::error(429, u"Too many requests"_s);
    }
    return MetronomeHttp::error(status, u"Internal server error"_s);
}

QString MetronomeServer::routeOf(const SandboxRequest &request) const
{
    return MetronomeApi::routeOf(request.path);
}
