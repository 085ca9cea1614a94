#pragma once

#include "WorkspaceSession.h"

#include <QHash>
#include <QMainWindow>

class CsvDownloadController;
class EmptyStateWidget;
class FailuresPage;
class OverviewPage;
class SyncActions;
class SyncLauncher;
class SyncScheduler;
class SyncsPage;
class TrayNotifier;
class QComboBox;
class QLabel;
class QStackedWidget;
class SecretStore;
class WorkspaceListModel;
class WorkspaceRegistry;
class WorkspaceView;

// The application window: a workspace selector in the tool bar and either the empty state
// (no workspace yet) or the selected workspace's pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `launcher` turns "sync this workspace" into a running sync; null keeps syncing off.
    MainWindow(WorkspaceRegistry *registry, SecretStore *secrets, SyncLauncher *launcher = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentWorkspaceId() const;
    void selectWorkspace(const QString &id);
    void setSandboxAvailable(bool available);
    // How the Overview checks that Metronome answers (wired to the real client by the app).
    void setReachabilityCheck(const WorkspaceSession::ReachabilityCheck &check);

    WorkspaceSession *currentSession() const;
    WorkspaceSession *session(const QString &workspaceId) const { return m_sessions.value(workspaceId); }
    SyncScheduler *scheduler() const { return m_scheduler; }
    TrayNotifier *trayNotifier() const { return m_tray; }
    SyncActions *syncActions() const { return m_syncActions; }
    CsvDownloadController *downloads() const { return m_downloads; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    SyncsPage *syncsPage() const { return m_syncsPage; }
    FailuresPage *failuresPage() const { return m_failuresPage; }

public Q_SLOTS:
    // --- Customer insight (issue 9) ---------------------------------------------------------
    // Opens (or raises) the customer's detail window in the current workspace; the Customers
    // and Orphans pages connect their customerActivated(QString) signal here.
    void showCustomer(const QString &customerId);
    // --- end customer insight ----------------------------------------------------------------

Q_SIGNALS:
    void setupRequested(bool useSandbox);
    // Setup wizard (issue 6): run the setup again on this workspace to edit it.
    void editSetupRequested(const QString &workspaceId);
    void currentWorkspaceChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildPages();
    void syncSessions();
    void setCurrentSession(WorkspaceSession *session);
    void refreshState();
    void onWorkspaceActivated(int row);
    void showAbout();
    void openUserGuide();

    WorkspaceRegistry *m_registry;
    SecretStore *m_secrets;
    SyncLauncher *m_launcher;
    // One session per workspace, so a scheduled run of one goes on while another is shown.
    QHash<QString, WorkspaceSession *> m_sessions;
    WorkspaceSession::ReachabilityCheck m_reachabilityCheck;
    SyncScheduler *m_scheduler = nullptr;
    TrayNotifier *m_tray = nullptr;
    SyncActions *m_syncActions = nullptr;
    CsvDownloadController *m_downloads = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    SyncsPage *m_syncsPage = nullptr;
    FailuresPage *m_failuresPage = nullptr;
    WorkspaceListModel *m_workspaces = nullptr;
    QComboBox *m_workspaceSelector = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    WorkspaceView *m_workspaceView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_currentId;
};
