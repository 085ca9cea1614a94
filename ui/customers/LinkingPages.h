#pragma once

#include <QObject>
#include <QPointer>

class CustomerLoader;
class CustomersPage;
class LinkController;
class MainWindow;
class OrphansPage;
class SecretStore;
class WorkspaceSession;
class WorkspaceView;

// The Customers and Orphans pages with what they share: one customer loader (read off the GUI
// thread, again after every sync and every link change) and one link controller (linking on
// its own worker thread). Inserts both pages before Syncs and follows the window's current
// workspace by itself, so the main window needs a single line to have them.
class LinkingPages : public QObject
{
    Q_OBJECT

public:
    LinkingPages(MainWindow *window, SecretStore *secrets, WorkspaceView *view);

    CustomersPage *customersPage() const { return m_customers; }
    OrphansPage *orphansPage() const { return m_orphans; }
    LinkController *controller() const { return m_controller; }
    CustomerLoader *loader() const { return m_loader; }
    WorkspaceSession *session() const { return m_session; }

    void setSession(WorkspaceSession *session);

Q_SIGNALS:
    // Enter or a double click on a customer of either page: the detail view opens it.
    void customerActivated(const QString &customerId);

private:
    void reload();

    QPointer<MainWindow> m_window;
    QPointer<WorkspaceSession> m_session;
    LinkController *m_controller = nullptr;
    CustomerLoader *m_loader = nullptr;
    CustomersPage *m_customers = nullptr;
    OrphansPage *m_orphans = nullptr;
};
