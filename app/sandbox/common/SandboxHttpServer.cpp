#include "common/SandboxHttpServer.h"

#include "logging/LogCategories.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(const QString &name, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_name(name)
    , m_random(1)
{}

quint16 SandboxHttpServer::listenLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString SandboxHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

FaultConfig SandboxHttpServer::faults() const
{
    return m_faults;
}

void SandboxHttpServer::setFaults(const FaultConfig &faults)
{
    const bool reseed = faults.seed != m_faults.seed;
    m_faults = faults;
    if (reseed) {
        m_random.seed(static_cast<quint32>(faults.seed));
    }
}

double SandboxHttpServer::draw()
{
    return m_random.generateDouble();
}

QString SandboxHttpServer::routeOf(const SandboxRequest &request) const
{
    return request.path;
}

bool SandboxHttpServer::exemptFromFaults(const SandboxRequest &) const
{
    return false;
}

QList<SandboxHttpServer::CallCount> SandboxHttpServer::calls() const
{
    QMutexLocker lock(&m_callsMutex);
    return m_calls.values();
}

quint64 SandboxHttpServer::totalCalls() const
{
    QMutexLocker lock(&m_callsMutex);
    return m_totalCalls;
}

void SandboxHttpServer::resetCalls()
{
    QMutexLocker lock(&m_callsMutex);
    m_calls.clear();
    m_totalCalls = 0;
    m_injected.clear();
}

void SandboxHttpServer::countInjected(const char *kind)
{
    QMutexLocker lock(&m_callsMutex);
    ++m_injected[QLatin1String(kind)];
}

QJsonObject SandboxHttpServer::callsJson() const
{
    QMutexLocker lock(&m_callsMutex);
    QJsonArray list;
    for (const CallCount &c : m_calls) {
        list.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(c.method)},
                                {QStringLiteral("route"), c.route},
                                {QStringLiteral("count"), static_cast<qint64>(c.count)}});
    }
    QJsonObject injected;
    for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it) {
        injected.insert(it.key(), static_cast<qint64>(it.value()));
    }
    return QJsonObject{{QStringLiteral("total"), static_cast<qint64>(m_totalCalls)},
                       {QStringLiteral("calls"), list},
                       {QStringLiteral("injected"), injected}};
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &qtRequest, QTcpSocket *socket)
{
    // The responder writes headers and body separately; without TCP_NODELAY, Nagle holds the
    // body back until the client's delayed ACK (about 40 ms on Linux) for any larger answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    SandboxRequest request;
    request.method = methodName(qtRequest.method());
    request.url = qtRequest.url();
    request.path = request.url.path(QUrl::FullyDecoded);
    request.query = qtRequest.query();
    request.headers = qtRequest.headers();
    request.body = qtRequest.body();

    {
        QMutexLocker lock(&m_callsMutex);
        const QString route = routeOf(request);
        CallCount &entry = m_calls[QString::fromLatin1(request.method) + QLatin1Char(' ') + route];
        entry.method = request.method;
        entry.route = route;
        ++entry.count;
        ++m_totalCalls;
    }

    SandboxResponse response;
    bool decided = false;
    int delay = 0;
    if (!exemptFromFaults(request)) {
        delay = m_faults.latencyMs;
        if (m_faults.jitterMs > 0) {
            delay += static_cast<int>(draw() * m_faults.jitterMs);
        }
        if (m_faults.spikeRate > 0 && draw() < m_faults.spikeRate) {
            delay += m_faults.spikeMs;
            countInjected("spike");
        }
        if (m_faults.failCount > 0 && !m_faults.failPath.isEmpty() &&
            request.path.contains(m_faults.failPath)) {
            --m_faults.failCount;
            response = injectedError(m_faults.failStatus, request);
            if (m_faults.failStatus == 429) {
                response.addHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
            }
            decided = true;
        }
        bool hang = m_faults.hangRate > 0 && draw() < m_faults.hangRate;
        for (const QString &p : std::as_const(m_faults.hangPaths)) {
            hang = hang || request.path.contains(p);
        }
        if (!decided && hang) {
            response.hang = true;
            decided = true;
            countInjected("hang");
        }
        if (!decided && m_faults.serverErrorRate > 0 && draw() < m_faults.serverErrorRate) {
            static const int statuses[] = {500, 502, 503};
            response = injectedError(statuses[m_errorRotation++ % 3], request);
            decided = true;
            countInjected("5xx");
        }
        if (!decided && m_faults.rateLimitRate > 0 && draw() < m_faults.rateLimitRate) {
            response = injectedError(429, request);
            countInjected("429");
            if (draw() < m_faults.retryAfterShare) {
                response.addHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
                countInjected("retry_after");
            }
            decided = true;
        }
    }
    if (!decided) {
        response = handle(request);
        for (const QString &p : std::as_const(m_faults.malformedPaths)) {
            if (!p.isEmpty() && request.path.contains(p) && !response.body.isEmpty()) {
                response.body = response.body.left(std::max<qsizetype>(1, response.body.size() / 2));
                break;
            }
        }
    }

    if (response.hang) {
        // Keep the responder alive until the client gives up; the socket owns nothing of ours.
        auto held = std::make_shared<QHttpServerResponder>(makeResponder(qtRequest, socket));
        connect(socket, &QTcpSocket::disconnected, this, [held]() mutable { held.reset(); });
        return true;
    }
    QHttpServerResponder responder = makeResponder(qtRequest, socket);
    if (delay <= 0) {
        write(responder, response);
        return true;
    }
    // Answer later without blocking the server; if the client left meanwhile, drop it.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delay, this, [held, guard, response]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            write(*held, response);
        }
    });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder,
          SandboxResponse::raw(404, QByteArrayLiteral("not found"), QByteArrayLiteral("text/plain")));
}

void SandboxHttpServer::write(QHttpServerResponder &responder, const SandboxResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    for (const auto &header : response.headers) {
        responder.writeHeader(header.first, header.second);
    }
    responder.writeBody(response.body);
}
