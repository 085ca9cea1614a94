#pragma once

#include <QPointer>
#include <QWidget>

class CopyableTableView;
class CustomerFilterProxy;
class CustomerListModel;
class CustomerLoader;
class LinkController;
class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class WorkspaceSession;
struct CustomerEntry;

namespace Linking {
struct LinkOutcome;
} // namespace Linking

// Every customer of the workspace in one table that stays smooth at 100,000 rows: name,
// Metronome ID, ingest aliases, linked account(s) with their names, linked or orphan, this
// month's spend, when Salesforce last confirmed it and its last error. Search as you type (name,
// ID, alias, account), All / Linked / Orphans / With errors, sort by any column, Ctrl+C copies
// cells. From here: Link, Add account, Unlink, Bulk link from CSV and the audit log. Enter or a
// double click asks for the customer's detail (customerActivated).
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    CustomersPage(CustomerLoader *loader, LinkController *controller, QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);

    CustomerListModel *model() const { return m_model; }
    CustomerFilterProxy *proxy() const { return m_proxy; }
    CopyableTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *noticeLabel() const { return m_notice; }
    QAction *linkAction() const { return m_link; }
    QAction *addAccountAction() const { return m_addAccount; }
    QAction *unlinkAction() const { return m_unlink; }
    QAction *bulkLinkAction() const { return m_bulk; }
    QAction *auditAction() const { return m_audit; }
    QAction *workspaceAuditAction() const { return m_workspaceAudit; }
    // 0 All, 1 Linked, 2 Orphans, 3 With errors.
    void setStatusFilter(int filter);
    // Selects a customer's row (clears the search and filter if they hide it).
    bool selectCustomer(const QString &customerId);
    // The selected customer's ID; empty if none.
    QString currentCustomerId() const;

    // Opened dialogs (not modal, so tests and screenshots can drive them).
    void openLinkDialog(bool furtherAccount = false);
    void openBulkDialog(const QString &path = QString());
    void openAuditLog(bool workspace);
    void unlinkCurrent(const QString &accountId = QString());

Q_SIGNALS:
    void customerActivated(const QString &customerId);

private:
    void onLoaded();
    void applySearch();
    void refreshActions();
    void refreshSummary();
    void showOutcome(const Linking::LinkOutcome &outcome);
    void showNotice(const QString &text, const QString &color);
    void fetchMissingNames();
    const CustomerEntry *currentEntry() const;

    QPointer<WorkspaceSession> m_session;
    CustomerLoader *m_loader;
    QPointer<LinkController> m_controller;
    CustomerListModel *m_model = nullptr;
    CustomerFilterProxy *m_proxy = nullptr;
    QString m_pendingSelection;
    QStringList m_namesAsked;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QButtonGroup *m_filters = nullptr;
    QList<QToolButton *> m_filterButtons;
    CopyableTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_loading = nullptr;
    QAction *m_link = nullptr;
    QAction *m_addAccount = nullptr;
    QAction *m_unlink = nullptr;
    QAction *m_bulk = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_workspaceAudit = nullptr;
    QAction *m_refresh = nullptr;
};
