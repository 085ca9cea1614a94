#pragma once

#include <QMenu>

class QAction;
class SystemdUserTimer;

// Settings ▸ Language (applied at the next start) and Settings ▸ Daily Sync in the
// Background, which enables or disables the systemd user timer without blocking the window.
class SettingsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SettingsMenu(QWidget *parent = nullptr);

    QAction *backgroundSyncAction() const { return m_backgroundSync; }
    SystemdUserTimer *timer() const { return m_timer; }

private:
    void buildLanguageMenu();
    void onBackgroundSyncTriggered(bool enable);
    void onTimerFinished(bool ok, const QString &message);

    QAction *m_backgroundSync = nullptr;
    SystemdUserTimer *m_timer = nullptr;
};
