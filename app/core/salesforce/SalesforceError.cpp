#include "salesforce/SalesforceError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const QLatin1String kRequestLimit("REQUEST_LIMIT_EXCEEDED");

// The first error object of a Salesforce error body, or an empty object.
QJsonObject firstError(const QByteArray &body, int *count = nullptr)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        if (count) {
            *count = static_cast<int>(array.size());
        }
        return array.isEmpty() ? QJsonObject() : array.first().toObject();
    }
    if (doc.isObject()) {
        if (count) {
            *count = 1;
        }
        return doc.object();
    }
    return {};
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

SalesforceError::SalesforceError(Kind kind, const QString &message, int httpStatus, const QString &errorCode)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_errorCode(errorCode)
    , m_message(message)
{}

bool SalesforceError::isInvalidSession(const HttpResponse &response)
{
    if (response.outcome != HttpResponse::Outcome::Finished || response.status != 401) {
        return false;
    }
    // jsforce refreshes on any REST 401 except two specific bodies; Salesforce's own 401 for
    // an expired token carries INVALID_SESSION_ID.
    return !response.body.contains("This session is not valid for use with the REST API") &&
           !response.body.contains("Connected app is not attached to Agent");
}

bool SalesforceError::isConcurrencyLimit(const HttpResponse &response)
{
    return response.outcome == HttpResponse::Outcome::Finished && response.status == 403 &&
           response.body.contains("REQUEST_LIMIT_EXCEEDED") &&
           response.body.contains("ConcurrentPerOrgLongTxn");
}

bool SalesforceError::isDailyLimit(const HttpResponse &response)
{
    return response.outcome == HttpResponse::Outcome::Finished && response.status == 403 &&
           response.body.contains("REQUEST_LIMIT_EXCEEDED") &&
           !response.body.contains("ConcurrentPerOrgLongTxn");
}

SalesforceError SalesforceError::fromResponse(const HttpResponse &response)
{
    switch (response.outcome) {
    case HttpResponse::Outcome::Cancelled:
        return SalesforceError(Kind::Cancelled, response.errorString);
    case HttpResponse::Outcome::Refused:
        return SalesforceError(Kind::Refused, response.errorString);
    case HttpResponse::Outcome::Network:
        return SalesforceError(Kind::Network, response.errorString);
    case HttpResponse::Outcome::Finished:
        break;
    }
    if (response.status >= 200 && response.status < 300) {
        return SalesforceError();
    }
    int count = 0;
    const QJsonObject first = firstError(response.body, &count);
    QString code = first.value(QStringLiteral("errorCode")).toString();
    if (code.isEmpty()) {
        code = first.value(QStringLiteral("statusCode")).toString();
    }
    QString message = first.value(QStringLiteral("message")).toString();
    if (code.isEmpty() && first.contains(QStringLiteral("error"))) {
        // An OAuth-style body on a REST path (e.g. identity).
        code = first.value(QStringLiteral("error")).toString();
        message = first.value(QStringLiteral("error_description")).toString();
    }
    if (code.isEmpty()) {
        // HTML or plain text: keep the status, like jsforce's ERROR_HTTP_<status>.
        code = QStringLiteral("ERROR_HTTP_%1").arg(response.status);
        message = QString::fromUtf8(response.body.left(300)).trimmed();
        if (response.body.trimmed() == "Bad_OAuth_Token") {
            code = QStringLiteral("INVALID_SESSION_ID");
        }
    }
    if (count > 1) {
        message += QStringLiteral(" (+%1 more)").arg(count - 1);
    }

    Kind kind = Kind::Api;
    if (response.status == 300) {
        kind = Kind::AmbiguousExternalId;
        code = QStringLiteral("MULTIPLE_CHOICES");
        message = QString::fromUtf8(response.body.left(500));
    } else if (code == kRequestLimit && message.contains(QLatin1String("ConcurrentPerOrgLongTxn"))) {
        kind = Kind::ConcurrencyLimit;
    } else if (code == kRequestLimit) {
        kind = Kind::DailyLimitExceeded;
    } else if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
        kind = Kind::RowLocked;
    } else if (response.status == 401 || code == QLatin1String("INVALID_SESSION_ID")) {
        kind = Kind::AuthenticationRequired;
    }
    SalesforceError error(kind, message, response.status, code);
    error.setFields(toStringList(first.value(QStringLiteral("fields"))));
    return error;
}

SalesforceError SalesforceError::fromOAuthResponse(const HttpResponse &response)
{
    if (response.outcome != HttpResponse::Outcome::Finished) {
        return fromResponse(response);
    }
    if (response.status >= 200 && response.status < 300) {
        return SalesforceError();
    }
    QString error;
    QString description;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject()) {
        error = doc.object().value(QStringLiteral("error")).toString();
        description = doc.object().value(QStringLiteral("error_description")).toString();
    } else {
        // jsforce parses the revoke endpoint's answer as a form.
        const QUrlQuery form(QString::fromUtf8(response.body));
        error = form.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        description = form.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    }
    if (error.isEmpty()) {
        error = QStringLiteral("ERROR_HTTP_%1").arg(response.status);
        description = QString::fromUtf8(response.body.left(300)).trimmed();
    }
    const Kind kind = error == QLatin1String("invalid_grant") ? Kind::AuthenticationRequired : Kind::OAuth;
    SalesforceError result(kind, description, response.status, error);
    result.setOAuthError(error);
    return result;
}

bool SalesforceError::stopsFurtherCalls() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Refused:
    case Kind::NotSignedIn:
    case Kind::AuthenticationRequired:
    case Kind::OAuth:
    case Kind::DailyLimitExceeded:
    case Kind::UnsupportedApiVersion:
        return true;
    default:
        return false;
    }
}

QString SalesforceError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case Kind::AuthenticationRequired:
        return QStringLiteral("authentication-required");
    case Kind::OAuth:
        return QStringLiteral("oauth");
    case Kind::DailyLimitExceeded:
        return QStringLiteral("daily-limit-exceeded");
    case Kind::ConcurrencyLimit:
        return QStringLiteral("concurrency-limit");
    case Kind::RowLocked:
        return QStringLiteral("row-locked");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::AmbiguousExternalId:
        return QStringLiteral("ambiguous-external-id");
    case Kind::UnsupportedApiVersion:
        return QStringLiteral("unsupported-api-version");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::BulkJobFailed:
        return QStringLiteral("bulk-job-failed");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    }
    return QString();
}

QString SalesforceError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return tr("Salesforce could not be reached (%1). Check the network connection; NomeSync already "
                  "retried a few times.")
            .arg(m_message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Refused:
        return tr("NomeSync refused to send the request: %1").arg(m_message);
    case Kind::NotSignedIn:
        return tr("NomeSync is not signed in to Salesforce. Link Salesforce in the setup or settings first.");
    case Kind::AuthenticationRequired:
        if (m_oauthError == QLatin1String("invalid_grant") &&
            (m_message.contains(QLatin1String("code"), Qt::CaseInsensitive) ||
             m_message.contains(QLatin1String("verifier"), Qt::CaseInsensitive))) {
            return tr("Salesforce did not accept the sign-in code (it expired or was already used). Sign in "
                      "again.");
        }
        return tr(
            "Salesforce no longer accepts NomeSync's sign-in (it was revoked or has expired). Sign in to "
            "Salesforce again to continue.");
    case Kind::OAuth:
        if (m_oauthError == QLatin1String("invalid_client_id")) {
            return tr(
                "Salesforce does not know this consumer key. Check the consumer key and whether the org "
                "is a production org, a sandbox or a My Domain.");
        }
        if (m_oauthError == QLatin1String("invalid_client")) {
            return tr("Salesforce rejected the consumer secret of the connected app.");
        }
        if (m_oauthError == QLatin1String("redirect_uri_mismatch")) {
            return tr("The callback URL is not registered for this connected app. Register the loopback "
                      "callback (http://localhost:<port>/OauthRedirect) in Salesforce.");
        }
        if (m_oauthError == QLatin1String("access_denied") ||
            m_oauthError == QLatin1String("access-denied")) {
            return tr("Access was denied in the Salesforce sign-in page, so NomeSync is not linked.");
        }
        if (m_oauthError == QLatin1String("OAUTH_APPROVAL_ERROR_GENERIC")) {
            return tr(
                "Your Salesforce admin has to approve NomeSync's connected app before you can sign in.");
        }
        if (m_oauthError == QLatin1String("inactive_user") || m_oauthError == QLatin1String("inactive_org")) {
            return tr("Salesforce says this user or org is inactive, so it cannot be linked.");
        }
        if (m_oauthError == QLatin1String("state_mismatch")) {
            return tr(
                "The sign-in answer did not belong to this sign-in attempt, so it was ignored. Try again.");
        }
        if (m_oauthError == QLatin1String("timeout")) {
            return tr("The Salesforce sign-in was not completed in time. Try again.");
        }
        return tr("Salesforce sign-in failed: %1 (%2).").arg(m_message, m_oauthError);
    case Kind::DailyLimitExceeded:
        return tr(
            "The Salesforce org has used up its daily API request allocation (TotalRequests Limit "
            "exceeded). NomeSync stopped; sync again once the rolling 24-hour window frees requests, or "
            "ask your Salesforce admin for a higher allocation.");
    case Kind::ConcurrencyLimit:
        return tr(
            "Salesforce is busy with too many long-running requests in this org (ConcurrentPerOrgLongTxn). "
            "NomeSync retried and gave up; try again later.");
    case Kind::RowLocked:
        return tr("Salesforce could not lock the records (UNABLE_TO_LOCK_ROW) after several retries. Another "
                  "process is updating them; try again later.");
    case Kind::Api:
        if (m_errorCode == QLatin1String("NOT_FOUND") || m_errorCode == QLatin1String("INVALID_TYPE")) {
            return tr("Salesforce could not find what NomeSync asked for: %1 (%2). Is the package installed "
                      "and visible to this user?")
                .arg(m_message, m_errorCode);
        }
        if (m_errorCode == QLatin1String("API_DISABLED_FOR_ORG")) {
            return tr("The Salesforce org does not allow API access (its edition or the user's profile).");
        }
        if (m_httpStatus >= 500 && m_httpStatus <= 599) {
            return tr("Salesforce cannot take requests right now (HTTP %1: %2). NomeSync retried a few times "
                      "and stopped; what was not written goes in the next sync.")
                .arg(m_httpStatus)
                .arg(m_message.isEmpty() ? m_errorCode : m_message);
        }
        return tr("Salesforce answered with an error: %1 (%2).").arg(m_message, m_errorCode);
    case Kind::AmbiguousExternalId:
        return tr("The external ID matches more than one Salesforce record, so Salesforce did not know which "
                  "one to update.");
    case Kind::UnsupportedApiVersion:
        return tr("The Salesforce org does not offer API version %1, which NomeSync needs.").arg(m_message);
    case Kind::Protocol:
        return tr("Salesforce sent an answer NomeSync cannot read: %1").arg(m_message);
    case Kind::BulkJobFailed:
        return tr("The Salesforce Bulk API job did not complete: %1").arg(m_message);
    case Kind::InvalidRequest:
        return tr("NomeSync cannot send this request to Salesforce: %1").arg(m_message);
    }
    return m_message;
}
