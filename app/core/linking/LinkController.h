#pragma once

#include "linking/LinkTypes.h"
#include "store/WorkspaceInfo.h"

#include <QObject>

#include <functional>

class LinkService;
class QThread;
class SecretStore;

// The GUI's handle on linking: runs a LinkService on its own worker thread (own network
// access, own database connection), reads the workspace's secrets from the keychain once,
// when first needed, and hands every answer back on the caller's thread. Nothing here
// blocks: each call returns at once and its `done` runs later, exactly once, unless
// `context` was destroyed meanwhile.
class LinkController : public QObject
{
    Q_OBJECT

public:
    explicit LinkController(SecretStore *secrets, QObject *parent = nullptr);
    ~LinkController() override;

    // Headless use only: secrets from NOMESYNC_* variables when set.
    void setEnvironmentSecretsAllowed(bool allowed) { m_allowEnvironment = allowed; }
    // Another workspace: the previous one's work is cancelled and its answers dropped.
    void setWorkspace(const WorkspaceInfo &workspace);
    const WorkspaceInfo &workspace() const { return m_workspace; }
    bool isBusy() const { return m_pending > 0; }

    void checkAccount(const QString &typed, QObject *context,
                      std::function<void(const Linking::AccountCheck &)> done);
    void searchAccounts(const QString &text, QObject *context,
                        std::function<void(const Linking::AccountSearch &)> done);
    void apply(const Linking::LinkRequest &request, QObject *context,
               std::function<void(const Linking::LinkOutcome &)> done);
    void previewBulkFile(const QString &path, QObject *context,
                         std::function<void(const Linking::BulkPreview &)> done);
    void applyBulk(const QList<Linking::BulkRow> &rows, QObject *context,
                   std::function<void(int done, int total)> progress,
                   std::function<void(const Linking::BulkApplyResult &)> done);
    void suggest(QObject *context, std::function<void(int accountsRead)> progress,
                 std::function<void(const Linking::SuggestionResult &)> done);
    void fetchAccountNames(const QStringList &accountIds, QObject *context,
                           std::function<void(int stored, const QString &error)> done);

    // A bulk apply starts no further row (rows in progress finish).
    void stopBulk();
    // Stops everything in progress; the callbacks come back with a cancelled result.
    void cancel();

Q_SIGNALS:
    // A link changed (or account names arrived): customer lists should reload. Empty: many.
    void linksChanged(const QString &customerId);
    void busyChanged(bool busy);

private:
    using Job = std::function<void(LinkService *service)>;
    // Runs `job` on the worker once the service exists; `unavailable` runs instead (on this
    // thread) when it cannot be made.
    void post(Job job, std::function<void(const QString &error)> unavailable);
    void startService(const QString &metronomeToken, const QString &salesforceRefreshToken);
    void stopService();
    void begin();
    void end();
    template<typename Result>
    void call(QObject *context, std::function<void(LinkService *, std::function<void(const Result &)>)> job,
              std::function<void(const Result &)> done, Result (*failed)(const QString &),
              std::function<void(const Result &)> after = nullptr);
    // Runs `fn` on this object's thread if the workspace did not change meanwhile.
    void deliver(quint64 generation, std::function<void()> fn);

    enum class State
    {
        NoService,
        ReadingSecrets,
        Ready
    };

    SecretStore *m_secrets;
    bool m_allowEnvironment = false;
    WorkspaceInfo m_workspace;
    State m_state = State::NoService;
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr;      // lives on the worker thread; jobs are posted to it
    LinkService *m_service = nullptr; // touched only on the worker thread
    QList<QPair<Job, std::function<void(const QString &)>>> m_waiting;
    quint64 m_generation = 0;
    int m_pending = 0;
};
