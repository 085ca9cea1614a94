#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// One HTTP call as the API clients describe it, and what came back.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Reads are always safe to repeat; writes only when the server de-duplicates them
    // (upsert by external ID is idempotent, a plain create is not).
    bool idempotent = true;
    // Per-attempt transfer timeout; 0 = the transport's default.
    int timeoutMs = 0;
    // A short label for logs and statistics, e.g. "metronome.customers.list".
    QString label;
};

struct HttpResponse
{
    enum class Outcome
    {
        Finished,  // an HTTP status arrived (any code; check status)
        Network,   // no usable response: connection refused, reset, TLS, timeout...
        Cancelled, // cancelled by the caller
        Refused    // never sent: the URL breaks the transport policy (e.g. plain HTTP to a remote host)
    };

    Outcome outcome = Outcome::Network;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    int attempts = 0;
    qint64 elapsedMs = 0;

    bool isHttpSuccess() const { return outcome == Outcome::Finished && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
};
