#pragma once

#include "sync/SyncTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QMenu;
class QSystemTrayIcon;
class QWidget;
class WorkspaceSession;

// The tray icon with the last sync state (running, ok, with errors, failed) across the open
// workspaces, and one desktop notification when a *scheduled* run fails or ends with
// errors: never more than one per run, and none for runs the admin started and watches.
// Without a system tray (offscreen, some desktops) it still decides, but shows nothing.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget *window, QObject *parent = nullptr);

    void addSession(WorkspaceSession *session);
    void removeSession(WorkspaceSession *session);

    bool hasTrayIcon() const { return m_tray != nullptr; }
    // The icon the tray shows now (":/icons/state-….svg").
    const QString &iconPath() const { return m_iconPath; }
    const QString &toolTip() const { return m_toolTip; }

Q_SIGNALS:
    // Emitted for every notification decided, whether or not a tray could show it.
    void notified(const QString &workspaceId, qint64 runId, const QString &title, const QString &message);

private:
    struct Last
    {
        QString workspaceName;
        Sync::RunState state = Sync::RunState::Queued;
        bool known = false;
        bool running = false;
        QString message;
    };

    void onFinished(WorkspaceSession *session, qint64 runId, Sync::RunState state, const QString &message,
                    Sync::Trigger trigger);
    void refresh();
    void showWindow();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QHash<QString, Last> m_last; // workspace id ->
    QSet<QString> m_notified;    // "workspace:run"
    QString m_iconPath;
    QString m_toolTip;
};
