#include "MainWindow.h"

#include "CsvDownloadController.h"
#include "EmptyStateWidget.h"
#include "SettingsMenu.h"
#include "SyncActions.h"
#include "TrayNotifier.h"
#include "WorkspaceListModel.h"
#include "WorkspaceView.h"
#include "customers/LinkingPages.h"
#include "insight/CustomerInsightWindow.h"
#include "pages/FailuresPage.h"
#include "pages/OverviewPage.h"
#include "pages/SyncsPage.h"
#include "store/WorkspaceRegistry.h"
#include "sync/SyncLauncher.h"
#include "sync/SyncScheduler.h"
#include "util/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

#include <nomesync/Version.h>

MainWindow::MainWindow(WorkspaceRegistry *registry, SecretStore *secrets, SyncLauncher *launcher,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_launcher(launcher)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nomesync.svg")));
    setWindowTitle(tr("NomeSync"));

    m_workspaces = new WorkspaceListModel(m_registry, this);

    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_workspaceView = new WorkspaceView(m_stack);
    m_workspaceView->setObjectName(QStringLiteral("workspaceView"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_workspaceView);
    setCentralWidget(m_stack);

    m_scheduler = new SyncScheduler(this);
    m_tray = new TrayNotifier(this, this);
    m_syncActions = new SyncActions(this);
    m_downloads = new CsvDownloadController(this);
    buildPages();

    connect(m_emptyState, &EmptyStateWidget::setupRequested, this, [this]() { emit setupRequested(false); });
    connect(m_emptyState, &EmptyStateWidget::sandboxRequested, this, [this]() { emit setupRequested(true); });

    buildMenus();
    buildToolBar();

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_workspaces, &QAbstractItemModel::modelReset, this, &MainWindow::refreshState);
    connect(m_workspaces, &QAbstractItemModel::modelReset, this, &MainWindow::syncSessions);
    syncSessions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString last = settings.value(QStringLiteral("window/workspace")).toString();
    refreshState();
    if (!last.isEmpty()) {
        selectWorkspace(last);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWorkspace = file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Workspace…"));
    newWorkspace->setObjectName(QStringLiteral("actionNewWorkspace"));
    newWorkspace->setShortcut(QKeySequence::New);
    connect(newWorkspace, &QAction::triggered, this, [this]() { emit setupRequested(false); });
    // --- Setup wizard (issue 6): the same four steps again, on the current workspace.
    QAction *editSetup =
        file->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Edit Workspace Setup…"));
    editSetup->setObjectName(QStringLiteral("actionEditWorkspaceSetup"));
    editSetup->setEnabled(false);
    connect(this, &MainWindow::currentWorkspaceChanged, editSetup,
            [editSetup](const QString &id) { editSetup->setEnabled(!id.isEmpty()); });
    connect(editSetup, &QAction::triggered, this, [this]() {
        if (!m_currentId.isEmpty()) {
            emit editSetupRequested(m_currentId);
        }
    });
    // --- end setup wizard
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Window-wide, so F5, Esc / Ctrl+. and Ctrl+E work from every page.
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->setObjectName(QStringLiteral("syncMenu"));
    sync->addAction(m_syncActions->syncNowAction());
    sync->addAction(m_syncActions->fullSyncAction());
    sync->addAction(m_syncActions->selectObjectsAction());
    sync->addSeparator();
    sync->addAction(m_syncActions->cancelAction());
    sync->addSeparator();
    sync->addAction(m_failuresPage->exportAllAction());
    addAction(m_syncActions->syncNowAction());
    addAction(m_syncActions->cancelAction());
    addAction(m_failuresPage->exportAllAction());

    // --- Settings and Help (issue 12) ---------------------------------------------------------
    menuBar()->addMenu(new SettingsMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("NomeSync &User Guide"));
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::openUserGuide);
    QAction *logs = help->addAction(tr("Open &Log Folder"));
    connect(logs, &QAction::triggered, this,
            []() { QDesktopServices::openUrl(QUrl::fromLocalFile(AppPaths::logsDirectory())); });
    QAction *report = help->addAction(tr("&Report a Problem…"));
    connect(report, &QAction::triggered, this, []() {
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://github.com/nomesync/nomesync/issues/new")));
    });
    help->addSeparator();
    // --- end Settings and Help
    QAction *about = help->addAction(tr("&About NomeSync"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Workspace"));
    bar->setObjectName(QStringLiteral("workspaceToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *label = new QLabel(tr("&Workspace:"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    m_workspaceSelector = new QComboBox(bar);
    m_workspaceSelector->setObjectName(QStringLiteral("workspaceSelector"));
    m_workspaceSelector->setModel(m_workspaces);
    m_workspaceSelector->setMinimumContentsLength(24);
    m_workspaceSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workspaceSelector->setPlaceholderText(tr("No workspace"));
    label->setBuddy(m_workspaceSelector);
    bar->addWidget(label);
    bar->addWidget(m_workspaceSelector);
    connect(m_workspaceSelector, &QComboBox::activated, this, &MainWindow::onWorkspaceActivated);

    QAction *add = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add"));
    add->setToolTip(tr("Set up another workspace (another Metronome environment or Salesforce org)"));
    connect(add, &QAction::triggered, this, [this]() { emit setupRequested(false); });
}

QString MainWindow::currentWorkspaceId() const
{
    return m_currentId;
}

void MainWindow::buildPages()
{
    // The workspace's pages, in navigation order. Customers and Orphans belong between
    // Overview and Syncs, Settings at the end: insertPage(QStringLiteral("syncsPage"), …)
    // puts a page before Syncs.
    m_overviewPage = new OverviewPage(m_syncActions, m_workspaceView);
    m_syncsPage = new SyncsPage(m_downloads, m_workspaceView);
    m_failuresPage = new FailuresPage(m_downloads, m_workspaceView);
    m_workspaceView->addPage(QStringLiteral("overviewPage"), QIcon(QStringLiteral(":/icons/overview.svg")),
                             tr("Overview"), m_overviewPage);
    m_workspaceView->addPage(QStringLiteral("syncsPage"), QIcon(QStringLiteral(":/icons/syncs.svg")),
                             tr("Syncs"), m_syncsPage);
    m_workspaceView->addPage(QStringLiteral("failuresPage"), QIcon(QStringLiteral(":/icons/failures.svg")),
                             tr("Failures"), m_failuresPage);

    // ---- Customers and Orphans (issue 7: linking) -------------------------------------------
    // Both pages go before Syncs and follow the current workspace themselves.
    auto *linking = new LinkingPages(this, m_secrets, m_workspaceView);
    // Enter / double click on a customer of either page opens its detail window.
    connect(linking, &LinkingPages::customerActivated, this, &MainWindow::showCustomer);
    // ---- end Customers and Orphans ----------------------------------------------------------

    connect(m_overviewPage, &OverviewPage::showRunRequested, this, [this](qint64 runId) {
        m_workspaceView->showPage(QStringLiteral("syncsPage"));
        m_syncsPage->showRun(runId);
    });
    connect(m_overviewPage, &OverviewPage::showFailuresRequested, this, [this](qint64 runId) {
        m_workspaceView->showPage(QStringLiteral("failuresPage"));
        m_failuresPage->showRun(runId);
    });
    connect(m_syncsPage, &SyncsPage::showFailuresRequested, this,
            [this](qint64 runId, const QString &object) {
                m_workspaceView->showPage(QStringLiteral("failuresPage"));
                m_failuresPage->showRun(runId, object);
            });
}

void MainWindow::syncSessions()
{
    const QList<WorkspaceInfo> workspaces = m_registry->list();
    QSet<QString> present;
    for (const WorkspaceInfo &ws : workspaces) {
        present.insert(ws.id);
        if (m_sessions.contains(ws.id)) {
            continue;
        }
        auto *session = new WorkspaceSession(ws, m_launcher, this);
        if (m_reachabilityCheck) {
            session->setReachabilityCheck(m_reachabilityCheck);
        }
        session->attachScheduler(m_scheduler);
        m_tray->addSession(session);
        connect(session, &WorkspaceSession::startFailed, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        m_sessions.insert(ws.id, session);
    }
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        WorkspaceSession *gone = it.value();
        it = m_sessions.erase(it);
        if (currentSession() == gone) {
            setCurrentSession(nullptr);
        }
        m_tray->removeSession(gone);
        gone->attachScheduler(nullptr);
        gone->deleteLater();
    }
}

WorkspaceSession *MainWindow::currentSession() const
{
    return m_sessions.value(m_currentId);
}

void MainWindow::setCurrentSession(WorkspaceSession *session)
{
    m_syncActions->setSession(session);
    m_overviewPage->setSession(session);
    m_syncsPage->setSession(session);
    m_failuresPage->setSession(session);
}

void MainWindow::setReachabilityCheck(const WorkspaceSession::ReachabilityCheck &check)
{
    m_reachabilityCheck = check;
    for (WorkspaceSession *session : std::as_const(m_sessions)) {
        session->setReachabilityCheck(check);
    }
}

void MainWindow::setSandboxAvailable(bool available)
{
    m_emptyState->setSandboxAvailable(available);
}

void MainWindow::selectWorkspace(const QString &id)
{
    const int row = m_workspaces->rowOf(id);
    if (row < 0) {
        return;
    }
    m_workspaceSelector->setCurrentIndex(row);
    onWorkspaceActivated(row);
}

void MainWindow::onWorkspaceActivated(int row)
{
    const WorkspaceInfo ws = m_workspaces->workspaceAt(row);
    if (!ws.isValid()) {
        return;
    }
    m_currentId = ws.id;
    syncSessions();
    setCurrentSession(m_sessions.value(ws.id));
    m_workspaceView->setWorkspace(ws);
    m_stack->setCurrentWidget(m_workspaceView);
    setWindowTitle(tr("%1 — NomeSync").arg(ws.name));
    m_statusLabel->setText(tr("Environment: %1").arg(ws.environment));
    emit currentWorkspaceChanged(ws.id);
}

void MainWindow::refreshState()
{
    const bool hasWorkspaces = m_workspaces->rowCount() > 0;
    m_workspaceSelector->setEnabled(hasWorkspaces);
    if (!hasWorkspaces) {
        m_currentId.clear();
        setCurrentSession(nullptr);
        m_stack->setCurrentWidget(m_emptyState);
        setWindowTitle(tr("NomeSync"));
        m_statusLabel->setText(tr("No workspace"));
        return;
    }
    const int row = m_workspaces->rowOf(m_currentId);
    if (row >= 0) {
        m_workspaceSelector->setCurrentIndex(row);
    } else {
        m_workspaceSelector->setCurrentIndex(0);
        onWorkspaceActivated(0);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QStringList running;
    for (WorkspaceSession *session : std::as_const(m_sessions)) {
        if (session->isBusy()) {
            running.append(session->workspace().name);
        }
    }
    if (!running.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Quit NomeSync"),
                                                  tr("A sync of %1 is running. Quit anyway? The sync stops; "
                                                     "rows already written stay in Salesforce "
                                                     "and the next sync sends the rest.")
                                                      .arg(running.join(QStringLiteral(", "))),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/workspace"), m_currentId);
    event->accept();
}

// --- Customer insight (issue 9) -------------------------------------------------------------
void MainWindow::showCustomer(const QString &customerId)
{
    CustomerInsightWindow::showCustomer(currentSession(), customerId, m_secrets, this);
}
// --- end customer insight --------------------------------------------------------------------

void MainWindow::openUserGuide()
{
    QDesktopServices::openUrl(QUrl(QStringLiteral("https://github.com/nomesync/nomesync#user-guide")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NomeSync"),
                       tr("<h3>NomeSync %1</h3>"
                          "<p>Syncs Metronome billing data into the Metronome package objects of a "
                          "Salesforce org, and helps admins link customers, adopt orphans and review "
                          "every failed row.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(NOMESYNC_VERSION), QString::fromLatin1(qVersion())));
}
