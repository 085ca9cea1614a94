#pragma once

#include "common/FaultConfig.h"
#include "common/SandboxExchange.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>

class QTcpSocket;

// Loopback HTTP server base for the sandbox halves: turns Qt's request into a
// SandboxRequest, applies the fault configuration (latency, 5xx, 429, malformed bodies,
// hangs), counts calls for the admin endpoint, and writes the answer.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct CallCount
    {
        QByteArray method;
        QString route;
        quint64 count = 0;
    };

    explicit SandboxHttpServer(const QString &name, QObject *parent = nullptr);

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    FaultConfig faults() const;
    void setFaults(const FaultConfig &faults);

    // Calls since start or the last reset, grouped by method and route (see routeOf()), and
    // the faults injected into them (callsJson()'s "injected": 5xx, 429, retry_after, spike, hang).
    QList<CallCount> calls() const;
    quint64 totalCalls() const;
    void resetCalls();
    QJsonObject callsJson() const;

protected:
    virtual SandboxResponse handle(const SandboxRequest &request) = 0;
    // The body of an injected 5xx or 429 in this API's error format.
    virtual SandboxResponse injectedError(int status, const SandboxRequest &request) = 0;
    // Groups a path for the call log (ids replaced by placeholders). Default: the path.
    virtual QString routeOf(const SandboxRequest &request) const;
    // Requests that are never faulted (e.g. OAuth pages a test drives like a browser).
    virtual bool exemptFromFaults(const SandboxRequest &request) const;

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void write(QHttpServerResponder &responder, const SandboxResponse &response);
    double draw();
    void countInjected(const char *kind);

    QString m_name;
    quint16 m_port = 0;
    FaultConfig m_faults;
    QRandomGenerator m_random;
    int m_errorRotation = 0;
    mutable QMutex m_callsMutex;
    QHash<QString, CallCount> m_calls;
    quint64 m_totalCalls = 0;
    QHash<QString, quint64> m_injected;
};
