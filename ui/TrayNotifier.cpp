#include "TrayNotifier.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "models/RunListModel.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Sync;

TrayNotifier::TrayNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_menu = new QMenu(window);
        QAction *show = m_menu->addAction(tr("&Show NomeSync"));
        connect(show, &QAction::triggered, this, &TrayNotifier::showWindow);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                showWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindow);
    }
    refresh();
    if (m_tray) {
        m_tray->show();
    }
}

void TrayNotifier::addSession(WorkspaceSession *session)
{
    const QString id = session->workspace().id;
    Last last;
    last.workspaceName = session->workspace().name;
    // The newest finished run sets the starting state.
    const RunListModel *runs = session->runs();
    for (int row = 0; row < runs->rowCount(); ++row) {
        const RunRecord &run = runs->runAt(row);
        if (isFinished(run.state)) {
            last.state = run.state;
            last.known = true;
            last.message = run.message;
            break;
        }
    }
    m_last.insert(id, last);
    connect(session, &WorkspaceSession::runStarted, this, [this, id]() {
        m_last[id].running = true;
        refresh();
    });
    connect(session, &WorkspaceSession::runFinished, this,
            [this, session](qint64 runId, RunState state, const QString &message, Trigger trigger) {
                onFinished(session, runId, state, message, trigger);
            });
    refresh();
}

void TrayNotifier::removeSession(WorkspaceSession *session)
{
    disconnect(session, nullptr, this, nullptr);
    m_last.remove(session->workspace().id);
    refresh();
}

void TrayNotifier::onFinished(WorkspaceSession *session, qint64 runId, RunState state, const QString &message,
                              Trigger trigger)
{
    const QString id = session->workspace().id;
    Last &last = m_last[id];
    last.running = false;
    last.known = true;
    last.state = state;
    last.message = message;
    refresh();

    const bool bad = state == RunState::Failed || state == RunState::CompletedWithErrors;
    const QString key = QStringLiteral("%1:%2").arg(id).arg(runId);
    if (trigger != Trigger::Scheduled || !bad || m_notified.contains(key)) {
        return;
    }
    m_notified.insert(key);
    const QString title =
        state == RunState::Failed
            ? tr("Scheduled sync of %1 failed").arg(session->workspace().name)
            : tr("Scheduled sync of %1 finished with errors").arg(session->workspace().name);
    emit notified(id, runId, title, message);
    if (m_tray) {
        m_tray->showMessage(title, message,
                            state == RunState::Failed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    }
}

void TrayNotifier::refresh()
{
    // Running beats everything; then the worst last state across workspaces.
    bool running = false;
    int worst = -1;
    QStringList lines;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        const Last &last = it.value();
        running = running || last.running;
        int rank = 0;
        if (last.known) {
            switch (last.state) {
            case RunState::Failed:
                rank = 3;
                break;
            case RunState::CompletedWithErrors:
            case RunState::Interrupted:
                rank = 2;
                break;
            default:
                rank = 1;
                break;
            }
        }
        worst = std::max(worst, rank);
        const QString state = last.running ? displayName(RunState::Running)
                              : last.known ? displayName(last.state)
                                           : tr("Not synced yet");
        lines.append(tr("%1: %2").arg(last.workspaceName, state));
    }
    if (running) {
        m_iconPath = DisplayFormat::stateIconPath(RunState::Running);
    } else if (worst == 3) {
        m_iconPath = DisplayFormat::stateIconPath(RunState::Failed);
    } else if (worst == 2) {
        m_iconPath = DisplayFormat::stateIconPath(RunState::CompletedWithErrors);
    } else if (worst == 1) {
        m_iconPath = DisplayFormat::stateIconPath(RunState::Completed);
    } else {
        m_iconPath = QStringLiteral(":/icons/state-idle.svg");
    }
    lines.sort();
    m_toolTip = lines.isEmpty() ? tr("NomeSync") : tr("NomeSync\n%1").arg(lines.join(QLatin1Char('\n')));
    if (m_tray) {
        m_tray->setIcon(QIcon(m_iconPath));
        m_tray->setToolTip(m_toolTip);
    }
}

void TrayNotifier::showWindow()
{
    if (m_window) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
}
