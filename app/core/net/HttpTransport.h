#pragma once

#include "net/HttpExchange.h"
#include "net/RetryPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

// Sends API calls asynchronously with a bounded number in flight, retries transient
// failures with backoff and jitter (honouring Retry-After), enforces the HTTPS policy and
// can cancel everything at once. Lives on one thread and uses that thread's event loop;
// the sync worker creates its own.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    enum class Verdict
    {
        Done,
        Retry
    };
    using Callback = std::function<void(const HttpResponse &)>;
    using Classifier = std::function<Verdict(const HttpRequest &, const HttpResponse &)>;

    struct Stats
    {
        quint64 sent = 0;      // attempts that went on the wire
        quint64 retries = 0;   // attempts after the first
        quint64 completed = 0; // requests handed back to the caller
        QHash<QString, quint64> attemptsByLabel;
    };

    // `network` is used if given (not owned); otherwise the transport makes its own.
    explicit HttpTransport(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~HttpTransport() override;

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setClassifier(Classifier classifier) { m_classifier = std::move(classifier); }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    void setRandomSource(std::function<double()> random01) { m_random = std::move(random01); }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // Queues a request. `done` runs on this thread once, unless `context` is gone by then.
    quint64 send(const HttpRequest &request, QObject *context, Callback done);
    void cancel(quint64 id);
    void cancelAll();

    int inFlight() const { return m_inFlight; }
    int pending() const { return static_cast<int>(m_requests.size()); }
    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = Stats(); }

    // The rule used when no classifier is set: connection problems, 408, 429 and 5xx retry.
    static Verdict defaultVerdict(const HttpRequest &request, const HttpResponse &response);
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);

Q_SIGNALS:
    void attemptFinished(const QString &label, int status, int attempt);
    void retryScheduled(const QString &label, int retry, int delayMs, const QString &reason);
    void idle();

private:
    struct Pending
    {
        quint64 id = 0;
        HttpRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        int attempt = 0;
        QPointer<QNetworkReply> reply;
        QTimer *delayTimer = nullptr;
        QElapsedTimer clock;
        bool timedOut = false;
    };

    void pump();
    void start(Pending &pending);
    void onReplyFinished(quint64 id);
    void finish(quint64 id, HttpResponse response);
    void scheduleRetry(Pending &pending, const HttpResponse &response);
    void checkIdle();
    double random01() const;

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    RetryPolicy m_policy;
    Classifier m_classifier;
    std::function<double()> m_random;
    QByteArray m_userAgent;
    bool m_destroying = false;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_defaultTimeoutMs = 120000;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Pending>> m_requests;
    QQueue<quint64> m_ready;
    Stats m_stats;
};
