#pragma once

#include "metronome/MetronomeError.h"
#include "net/HttpExchange.h"

#include <QObject>
#include <QPointer>

#include <functional>

class HttpTransport;

// One running read or write of MetronomeClient (a list read to its end, a get, a write).
// It hands results to the caller's callbacks and finishes exactly once, with success, an
// error, or Cancelled. After finishing it deletes itself (later): keep it in a QPointer.
class MetronomeOperation : public QObject
{
    Q_OBJECT

public:
    using DoneHandler = std::function<void(const MetronomeError &error)>;

    ~MetronomeOperation() override;

    // Stops at once: the request in flight is aborted, no more pages are handed on, and the
    // done callback runs one last time with a Cancelled error. Does nothing once finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    // What this does, in the user's language ("reading invoices of customer …").
    QString description() const { return m_description; }
    int requestsSent() const { return m_requests; }
    int pagesDelivered() const { return m_pages; }
    qint64 itemsDelivered() const { return m_items; }

Q_SIGNALS:
    void finished(const MetronomeError &error);

private:
    friend class MetronomeClient;
    using ResponseHandler = std::function<void(const HttpResponse &response)>;

    MetronomeOperation(HttpTransport *transport, const QString &description, QObject *context,
                       DoneHandler done, QObject *parent);

    // Sends one request; a 2xx answer goes to `onSuccess`, anything else finishes the
    // operation with the matching error.
    void send(const HttpRequest &request, ResponseHandler onSuccess);
    void finish(const MetronomeError &error);
    void fail(const QString &detail) { finish(MetronomeError::malformed(m_description, detail)); }
    void countPage(qsizetype items);
    // The caller's context object is gone: stop without calling anybody.
    void abandon();

    QPointer<HttpTransport> m_transport;
    QString m_description;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    DoneHandler m_done;
    quint64 m_requestId = 0;
    bool m_requestPending = false;
    bool m_finished = false;
    int m_requests = 0;
    int m_pages = 0;
    qint64 m_items = 0;
};
