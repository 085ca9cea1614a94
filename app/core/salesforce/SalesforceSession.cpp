#include "salesforce/SalesforceSession.h"

#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "salesforce/SalesforceRetryRules.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace {

QByteArray formBody(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &item : items) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return body;
}

} // namespace

SalesforceSession::SalesforceSession(const SalesforceOAuthConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(new HttpTransport(nullptr, this))
{
    m_transport->setClassifier(&SalesforceRetryRules::verdict);
}

SalesforceSession::~SalesforceSession()
{
    m_refreshWaiters.clear();
}

void SalesforceSession::setTokens(const SalesforceTokens &tokens)
{
    const bool newRefresh = tokens.refreshToken != m_tokens.refreshToken;
    m_tokens = tokens;
    Redactor::registerSecret(m_tokens.accessToken);
    Redactor::registerSecret(m_tokens.refreshToken);
    emit tokensChanged();
    if (newRefresh) {
        storeRefreshToken();
        emit refreshTokenChanged();
    }
}

void SalesforceSession::setRefreshToken(const QString &refreshToken)
{
    m_tokens = SalesforceTokens();
    m_tokens.refreshToken = refreshToken;
    Redactor::registerSecret(refreshToken);
    emit tokensChanged();
}

void SalesforceSession::setSecretStore(SecretStore *store, const QString &key)
{
    m_store = store;
    m_storeKey = key;
}

void SalesforceSession::storeRefreshToken()
{
    if (!m_store || m_storeKey.isEmpty() || m_tokens.refreshToken.isEmpty()) {
        return;
    }
    m_store->write(m_storeKey, m_tokens.refreshToken, this, [this](const SecretResult &result) {
        if (!result.ok()) {
            qCWarning(lcSalesforce) << "could not store the Salesforce refresh token:" << result.detail;
            emit secretStoreFailed(result.userMessage());
        }
    });
}

void SalesforceSession::restore(QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (!m_store) {
        QTimer::singleShot(0, this, [guard, hasContext, done]() {
            if (!hasContext || guard) {
                done(SalesforceError(SalesforceError::Kind::NotSignedIn, tr("No keychain is configured.")));
            }
        });
        return;
    }
    m_store->read(m_storeKey, this, [this, guard, hasContext, done](const SecretResult &result) {
        if (hasContext && !guard) {
            return;
        }
        if (!result.ok() || result.value.isEmpty()) {
            done(SalesforceError(SalesforceError::Kind::NotSignedIn, result.userMessage()));
            return;
        }
        setRefreshToken(result.value);
        refresh(guard.data(), done);
    });
}

void SalesforceSession::refresh(QObject *context, Callback done)
{
    m_refreshWaiters.append(Waiter{context, context != nullptr, std::move(done)});
    if (m_refreshInFlight) {
        return; // one refresh at a time; this caller waits for the one in flight
    }
    if (m_tokens.refreshToken.isEmpty()) {
        m_refreshInFlight = true;
        QTimer::singleShot(0, this, [this]() {
            finishRefresh(SalesforceError(SalesforceError::Kind::NotSignedIn,
                                          tr("There is no Salesforce refresh token; sign in first.")));
        });
        return;
    }
    m_refreshInFlight = true;
    QList<QPair<QString, QString>> form = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("refresh_token"), m_tokens.refreshToken},
                                           {QStringLiteral("client_id"), m_config.clientId},
                                           {QStringLiteral("format"), QStringLiteral("json")}};
    if (!m_config.clientSecret.isEmpty()) {
        form.append({QStringLiteral("client_secret"), m_config.clientSecret});
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.tokenUrl();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = formBody(form);
    request.idempotent = true;
    request.label = QStringLiteral("salesforce.oauth.refresh");
    m_transport->send(request, this, [this](const HttpResponse &response) {
        if (!response.isHttpSuccess()) {
            SalesforceError error = SalesforceError::fromOAuthResponse(response);
            qCWarning(lcSalesforce).noquote()
                << "token refresh failed:" << error.errorCode() << error.message();
            finishRefresh(error);
            return;
        }
        SalesforceTokens refreshed;
        QString problem;
        if (!SalesforceTokens::parse(QJsonDocument::fromJson(response.body).object(), &refreshed, &problem)) {
            finishRefresh(SalesforceError(SalesforceError::Kind::Protocol, problem, response.status));
            return;
        }
        const QString oldRefresh = m_tokens.refreshToken;
        m_tokens.mergeRefresh(refreshed);
        Redactor::registerSecret(m_tokens.accessToken);
        Redactor::registerSecret(m_tokens.refreshToken);
        qCInfo(lcSalesforce).noquote()
            << "refreshed the Salesforce session; instance" << m_tokens.instanceUrl.host();
        emit tokensChanged();
        if (m_tokens.refreshToken != oldRefresh) {
            storeRefreshToken(); // rotation: the new one replaces the stored one
            emit refreshTokenChanged();
        }
        finishRefresh(SalesforceError());
    });
}

void SalesforceSession::finishRefresh(const SalesforceError &error)
{
    m_refreshInFlight = false;
    const QList<Waiter> waiters = std::move(m_refreshWaiters);
    m_refreshWaiters.clear();
    if (error.kind() == SalesforceError::Kind::AuthenticationRequired) {
        m_tokens.accessToken.clear();
        emit authenticationRequired(error);
    }
    for (const Waiter &w : waiters) {
        if (!w.hasContext || w.context) {
            w.done(error);
        }
    }
}

QUrl SalesforceSession::resolve(const QUrl &url) const
{
    if (!url.isRelative()) {
        return url;
    }
    QUrl base = m_tokens.instanceUrl;
    base.setPath(QString());
    return base.resolved(url);
}

void SalesforceSession::send(const HttpRequest &request, QObject *context, ResponseCallback done)
{
    attempt(request, QPointer<QObject>(context), context != nullptr, std::move(done), false);
}

void SalesforceSession::attempt(const HttpRequest &request, const QPointer<QObject> &context, bool hasContext,
                                ResponseCallback done, bool replayed)
{
    auto deliver = [context, hasContext, done](const HttpResponse &response) {
        if (!hasContext || context) {
            done(response);
        }
    };
    if (!m_tokens.hasAccessToken()) {
        if (replayed || m_tokens.refreshToken.isEmpty()) {
            HttpResponse none;
            none.outcome = HttpResponse::Outcome::Finished;
            none.status = 401;
            none.body = QByteArrayLiteral(
                "[{\"message\":\"Not signed in to Salesforce\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
            QTimer::singleShot(0, this, [deliver, none]() { deliver(none); });
            return;
        }
        // Restored from the keychain: get an access token first.
        refresh(this, [this, request, context, hasContext, done, deliver](const SalesforceError &error) {
            if (error) {
                HttpResponse failed;
                failed.outcome = error.kind() == SalesforceError::Kind::Cancelled
                                     ? HttpResponse::Outcome::Cancelled
                                     : HttpResponse::Outcome::Finished;
                failed.status = 401;
                failed.errorString = error.message();
                failed.body = QByteArrayLiteral("[{\"message\":\"") +
                              error.message().toUtf8().replace('"', '\'') +
                              QByteArrayLiteral("\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
                deliver(failed);
                return;
            }
            attempt(request, context, hasContext, done, true);
        });
        return;
    }

    HttpRequest authorized = request;
    authorized.url = resolve(request.url);
    const QString tokenUsed = m_tokens.accessToken;
    authorized.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + tokenUsed.toUtf8()});
    m_transport->send(
        authorized, this,
        [this, request, context, hasContext, done, deliver, replayed, tokenUsed](const HttpResponse &r) {
            const bool expired = SalesforceError::isInvalidSession(r) ||
                                 (r.outcome == HttpResponse::Outcome::Finished && r.status == 403 &&
                                  r.body.trimmed() == "Bad_OAuth_Token"); // the identity service's form
            if (!expired || replayed) {
                deliver(r);
                return;
            }
            if (m_tokens.accessToken != tokenUsed && m_tokens.hasAccessToken()) {
                // Another request refreshed meanwhile: just replay with the new token.
                attempt(request, context, hasContext, done, true);
                return;
            }
            qCInfo(lcSalesforce) << "session expired; refreshing once and replaying" << request.label;
            m_tokens.accessToken.clear();
            refresh(this,
                    [this, request, context, hasContext, done, deliver, r](const SalesforceError &error) {
                        if (error) {
                            deliver(r); // the original 401 goes back
                            return;
                        }
                        attempt(request, context, hasContext, done, true);
                    });
        });
}

void SalesforceSession::fetchIdentity(QObject *context, IdentityCallback done)
{
    HttpRequest request;
    request.url = m_tokens.idUrl;
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.label = QStringLiteral("salesforce.identity");
    if (!request.url.isValid() || request.url.isEmpty()) {
        // Restored sessions learn the identity URL from their first refresh.
        refresh(context, [this, context, done](const SalesforceError &error) {
            if (error) {
                done(error, SalesforceIdentity());
                return;
            }
            fetchIdentity(context, done);
        });
        return;
    }
    send(request, context, [done](const HttpResponse &response) {
        const SalesforceError error = SalesforceError::fromResponse(response);
        if (error) {
            done(error, SalesforceIdentity());
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (!doc.isObject()) {
            done(SalesforceError(SalesforceError::Kind::Protocol, tr("The identity answer is not JSON.")),
                 SalesforceIdentity());
            return;
        }
        done(SalesforceError(), SalesforceIdentity::fromJson(doc.object()));
    });
}

void SalesforceSession::revoke(QObject *context, Callback done)
{
    const QString token = hasRefreshToken() ? m_tokens.refreshToken : m_tokens.accessToken;
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto forget = [this]() {
        const QString old = m_tokens.refreshToken;
        m_tokens = SalesforceTokens();
        if (m_store && !m_storeKey.isEmpty()) {
            m_store->remove(m_storeKey, this, [](const SecretResult &) {});
        }
        Redactor::forgetSecret(old);
        emit tokensChanged();
        emit signedOut();
    };
    if (token.isEmpty()) {
        forget();
        QTimer::singleShot(0, this, [guard, hasContext, done]() {
            if (!hasContext || guard) {
                done(SalesforceError());
            }
        });
        return;
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.revokeUrl();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    request.body = formBody({{QStringLiteral("token"), token}});
    request.label = QStringLiteral("salesforce.oauth.revoke");
    m_transport->send(request, this, [forget, guard, hasContext, done](const HttpResponse &response) {
        const SalesforceError error = SalesforceError::fromOAuthResponse(response);
        forget();
        if (!hasContext || guard) {
            done(error);
        }
    });
}

void SalesforceSession::cancelAll()
{
    m_transport->cancelAll();
}
