#include "metronome/MetronomeError.h"

#include <QJsonDocument>
#include <QJsonObject>

MetronomeError MetronomeError::fromResponse(const HttpResponse &response, const QString &operation)
{
    MetronomeError e;
    e.m_operation = operation;
    e.m_attempts = response.attempts;
    e.m_detail = response.errorString;
    switch (response.outcome) {
    case HttpResponse::Outcome::Cancelled:
        e.m_kind = Kind::Cancelled;
        return e;
    case HttpResponse::Outcome::Refused:
        e.m_kind = Kind::Refused;
        return e;
    case HttpResponse::Outcome::Network:
        e.m_kind = (response.networkError == QNetworkReply::TimeoutError ||
                    response.networkError == QNetworkReply::OperationCanceledError)
                       ? Kind::Timeout
                       : Kind::Network;
        return e;
    case HttpResponse::Outcome::Finished:
        break;
    }
    e.m_status = response.status;
    // Every 4xx body is {"message": "..."}; 5xx bodies are not promised to be.
    const QJsonDocument body = QJsonDocument::fromJson(response.body);
    e.m_serverMessage = body.object().value(QLatin1String("message")).toString();
    const int s = response.status;
    if (s >= 200 && s < 300) {
        e.m_kind = Kind::None;
    } else if (s == 401) {
        e.m_kind = Kind::Unauthorized;
    } else if (s == 403) {
        e.m_kind = Kind::Forbidden;
    } else if (s == 404) {
        e.m_kind = Kind::NotFound;
    } else if (s == 409) {
        e.m_kind = Kind::Conflict;
    } else if (s == 429) {
        e.m_kind = Kind::RateLimited;
    } else if (s == 408) {
        e.m_kind = Kind::Timeout;
    } else if (s >= 500) {
        e.m_kind = Kind::Server;
    } else {
        e.m_kind = Kind::BadRequest;
    }
    return e;
}

MetronomeError MetronomeError::malformed(const QString &operation, const QString &detail)
{
    MetronomeError e;
    e.m_kind = Kind::Malformed;
    e.m_operation = operation;
    e.m_detail = detail;
    e.m_status = 200;
    return e;
}

MetronomeError MetronomeError::cancelled(const QString &operation)
{
    MetronomeError e;
    e.m_kind = Kind::Cancelled;
    e.m_operation = operation;
    return e;
}

MetronomeError MetronomeError::invalidRequest(const QString &operation, const QString &detail)
{
    MetronomeError e;
    e.m_kind = Kind::BadRequest;
    e.m_operation = operation;
    e.m_detail = detail;
    e.m_serverMessage = detail;
    return e;
}

bool MetronomeError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString MetronomeError::userMessage() const
{
    const QString server = m_serverMessage.isEmpty() ? m_detail : m_serverMessage;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Cancelled while %1.").arg(m_operation);
    case Kind::Network:
        return tr("Could not reach Metronome while %1 (%2).").arg(m_operation, m_detail);
    case Kind::Timeout:
        return tr("Metronome did not answer in time while %1; NomeSync gave up after %n attempt(s).", "",
                  m_attempts)
            .arg(m_operation);
    case Kind::Refused:
        return tr("NomeSync did not contact Metronome while %1: %2").arg(m_operation, m_detail);
    case Kind::Unauthorized:
        return tr("The Metronome API token was rejected while %1. Check the token in the workspace settings, "
                  "or replace it.")
            .arg(m_operation);
    case Kind::Forbidden:
        return tr("The Metronome API token lacks permission for %1. Use a token that is allowed to do this.")
            .arg(m_operation);
    case Kind::NotFound:
        return tr("Metronome could not find what NomeSync asked for while %1: %2").arg(m_operation, server);
    case Kind::BadRequest:
        return tr("Metronome refused the request while %1 (HTTP %2): %3")
            .arg(m_operation)
            .arg(m_status)
            .arg(server);
    case Kind::Conflict:
        return tr("Metronome reported a conflict while %1: %2").arg(m_operation, server);
    case Kind::RateLimited:
        return tr("Metronome kept answering \"too many requests\" while %1; NomeSync gave up after %n "
                  "attempt(s).",
                  "", m_attempts)
            .arg(m_operation);
    case Kind::Server:
        return tr("Metronome had a server error (HTTP %1) while %2; NomeSync gave up after %n attempt(s).",
                  "", m_attempts)
            .arg(m_status)
            .arg(m_operation);
    case Kind::Malformed:
        return tr("Metronome sent an answer NomeSync could not read while %1 (%2).")
            .arg(m_operation, m_detail);
    }
    return {};
}
