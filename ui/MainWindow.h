#pragma once

#include <QMainWindow>

class EmptyStateWidget;
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
    MainWindow(WorkspaceRegistry *registry, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentWorkspaceId() const;
    void selectWorkspace(const QString &id);
    void setSandboxAvailable(bool available);

Q_SIGNALS:
    void setupRequested(bool useSandbox);
    void currentWorkspaceChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void refreshState();
    void onWorkspaceActivated(int row);
    void showAbout();
    void openUserGuide();

    WorkspaceRegistry *m_registry;
    SecretStore *m_secrets;
    WorkspaceListModel *m_workspaces = nullptr;
    QComboBox *m_workspaceSelector = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    WorkspaceView *m_workspaceView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_currentId;
};
