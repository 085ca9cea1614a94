#pragma once

// Header-only helpers for the Salesforce tests: a sandbox org with a signed-in client, and a
// way to wait for asynchronous callbacks. Tests only.

#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceSession.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <tuple>

namespace sftest {

// Starts an asynchronous call and waits for its callback; returns the callback's arguments.
// Usage: auto [error, results] = sftest::await<const SalesforceError &, const QList<...> &>(
//            [&](auto done) { client.upsertCollection(..., nullptr, done); });
template<typename... Args, typename Start>
std::tuple<std::decay_t<Args>...> await(Start start, int timeoutMs = 60000)
{
    auto result = std::make_shared<std::optional<std::tuple<std::decay_t<Args>...>>>();
    std::function<void(Args...)> done = [result](Args... args) { result->emplace(args...); };
    start(done);
    EXPECT_TRUE(TestEnvironment::waitFor([result]() { return result->has_value(); }, timeoutMs))
        << "the callback did not come";
    return result->value_or(std::tuple<std::decay_t<Args>...>{});
}

inline RetryPolicy fastRetries(int maxRetries = 4)
{
    RetryPolicy policy;
    policy.maxRetries = maxRetries;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 40;
    policy.maxServerDelayMs = 100;
    return policy;
}

inline SalesforceOAuthConfig configFor(const SandboxProcess &sandbox)
{
    SalesforceOAuthConfig config;
    config.loginUrl = sandbox.info().salesforceLoginUrl;
    config.clientId = sandbox.info().salesforceClientId;
    return config;
}

// A raw HTTP exchange (blocking, tests only), without following redirects.
struct RawReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
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

inline RawReply raw(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    for (const auto &h : headers) {
        request.setRawHeader(h.first, h.second);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

inline QByteArray form(const QList<QPair<QString, QString>> &items)
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

// A sandbox org with a session signed in through a refresh token minted by the admin
// endpoint, and a client with fast retries.
class Org
{
public:
    explicit Org(QStringList arguments = {})
        : m_sandbox(std::make_unique<SandboxProcess>(arguments))
    {}

    bool start(QString *error)
    {
        if (!m_sandbox->start(error)) {
            return false;
        }
        return connectClient(error);
    }

    bool connectClient(QString *error)
    {
        client.reset();
        session.reset();
        int status = 0;
        const QJsonObject minted =
            m_sandbox->adminPost(QStringLiteral("/salesforce/refresh-token"), {}, &status).object();
        if (status != 200) {
            *error = QStringLiteral("cannot mint a refresh token: HTTP %1").arg(status);
            return false;
        }
        session = std::make_unique<SalesforceSession>(configFor(*m_sandbox));
        session->transport()->setRetryPolicy(fastRetries());
        session->setRefreshToken(minted.value(QStringLiteral("refresh_token")).toString());
        client = std::make_unique<SalesforceClient>(session.get());
        client->setLockRetryPolicy(fastRetries(3));
        client->setBulkPolling(20, 200, 1.5);
        return true;
    }

    SandboxProcess &sandbox() { return *m_sandbox; }
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const
    {
        return m_sandbox->admin(method, path, QJsonDocument(body)).object();
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_sandbox->info().salesforceInstanceUrl.toString() + pathAndQuery);
    }
    qint64 count(const QString &object) const
    {
        return static_cast<qint64>(m_sandbox->adminGet(QStringLiteral("/salesforce/counts"))
                                       .object()
                                       .value(QStringLiteral("objects"))
                                       .toObject()
                                       .value(object)
                                       .toDouble(-1));
    }
    quint64 writeCalls() const
    {
        return static_cast<quint64>(m_sandbox->adminGet(QStringLiteral("/salesforce/stats"))
                                        .object()
                                        .value(QStringLiteral("write_calls"))
                                        .toDouble());
    }

    std::unique_ptr<SalesforceSession> session;
    std::unique_ptr<SalesforceClient> client;

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

// Convenience wrappers around the client's asynchronous calls.
using Results = QList<SalesforceRecordResult>;

inline std::tuple<SalesforceError, Results> upsertCollection(SalesforceClient &client, const QString &object,
                                                             const QString &extField,
                                                             const QList<QJsonObject> &records,
                                                             bool allOrNone = false)
{
    return await<const SalesforceError &, const Results &>(
        [&](auto done) { client.upsertCollection(object, extField, records, allOrNone, nullptr, done); });
}

inline std::tuple<SalesforceError, QList<QJsonObject>, qint64> query(SalesforceClient &client,
                                                                     const QString &soql)
{
    return await<const SalesforceError &, const QList<QJsonObject> &, qint64>(
        [&](auto done) { client.query(soql, nullptr, done); });
}

} // namespace sftest
