#include "linking/LinkController.h"

#include "linking/LinkService.h"
#include "logging/LogCategories.h"
#include "secrets/WorkspaceSecrets.h"
#include "store/WorkspaceDatabase.h"

#include <QPointer>
#include <QThread>

using namespace Linking;

LinkController::LinkController(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

LinkController::~LinkController()
{
    stopService();
}

void LinkController::setWorkspace(const WorkspaceInfo &workspace)
{
    if (workspace.id == m_workspace.id && workspace.databasePath == m_workspace.databasePath) {
        return;
    }
    stopService();
    m_workspace = workspace;
}

void LinkController::stopService()
{
    ++m_generation;
    const QList<QPair<Job, std::function<void(const QString &)>>> waiting = std::move(m_waiting);
    m_waiting.clear();
    if (m_thread) {
        QObject *anchor = m_anchor;
        LinkService *service = m_service;
        // Cancel and destroy on the worker thread (its network objects live there), then end it.
        QMetaObject::invokeMethod(
            anchor,
            [service]() {
                if (service) {
                    service->cancel();
                    delete service;
                }
                WorkspaceDatabase::releaseThreadConnections();
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_anchor;
        delete m_thread;
        m_anchor = nullptr;
        m_thread = nullptr;
        m_service = nullptr;
    }
    m_state = State::NoService;
    const bool wasBusy = m_pending > 0;
    m_pending = 0;
    if (wasBusy) {
        emit busyChanged(false);
    }
    Q_UNUSED(waiting);
}

void LinkController::begin()
{
    if (m_pending++ == 0) {
        emit busyChanged(true);
    }
}

void LinkController::end()
{
    if (m_pending > 0 && --m_pending == 0) {
        emit busyChanged(false);
    }
}

void LinkController::deliver(quint64 generation, std::function<void()> fn)
{
    // Called on the worker thread; runs `fn` here unless the workspace changed meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, generation, fn = std::move(fn)]() {
            if (generation == m_generation) {
                fn();
            }
        },
        Qt::QueuedConnection);
}

void LinkController::post(Job job, std::function<void(const QString &)> unavailable)
{
    if (!m_workspace.isValid()) {
        unavailable(tr("No workspace is open."));
        return;
    }
    if (m_state == State::Ready) {
        QMetaObject::invokeMethod(
            m_anchor, [this, job]() { job(m_service); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append({std::move(job), std::move(unavailable)});
    if (m_state == State::ReadingSecrets) {
        return;
    }
    m_state = State::ReadingSecrets;
    const quint64 generation = m_generation;
    WorkspaceSecrets::read(
        m_secrets, m_workspace.id, m_allowEnvironment, this,
        [this, generation](bool ok, const WorkspaceSecrets &secrets, const QString &error) {
            if (generation != m_generation) {
                return;
            }
            if (!ok) {
                // Asked again next time: the keychain may be unlocked by then.
                m_state = State::NoService;
                const auto waiting = std::move(m_waiting);
                m_waiting.clear();
                for (const auto &w : waiting) {
                    w.second(error);
                }
                return;
            }
            startService(secrets.metronomeToken, secrets.salesforceRefreshToken);
        });
}

void LinkController::startService(const QString &metronomeToken, const QString &salesforceRefreshToken)
{
    QString error;
    LinkService::Settings settings = LinkService::settingsFor(m_workspace, &error);
    if (!error.isEmpty()) {
        m_state = State::NoService;
        const auto waiting = std::move(m_waiting);
        m_waiting.clear();
        for (const auto &w : waiting) {
            w.second(error);
        }
        return;
    }
    settings.metronomeToken = metronomeToken;
    settings.salesforceRefreshToken = salesforceRefreshToken;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("nomesync-linking"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();
    // The service and its network objects are made on the worker thread they live on.
    QMetaObject::invokeMethod(
        m_anchor, [this, settings]() { m_service = new LinkService(settings); },
        Qt::BlockingQueuedConnection);
    m_state = State::Ready;
    const auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const auto &w : waiting) {
        const Job job = w.first;
        QMetaObject::invokeMethod(
            m_anchor, [this, job]() { job(m_service); }, Qt::QueuedConnection);
    }
}

template<typename Result>
void LinkController::call(QObject *context,
                          std::function<void(LinkService *, std::function<void(const Result &)>)> job,
                          std::function<void(const Result &)> done, Result (*failed)(const QString &),
                          std::function<void(const Result &)> after)
{
    begin();
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const quint64 generation = m_generation;
    auto answer = [this, guard, hasContext, done, after](const Result &result) {
        end();
        if (after) {
            after(result);
        }
        if (!hasContext || guard) {
            done(result);
        }
    };
    post(
        [this, job, answer, generation](LinkService *service) {
            job(service, [this, answer, generation](const Result &result) {
                deliver(generation, [answer, result]() { answer(result); });
            });
        },
        [answer, failed](const QString &error) { answer(failed(error)); });
}

void LinkController::checkAccount(const QString &typed, QObject *context,
                                  std::function<void(const AccountCheck &)> done)
{
    call<AccountCheck>(
        context,
        [typed](LinkService *s, std::function<void(const AccountCheck &)> reply) {
            s->checkAccount(typed, reply);
        },
        std::move(done), &AccountCheck::failed);
}

void LinkController::searchAccounts(const QString &text, QObject *context,
                                    std::function<void(const AccountSearch &)> done)
{
    call<AccountSearch>(
        context,
        [text](LinkService *s, std::function<void(const AccountSearch &)> reply) {
            s->searchAccounts(text, reply);
        },
        std::move(done), &AccountSearch::failed);
}

void LinkController::apply(const LinkRequest &request, QObject *context,
                           std::function<void(const LinkOutcome &)> done)
{
    call<LinkOutcome>(
        context,
        [request](LinkService *s, std::function<void(const LinkOutcome &)> reply) {
            s->apply(request, reply);
        },
        std::move(done), &LinkOutcome::failed,
        [this, request](const LinkOutcome &outcome) {
            if (outcome.ok) {
                emit linksChanged(request.customerId);
            }
        });
}

void LinkController::previewBulkFile(const QString &path, QObject *context,
                                     std::function<void(const BulkPreview &)> done)
{
    call<BulkPreview>(
        context,
        [path](LinkService *s, std::function<void(const BulkPreview &)> reply) {
            s->previewBulkFile(path, reply);
        },
        std::move(done), &BulkPreview::failed);
}

void LinkController::applyBulk(const QList<BulkRow> &rows, QObject *context,
                               std::function<void(int, int)> progress,
                               std::function<void(const BulkApplyResult &)> done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const quint64 generation = m_generation;
    auto report = [this, guard, hasContext, progress, generation](int n, int total) {
        deliver(generation, [guard, hasContext, progress, n, total]() {
            if (progress && (!hasContext || guard)) {
                progress(n, total);
            }
        });
    };
    call<BulkApplyResult>(
        context,
        [rows, report](LinkService *s, std::function<void(const BulkApplyResult &)> reply) {
            s->applyBulk(rows, report, reply);
        },
        std::move(done), &BulkApplyResult::failed,
        [this](const BulkApplyResult &result) {
            if (result.applied() > 0) {
                emit linksChanged(QString());
            }
        });
}

void LinkController::suggest(QObject *context, std::function<void(int)> progress,
                             std::function<void(const SuggestionResult &)> done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const quint64 generation = m_generation;
    auto report = [this, guard, hasContext, progress, generation](int n) {
        deliver(generation, [guard, hasContext, progress, n]() {
            if (progress && (!hasContext || guard)) {
                progress(n);
            }
        });
    };
    call<SuggestionResult>(
        context,
        [report](LinkService *s, std::function<void(const SuggestionResult &)> reply) {
            s->suggest(report, reply);
        },
        std::move(done), &SuggestionResult::failed);
}

void LinkController::fetchAccountNames(const QStringList &accountIds, QObject *context,
                                       std::function<void(int, const QString &)> done)
{
    struct Names
    {
        int stored = 0;
        QString error;
        static Names failed(const QString &message) { return Names{0, message}; }
    };
    call<Names>(
        context,
        [accountIds](LinkService *s, std::function<void(const Names &)> reply) {
            s->fetchAccountNames(accountIds, [reply](int stored, const QString &error) {
                reply(Names{stored, error});
            });
        },
        [done](const Names &n) { done(n.stored, n.error); }, &Names::failed,
        [this](const Names &n) {
            if (n.stored > 0) {
                emit linksChanged(QString());
            }
        });
}

void LinkController::stopBulk()
{
    if (m_state == State::Ready) {
        QMetaObject::invokeMethod(
            m_anchor, [this]() { m_service->stopBulk(); }, Qt::QueuedConnection);
    }
}

void LinkController::cancel()
{
    if (m_state == State::Ready) {
        QMetaObject::invokeMethod(
            m_anchor, [this]() { m_service->cancel(); }, Qt::QueuedConnection);
    }
}
