#pragma once

#include "net/HttpExchange.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What went wrong with a Salesforce call, typed so callers can decide what to do (retry,
// sign in again, stop the sync, show the row) and with a message for the user.
class SalesforceError
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceError)

public:
    enum class Kind
    {
        None,
        Network,                // no usable answer (after retries): connection, timeout, TLS
        Cancelled,              // the caller cancelled
        Refused,                // never sent: the URL breaks the HTTPS policy
        NotSignedIn,            // no session (or no refresh token) to call with
        AuthenticationRequired, // the refresh token is no longer accepted: sign in again
        OAuth,                  // another token-endpoint or authorize error (see oauthError)
        DailyLimitExceeded,     // REQUEST_LIMIT_EXCEEDED "TotalRequests Limit exceeded."
        ConcurrencyLimit,       // REQUEST_LIMIT_EXCEEDED "ConcurrentPerOrgLongTxn", retries used up
        RowLocked,              // UNABLE_TO_LOCK_ROW, retries used up
        Api,                    // an HTTP error with a Salesforce errorCode
        AmbiguousExternalId,    // HTTP 300: the external ID matched several records
        UnsupportedApiVersion,  // the org does not offer the pinned API version
        Protocol,               // an answer NomeSync cannot read
        BulkJobFailed,          // a Bulk API 2.0 job ended Failed or Aborted
        InvalidRequest          // the caller asked for something the API does not allow
    };

    SalesforceError() = default;
    SalesforceError(Kind kind, const QString &message, int httpStatus = 0,
                    const QString &errorCode = QString());

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &errorCode() const { return m_errorCode; }
    // Salesforce's own words (or the transport's), for logs and "details".
    const QString &message() const { return m_message; }
    const QStringList &fields() const { return m_fields; }
    // The token endpoint's `error` value (invalid_grant, invalid_client_id, ...).
    const QString &oauthError() const { return m_oauthError; }

    void setFields(const QStringList &fields) { m_fields = fields; }
    void setOAuthError(const QString &error) { m_oauthError = error; }

    // The org cannot be reached or will not take calls from this sign-in (network, refused,
    // signed out, daily limit, unsupported version): no further call of a run can succeed,
    // so callers stop instead of failing every remaining row with the same error.
    bool stopsFurtherCalls() const;

    // A sentence for the user, translated, saying what happened and what to do.
    QString userMessage() const;
    static QString kindName(Kind kind);

    // Reads a REST or Bulk answer that is not a success: JSON error arrays
    // ([{"message","errorCode","fields"}]), the two REQUEST_LIMIT_EXCEEDED forms, HTML or
    // empty bodies, network outcomes. A 2xx answer gives an error of kind None.
    static SalesforceError fromResponse(const HttpResponse &response);
    // Reads a token/revoke endpoint answer ({"error","error_description"}).
    static SalesforceError fromOAuthResponse(const HttpResponse &response);
    // True when the body is Salesforce's 401 for an expired or revoked session.
    static bool isInvalidSession(const HttpResponse &response);
    // The two forms of REQUEST_LIMIT_EXCEEDED.
    static bool isConcurrencyLimit(const HttpResponse &response);
    static bool isDailyLimit(const HttpResponse &response);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_errorCode;
    QString m_message;
    QStringList m_fields;
    QString m_oauthError;
};
