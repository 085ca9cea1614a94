#include "SyncActions.h"

#include "ObjectPickerDialog.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

SyncActions::SyncActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_syncNow = new QAction(QIcon(QStringLiteral(":/icons/sync-now.svg")), tr("Sync &Now"), this);
    m_syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setShortcutContext(Qt::WindowShortcut);
    connect(m_syncNow, &QAction::triggered, this, [this]() {
        if (m_session) {
            m_session->startSync(Sync::Trigger::Manual);
        }
    });

    m_fullSync = new QAction(tr("&Full Sync"), this);
    m_fullSync->setObjectName(QStringLiteral("actionFullSync"));
    m_fullSync->setStatusTip(tr("Send every row again, changed or not"));
    connect(m_fullSync, &QAction::triggered, this, [this]() {
        if (m_session) {
            m_session->startSync(Sync::Trigger::Manual, true);
        }
    });

    m_selectObjects = new QAction(tr("Only &These Objects…"), this);
    m_selectObjects->setObjectName(QStringLiteral("actionSyncObjects"));
    m_selectObjects->setStatusTip(tr("Sync the changed rows of the objects you pick"));
    connect(m_selectObjects, &QAction::triggered, this, &SyncActions::chooseObjectsAndSync);

    m_cancel = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel Sync"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancelSync"));
    m_cancel->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    m_cancel->setStatusTip(tr("Stop the running sync; rows already written stay in Salesforce"));
    connect(m_cancel, &QAction::triggered, this, [this]() {
        if (m_session) {
            m_session->cancelSync();
        }
    });

    m_menu = new QMenu(window);
    m_menu->addAction(m_fullSync);
    m_menu->addAction(m_selectObjects);

    m_chooser = [](const PackageDefinition &package, QWidget *parent) -> std::optional<QStringList> {
        ObjectPickerDialog dialog(package, {}, parent);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.selectedObjects();
    };
    updateState();
}

void SyncActions::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &WorkspaceSession::stateChanged, this, &SyncActions::updateState);
    }
    updateState();
}

void SyncActions::updateState()
{
    const bool canSync = m_session && m_session->canSync();
    const bool idle = m_session && !m_session->isBusy();
    for (QAction *action : {m_syncNow, m_fullSync, m_selectObjects}) {
        action->setEnabled(canSync && idle);
    }
    m_selectObjects->setEnabled(canSync && idle && m_session->package());
    m_cancel->setEnabled(m_session && m_session->isBusy());
    const QString reason = m_session && !canSync ? WorkspaceSession::syncUnavailableReason() : QString();
    m_syncNow->setToolTip(reason.isEmpty() ? tr("Send what changed since the last sync (F5)") : reason);
    m_fullSync->setToolTip(reason.isEmpty() ? m_fullSync->statusTip() : reason);
    m_selectObjects->setToolTip(reason.isEmpty() ? m_selectObjects->statusTip() : reason);
    m_cancel->setToolTip(tr("Stop the running sync (Esc)"));
}

void SyncActions::chooseObjectsAndSync()
{
    if (!m_session || !m_session->package() || !m_chooser) {
        return;
    }
    const std::optional<QStringList> objects = m_chooser(*m_session->package(), m_window);
    if (!objects || objects->isEmpty() || !m_session) {
        return;
    }
    m_session->startSync(Sync::Trigger::Manual, false, *objects);
}
