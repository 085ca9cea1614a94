#include "MainWindow.h"

#include "EmptyStateWidget.h"
#include "WorkspaceListModel.h"
#include "WorkspaceView.h"
#include "store/WorkspaceRegistry.h"

#include <nomesync/Version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

MainWindow::MainWindow(WorkspaceRegistry *registry, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_secrets(secrets)
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

    connect(m_emptyState, &EmptyStateWidget::setupRequested, this, [this]() { emit setupRequested(false); });
    connect(m_emptyState, &EmptyStateWidget::sandboxRequested, this, [this]() { emit setupRequested(true); });

    buildMenus();
    buildToolBar();

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    connect(m_workspaces, &QAbstractItemModel::modelReset, this, &MainWindow::refreshState);

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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("NomeSync &User Guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::openUserGuide);
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/workspace"), m_currentId);
    event->accept();
}

void MainWindow::openUserGuide()
{
    QDesktopServices::openUrl(QUrl(QStringLiteral("https://github.com/nomesync/nomesync#readme")));
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
