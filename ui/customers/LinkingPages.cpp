#include "customers/LinkingPages.h"

#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "WorkspaceView.h"
#include "customers/CustomerLoader.h"
#include "linking/LinkController.h"
#include "pages/CustomersPage.h"
#include "pages/OrphansPage.h"

LinkingPages::LinkingPages(MainWindow *window, SecretStore *secrets, WorkspaceView *view)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("linkingPages"));
    m_controller = new LinkController(secrets, this);
    m_loader = new CustomerLoader(this);
    m_customers = new CustomersPage(m_loader, m_controller, view);
    m_orphans = new OrphansPage(m_loader, m_controller, view);
    view->insertPage(QStringLiteral("syncsPage"), QStringLiteral("customersPage"),
                     QIcon(QStringLiteral(":/icons/customers.svg")), tr("Customers"), m_customers);
    view->insertPage(QStringLiteral("syncsPage"), QStringLiteral("orphansPage"),
                     QIcon(QStringLiteral(":/icons/orphans.svg")), tr("Orphans"), m_orphans);

    connect(m_customers, &CustomersPage::customerActivated, this, &LinkingPages::customerActivated);
    connect(m_orphans, &OrphansPage::customerActivated, this, &LinkingPages::customerActivated);
    // Any link change (here, in a dialog, in a bulk apply) reloads both lists.
    connect(m_controller, &LinkController::linksChanged, this, &LinkingPages::reload);
    if (window) {
        connect(window, &MainWindow::currentWorkspaceChanged, this,
                [this]() { setSession(m_window ? m_window->currentSession() : nullptr); });
    }
}

void LinkingPages::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        m_controller->setWorkspace(session->workspace());
        // A finished sync rewrote the customer summary (names, links, spend, errors).
        connect(session, &WorkspaceSession::runFinished, this, &LinkingPages::reload);
        connect(session, &QObject::destroyed, this, [this]() { setSession(nullptr); });
        m_loader->load(session->workspace().databasePath);
    } else {
        m_controller->setWorkspace(WorkspaceInfo());
        m_loader->clear();
    }
    m_customers->setSession(session);
    m_orphans->setSession(session);
}

void LinkingPages::reload()
{
    if (m_session) {
        m_loader->load(m_session->workspace().databasePath);
    }
}
