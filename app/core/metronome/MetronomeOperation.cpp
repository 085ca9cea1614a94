#include "metronome/MetronomeOperation.h"

#include "logging/LogCategories.h"
#include "net/HttpTransport.h"

MetronomeOperation::MetronomeOperation(HttpTransport *transport, const QString &description, QObject *context,
                                       DoneHandler done, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_description(description)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    if (context) {
        connect(context, &QObject::destroyed, this, &MetronomeOperation::abandon);
    }
}

MetronomeOperation::~MetronomeOperation()
{
    if (m_requestPending && m_transport) {
        m_requestPending = false;
        m_finished = true;
        m_transport->cancel(m_requestId);
    }
}

void MetronomeOperation::send(const HttpRequest &request, ResponseHandler onSuccess)
{
    if (m_finished || !m_transport) {
        return;
    }
    ++m_requests;
    m_requestPending = true;
    // `this` as context: if the operation is gone, the transport drops the answer.
    m_requestId =
        m_transport->send(request, this, [this, onSuccess = std::move(onSuccess)](const HttpResponse &r) {
            m_requestPending = false;
            if (m_finished) {
                return; // cancelled meanwhile
            }
            if (r.isHttpSuccess()) {
                onSuccess(r);
                return;
            }
            const MetronomeError error = MetronomeError::fromResponse(r, m_description);
            qCWarning(lcMetronome).noquote() << "Metronome call failed:" << r.status << error.serverMessage()
                                             << error.detail() << "after" << r.attempts << "attempt(s)";
            finish(error);
        });
}

void MetronomeOperation::countPage(qsizetype items)
{
    ++m_pages;
    m_items += items;
}

void MetronomeOperation::finish(const MetronomeError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_requestPending && m_transport) {
        m_requestPending = false;
        m_transport->cancel(m_requestId); // its callback sees m_finished and returns
    }
    const bool contextGone = m_hasContext && !m_context;
    DoneHandler done = std::move(m_done);
    m_done = nullptr;
    const QPointer<MetronomeOperation> self(this);
    if (done && !contextGone) {
        done(error); // may delete the client, and this operation with it
    }
    if (!self) {
        return;
    }
    emit finished(error);
    deleteLater();
}

void MetronomeOperation::cancel()
{
    finish(MetronomeError::cancelled(m_description));
}

void MetronomeOperation::abandon()
{
    m_done = nullptr;
    m_context = nullptr;
    finish(MetronomeError::cancelled(m_description));
}
