#pragma once

#include "net/HttpExchange.h"

#include <QCoreApplication>
#include <QString>

// What went wrong with a Metronome call, in a form the sync can act on (kind, retryable)
// and the user can read (userMessage()). `operation` is a short phrase in the user's
// language ("reading invoices of customer …") used in the messages.
class MetronomeError
{
    Q_DECLARE_TR_FUNCTIONS(MetronomeError)

public:
    enum class Kind
    {
        None,
        Cancelled,
        Network,      // no usable answer (after retries)
        Timeout,      // no answer in time (after retries)
        Refused,      // not sent: the URL breaks the HTTPS policy
        Unauthorized, // 401: the token was rejected (never retried)
        Forbidden,    // 403: the token lacks permission (never retried)
        NotFound,     // 404
        BadRequest,   // 400 and other 4xx
        Conflict,     // 409
        RateLimited,  // 429 after the retry budget
        Server,       // 5xx after the retry budget
        Malformed,    // the answer was not what the API documents
    };

    MetronomeError() = default;
    static MetronomeError fromResponse(const HttpResponse &response, const QString &operation);
    static MetronomeError malformed(const QString &operation, const QString &detail);
    static MetronomeError cancelled(const QString &operation);
    // A request NomeSync cannot send as asked (e.g. a usage window without dates).
    static MetronomeError invalidRequest(const QString &operation, const QString &detail);

    bool isOk() const { return m_kind == Kind::None; }
    bool isCancelled() const { return m_kind == Kind::Cancelled; }
    // Worth trying again later (the transport already retried what it could).
    bool isTransient() const;
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    int attempts() const { return m_attempts; }
    QString serverMessage() const { return m_serverMessage; }
    QString operation() const { return m_operation; }
    // Technical detail for logs: network error text or the parse problem.
    QString detail() const { return m_detail; }

    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    int m_status = 0;
    int m_attempts = 0;
    QString m_serverMessage;
    QString m_operation;
    QString m_detail;
};
