#include "net/HttpTransport.h"

#include "logging/LogCategories.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

HttpTransport::HttpTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    if (!m_network) {
        m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownedNetwork.get();
    }
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_userAgent = QByteArrayLiteral("NomeSync/") + QCoreApplication::applicationVersion().toUtf8();
}

HttpTransport::~HttpTransport()
{
    // No callbacks while tearing down: their owners may be half destroyed too.
    m_destroying = true;
    cancelAll();
}

void HttpTransport::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    pump();
}

double HttpTransport::random01() const
{
    return m_random ? m_random() : QRandomGenerator::global()->generateDouble();
}

bool HttpTransport::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout surfaces as this
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        // TLS failures, bad hosts, protocol errors: retrying will not help and TLS errors
        // must never be waved through.
        return false;
    }
}

HttpTransport::Verdict HttpTransport::defaultVerdict(const HttpRequest &request, const HttpResponse &response)
{
    if (response.outcome == HttpResponse::Outcome::Network) {
        if (!isTransientNetworkError(response.networkError)) {
            return Verdict::Done;
        }
        // A write that may have reached the server is only repeated when it is idempotent.
        if (!request.idempotent && response.networkError != QNetworkReply::ConnectionRefusedError) {
            return Verdict::Done;
        }
        return Verdict::Retry;
    }
    if (response.outcome != HttpResponse::Outcome::Finished) {
        return Verdict::Done;
    }
    const int s = response.status;
    if (s == 429 || s == 503) {
        return Verdict::Retry; // the server refused before doing anything
    }
    if (request.idempotent && (s == 408 || (s >= 500 && s <= 599))) {
        return Verdict::Retry;
    }
    return Verdict::Done;
}

quint64 HttpTransport::send(const HttpRequest &request, QObject *context, Callback done)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->request = request;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    pending->clock.start();
    m_requests.insert(pending->id, pending);

    QString reason;
    if (!UrlPolicy::isAllowed(request.url, &reason)) {
        HttpResponse refused;
        refused.outcome = HttpResponse::Outcome::Refused;
        refused.errorString = reason;
        const quint64 id = pending->id;
        // Report asynchronously like every other outcome, so callers see one code path.
        QTimer::singleShot(0, this, [this, id, refused]() { finish(id, refused); });
        return pending->id;
    }
    m_ready.enqueue(pending->id);
    pump();
    return pending->id;
}

void HttpTransport::pump()
{
    while (m_inFlight < m_maxInFlight && !m_ready.isEmpty()) {
        const quint64 id = m_ready.dequeue();
        auto it = m_requests.find(id);
        if (it == m_requests.end()) {
            continue;
        }
        start(*it.value());
    }
}

void HttpTransport::start(Pending &pending)
{
    ++pending.attempt;
    ++m_inFlight;
    ++m_stats.sent;
    if (pending.attempt > 1) {
        ++m_stats.retries;
    }
    m_stats.attemptsByLabel[pending.request.label] += 1;

    QNetworkRequest nr(pending.request.url);
    nr.setRawHeader("User-Agent", m_userAgent);
    for (const auto &header : std::as_const(pending.request.headers)) {
        nr.setRawHeader(header.first, header.second);
    }
    const int timeout = pending.request.timeoutMs > 0 ? pending.request.timeoutMs : m_defaultTimeoutMs;
    nr.setTransferTimeout(timeout);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);

    QNetworkReply *reply = nullptr;
    const QByteArray &method = pending.request.method;
    if (method == "GET") {
        reply = m_network->get(nr);
    } else if (method == "DELETE" && pending.request.body.isEmpty()) {
        reply = m_network->deleteResource(nr);
    } else {
        reply = m_network->sendCustomRequest(nr, method, pending.request.body);
    }
    pending.reply = reply;
    const quint64 id = pending.id;
    connect(reply, &QNetworkReply::finished, this, [this, id]() { onReplyFinished(id); });
    qCDebug(lcNet) << "->" << method << pending.request.label << "attempt" << pending.attempt;
}

void HttpTransport::onReplyFinished(quint64 id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end()) {
        return;
    }
    std::shared_ptr<Pending> pending = it.value();
    QNetworkReply *reply = pending->reply;
    pending->reply = nullptr;
    --m_inFlight;
    if (!reply) {
        pump();
        return;
    }
    reply->deleteLater();

    HttpResponse response;
    response.attempts = pending->attempt;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    if (statusAttribute.isValid()) {
        response.outcome = HttpResponse::Outcome::Finished;
        response.status = statusAttribute.toInt();
        response.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs) {
            response.headers.append(pair);
        }
    } else {
        response.outcome = HttpResponse::Outcome::Network;
    }
    emit attemptFinished(pending->request.label, response.status, pending->attempt);

    const Verdict verdict =
        m_classifier ? m_classifier(pending->request, response) : defaultVerdict(pending->request, response);
    if (verdict == Verdict::Retry && pending->attempt <= m_policy.maxRetries) {
        scheduleRetry(*pending, response);
        pump();
        return;
    }
    response.elapsedMs = pending->clock.elapsed();
    finish(id, response);
    pump();
}

void HttpTransport::scheduleRetry(Pending &pending, const HttpResponse &response)
{
    const int delay = m_policy.delayMs(pending.attempt, response.header("retry-after-ms"),
                                       response.header("retry-after"), [this]() { return random01(); });
    const QString reason = response.outcome == HttpResponse::Outcome::Finished
                               ? QStringLiteral("HTTP %1").arg(response.status)
                               : response.errorString;
    qCInfo(lcNet).noquote() << "retrying" << pending.request.label << "in" << delay << "ms after" << reason;
    emit retryScheduled(pending.request.label, pending.attempt, delay, reason);

    const quint64 id = pending.id;
    pending.delayTimer = new QTimer(this);
    pending.delayTimer->setSingleShot(true);
    connect(pending.delayTimer, &QTimer::timeout, this, [this, id]() {
        auto it = m_requests.find(id);
        if (it == m_requests.end()) {
            return;
        }
        it.value()->delayTimer->deleteLater();
        it.value()->delayTimer = nullptr;
        m_ready.enqueue(id);
        pump();
    });
    pending.delayTimer->start(delay);
}

void HttpTransport::finish(quint64 id, HttpResponse response)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end()) {
        return;
    }
    std::shared_ptr<Pending> pending = it.value();
    m_requests.erase(it);
    ++m_stats.completed;
    if (response.elapsedMs == 0) {
        response.elapsedMs = pending->clock.elapsed();
    }
    const bool contextGone = pending->hasContext && !pending->context;
    if (pending->done && !contextGone && !m_destroying) {
        pending->done(response);
    }
    checkIdle();
}

void HttpTransport::cancel(quint64 id)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end()) {
        return;
    }
    std::shared_ptr<Pending> pending = it.value();
    if (pending->delayTimer) {
        pending->delayTimer->stop();
        pending->delayTimer->deleteLater();
        pending->delayTimer = nullptr;
    }
    if (QNetworkReply *reply = pending->reply) {
        pending->reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        --m_inFlight;
    }
    m_ready.removeAll(id);
    HttpResponse cancelled;
    cancelled.outcome = HttpResponse::Outcome::Cancelled;
    cancelled.attempts = pending->attempt;
    cancelled.errorString = tr("Cancelled");
    finish(id, cancelled);
    pump();
}

void HttpTransport::cancelAll()
{
    // A cancelled caller may react by sending again; keep going until nothing is left.
    for (int round = 0; round < 100 && !m_requests.isEmpty(); ++round) {
        const QList<quint64> ids = m_requests.keys();
        for (quint64 id : ids) {
            cancel(id);
        }
    }
}

void HttpTransport::checkIdle()
{
    if (m_requests.isEmpty()) {
        emit idle();
    }
}
