#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class PackageDefinition;
class QAction;
class QMenu;
class QWidget;
class WorkspaceSession;

// The window's sync commands, bound to the selected workspace's session: Sync now (F5),
// Full sync, Only these objects…, and Cancel (Esc, Ctrl+.). Pages show them as buttons;
// the main window puts them in its Sync menu, so the shortcuts work from every page.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    // Picks objects for "Only these objects…"; nullopt when the user cancelled.
    using ObjectChooser =
        std::function<std::optional<QStringList>(const PackageDefinition &package, QWidget *parent)>;

    explicit SyncActions(QWidget *window);

    void setSession(WorkspaceSession *session);
    WorkspaceSession *session() const { return m_session; }

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *fullSyncAction() const { return m_fullSync; }
    QAction *selectObjectsAction() const { return m_selectObjects; }
    QAction *cancelAction() const { return m_cancel; }
    // Full sync and Only these objects…, for the Sync now button's menu.
    QMenu *syncMenu() const { return m_menu; }

    void setObjectChooser(ObjectChooser chooser) { m_chooser = std::move(chooser); }

private:
    void updateState();
    void chooseObjectsAndSync();

    QWidget *m_window;
    QPointer<WorkspaceSession> m_session;
    QAction *m_syncNow = nullptr;
    QAction *m_fullSync = nullptr;
    QAction *m_selectObjects = nullptr;
    QAction *m_cancel = nullptr;
    QMenu *m_menu = nullptr;
    ObjectChooser m_chooser;
};
