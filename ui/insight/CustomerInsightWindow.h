#pragma once

#include "insight/CustomerInsight.h"

#include <QPointer>
#include <QWidget>

class BurnDownChart;
class CommitmentsModel;
class CustomerRefresh;
class InvoiceFilterProxy;
class InvoiceTreeModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class SecretStore;
class SpendChart;
class TermsModel;
class UsageChart;
class WorkspaceSession;

// The customer detail window: contract terms, commits and credits with balances, burn-down,
// daily usage and monthly spend charts, and the invoices with their line items, each figure
// with a badge telling whether Salesforce holds exactly that value. Everything comes from the
// workspace (it opens at once and works offline); "Refresh from Metronome" re-reads just this
// customer on a worker thread.
class CustomerInsightWindow : public QWidget
{
    Q_OBJECT

public:
    CustomerInsightWindow(WorkspaceSession *session, const QString &customerId,
                          SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~CustomerInsightWindow() override;

    // Opens the customer's window, or raises it when it is already open. The Customers and
    // Orphans pages call this (through MainWindow::showCustomer) on customerActivated.
    // Without `secrets` the window cannot refresh from Metronome.
    static CustomerInsightWindow *showCustomer(WorkspaceSession *session, const QString &customerId,
                                               SecretStore *secrets = nullptr, QWidget *parent = nullptr);

    const QString &customerId() const { return m_customerId; }
    const CustomerInsight &insight() const { return m_insight; }
    bool isLoaded() const { return m_loaded; }
    bool isRefreshing() const;

    // Reads the workspace again (off the GUI thread); loaded() follows.
    void reload();
    // "Refresh from Metronome".
    void refreshFromMetronome();

    TermsModel *termsModel() const { return m_termsModel; }
    CommitmentsModel *commitmentsModel() const { return m_commitmentsModel; }
    InvoiceTreeModel *invoiceModel() const { return m_invoiceModel; }
    InvoiceFilterProxy *invoiceFilter() const { return m_invoiceFilter; }
    BurnDownChart *burnDownChart() const { return m_burnDown; }
    UsageChart *usageChart() const { return m_usage; }
    SpendChart *spendChart() const { return m_spend; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void loaded();
    void refreshFinished(bool ok, const QString &message);

private:
    QWidget *buildOverview();
    QWidget *buildInvoices();
    void apply(const CustomerInsight &insight);
    void updateRefreshState();
    void fitTableHeight(QTableView *view, int maxRows);

    QPointer<WorkspaceSession> m_session;
    QString m_customerId;
    SecretStore *m_secrets = nullptr;
    CustomerInsight m_insight;
    bool m_loaded = false;
    quint64 m_generation = 0;
    CustomerRefresh *m_refresh = nullptr;
    bool m_preparing = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_customerBadge = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    TermsModel *m_termsModel = nullptr;
    QTableView *m_termsView = nullptr;
    QLabel *m_noTerms = nullptr;
    CommitmentsModel *m_commitmentsModel = nullptr;
    QTableView *m_commitmentsView = nullptr;
    QLabel *m_noCommitments = nullptr;
    BurnDownChart *m_burnDown = nullptr;
    UsageChart *m_usage = nullptr;
    SpendChart *m_spend = nullptr;
    InvoiceTreeModel *m_invoiceModel = nullptr;
    InvoiceFilterProxy *m_invoiceFilter = nullptr;
    QTreeView *m_invoiceTree = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_invoiceSummary = nullptr;
};
