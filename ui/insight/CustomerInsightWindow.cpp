#include "insight/CustomerInsightWindow.h"

#include "WorkspaceSession.h"
#include "insight/BurnDownChart.h"
#include "insight/CommitmentsModel.h"
#include "insight/CustomerInsightBuilder.h"
#include "insight/CustomerRefresh.h"
#include "insight/InsightDisplay.h"
#include "insight/InvoiceFilterProxy.h"
#include "insight/InvoiceTreeModel.h"
#include "insight/MoneyFormat.h"
#include "insight/SpendChart.h"
#include "insight/TermsModel.h"
#include "insight/UsageChart.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

QHash<QString, QPointer<CustomerInsightWindow>> &openWindows()
{
    static QHash<QString, QPointer<CustomerInsightWindow>> windows;
    return windows;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab moves on to the next control
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

QString badgeHtml(const InsightBadge &badge)
{
    QString icon;
    switch (badge.state) {
    case InsightBadge::State::Synced:
        icon = QStringLiteral(":/icons/state-ok.svg");
        break;
    case InsightBadge::State::Outdated:
        icon = QStringLiteral(":/icons/state-warning.svg");
        break;
    case InsightBadge::State::NotSent:
        icon = QStringLiteral(":/icons/state-failed.svg");
        break;
    case InsightBadge::State::NoObject:
        icon = QStringLiteral(":/icons/state-idle.svg");
        break;
    }
    return QStringLiteral("<img src=\"%1\" width=\"12\" height=\"12\"> %2")
        .arg(icon, badge.text().toHtmlEscaped());
}

} // namespace

CustomerInsightWindow::CustomerInsightWindow(WorkspaceSession *session, const QString &customerId,
                                             SecretStore *secrets, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_customerId(customerId)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("customerInsightWindow"));
    setWindowTitle(tr("Customer — NomeSync"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/customers.svg")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(tr("Loading…"), this);
    m_title->setObjectName(QStringLiteral("customerName"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customerBadge = new QLabel(this);
    m_customerBadge->setObjectName(QStringLiteral("customerBadge"));
    m_customerBadge->setTextFormat(Qt::RichText);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_customerBadge);
    titleRow->addStretch(1);
    titles->addLayout(titleRow);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("customerSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("insightStatus"));
    m_status->setWordWrap(true);
    m_status->setMaximumWidth(420);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_status);
    m_refreshButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/sync-now.svg")), tr("&Refresh from Metronome"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshFromMetronome"));
    m_refreshButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    header->addWidget(m_refreshButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("insightTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_tabs->addTab(buildInvoices(), tr("&Invoices"));
    layout->addWidget(m_tabs, 1);

    m_refresh = new CustomerRefresh(this);
    connect(m_refresh, &CustomerRefresh::finished, this, [this](bool ok, const QString &message, int, int) {
        m_status->setText(message);
        updateRefreshState();
        if (ok) {
            reload();
        }
        emit refreshFinished(ok, message);
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &CustomerInsightWindow::refreshFromMetronome);

    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    if (m_session) {
        // A finished sync changes what Salesforce holds (the badges) and may bring new figures.
        connect(m_session, &WorkspaceSession::runFinished, this, [this]() { reload(); });
        connect(m_session, &WorkspaceSession::stateChanged, this, [this]() { updateRefreshState(); });
        connect(m_session, &QObject::destroyed, this, &QWidget::close);
    }
    updateRefreshState();
    reload();
}

CustomerInsightWindow::~CustomerInsightWindow() = default;

CustomerInsightWindow *CustomerInsightWindow::showCustomer(WorkspaceSession *session,
                                                           const QString &customerId, SecretStore *secrets,
                                                           QWidget *parent)
{
    if (!session || customerId.isEmpty()) {
        return nullptr;
    }
    const QString key = session->workspace().id + QLatin1Char('/') + customerId;
    QPointer<CustomerInsightWindow> &window = openWindows()[key];
    // A closed window is only waiting to be deleted: open a new one.
    if (!window || (!window->isVisible() && window->testAttribute(Qt::WA_DeleteOnClose))) {
        window = new CustomerInsightWindow(session, customerId, secrets, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1280, 800);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QWidget *CustomerInsightWindow::buildOverview()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *termsHeading = heading(tr("Contracts and plans"), page);
    layout->addWidget(termsHeading);
    m_termsModel = new TermsModel(this);
    m_termsView = makeTable(m_termsModel, QStringLiteral("termsView"), page);
    m_termsView->setAccessibleName(tr("Contracts and plans"));
    m_termsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_termsView->horizontalHeader()->setSectionResizeMode(TermsModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_termsView);
    m_noTerms = new QLabel(tr("No contract and no plan: Metronome bills this customer nothing."), page);
    m_noTerms->setObjectName(QStringLiteral("noTerms"));
    m_noTerms->setForegroundRole(QPalette::PlaceholderText);
    m_noTerms->hide();
    layout->addWidget(m_noTerms);

    layout->addWidget(heading(tr("Commits and credits"), page));
    m_commitmentsModel = new CommitmentsModel(this);
    m_commitmentsView = makeTable(m_commitmentsModel, QStringLiteral("commitmentsView"), page);
    m_commitmentsView->setAccessibleName(tr("Commits and credits"));
    m_commitmentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_commitmentsView->horizontalHeader()->setSectionResizeMode(CommitmentsModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_commitmentsView);
    m_noCommitments = new QLabel(tr("No commits, credits or credit grants."), page);
    m_noCommitments->setObjectName(QStringLiteral("noCommitments"));
    m_noCommitments->setForegroundRole(QPalette::PlaceholderText);
    m_noCommitments->hide();
    layout->addWidget(m_noCommitments);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(8);
    m_burnDown = new BurnDownChart(page);
    m_usage = new UsageChart(page);
    m_spend = new SpendChart(page);
    charts->addWidget(m_burnDown, 1);
    charts->addWidget(m_usage, 1);
    charts->addWidget(m_spend, 1);
    layout->addLayout(charts, 1);
    return page;
}

QWidget *CustomerInsightWindow::buildInvoices()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *filterRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), page);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_statusFilter->addItem(tr("All invoices"), QString());
    m_statusFilter->addItem(tr("Draft"), QStringLiteral("DRAFT"));
    m_statusFilter->addItem(tr("Finalized"), QStringLiteral("FINALIZED"));
    m_statusFilter->addItem(tr("Void"), QStringLiteral("VOID"));
    label->setBuddy(m_statusFilter);
    filterRow->addWidget(label);
    filterRow->addWidget(m_statusFilter);
    m_invoiceSummary = new QLabel(page);
    m_invoiceSummary->setObjectName(QStringLiteral("invoiceSummary"));
    m_invoiceSummary->setForegroundRole(QPalette::PlaceholderText);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_invoiceSummary, 1);
    layout->addLayout(filterRow);

    m_invoiceModel = new InvoiceTreeModel(this);
    m_invoiceFilter = new InvoiceFilterProxy(this);
    m_invoiceFilter->setSourceModel(m_invoiceModel);
    m_invoiceTree = new QTreeView(page);
    m_invoiceTree->setObjectName(QStringLiteral("invoiceTree"));
    m_invoiceTree->setAccessibleName(tr("Invoices, line items and sub line items"));
    m_invoiceTree->setModel(m_invoiceFilter);
    m_invoiceTree->setAlternatingRowColors(true);
    m_invoiceTree->setUniformRowHeights(true);
    m_invoiceTree->header()->setStretchLastSection(false);
    m_invoiceTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_invoiceTree->header()->setSectionResizeMode(InvoiceTreeModel::Item, QHeaderView::Stretch);
    layout->addWidget(m_invoiceTree, 1);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_invoiceFilter->setStatus(m_statusFilter->currentData().toString()); });
    return page;
}

bool CustomerInsightWindow::isRefreshing() const
{
    return m_preparing || (m_refresh && m_refresh->isRunning());
}

void CustomerInsightWindow::reload()
{
    if (!m_session) {
        return;
    }
    const quint64 generation = ++m_generation;
    const QString path = m_session->workspace().databasePath;
    const QString customerId = m_customerId;
    auto *watcher = new QFutureWatcher<CustomerInsight>(this);
    connect(watcher, &QFutureWatcher<CustomerInsight>::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation == m_generation) { // a later reload supersedes this one
            apply(watcher->result());
        }
    });
    // Reading and decoding a few thousand rows is kept off the GUI thread.
    watcher->setFuture(QtConcurrent::run([path, customerId]() {
        WorkspaceDatabase database(path);
        CustomerInsight insight = CustomerInsightBuilder::build(database, customerId);
        WorkspaceDatabase::releaseThreadConnections();
        return insight;
    }));
}

void CustomerInsightWindow::apply(const CustomerInsight &insight)
{
    m_insight = insight;
    const QLocale locale;
    const QString name = insight.found ? insight.name : tr("Customer %1").arg(m_customerId);
    m_title->setText(name);
    setWindowTitle(tr("%1 — Customer — NomeSync").arg(name));
    m_customerBadge->setText(insight.found ? badgeHtml(insight.customerBadge) : QString());
    m_customerBadge->setToolTip(insight.customerBadge.toolTip());

    QStringList facts;
    facts.append(tr("Metronome ID %1").arg(m_customerId));
    if (!insight.found) {
        facts.append(tr("not in the workspace yet: run a sync or refresh from Metronome"));
    } else if (insight.salesforceAccountId.isEmpty()) {
        facts.append(tr("not linked to a Salesforce account (orphan)"));
    } else {
        facts.append(tr("Salesforce account %1").arg(insight.salesforceAccountId));
    }
    if (insight.archived) {
        facts.append(tr("archived"));
    }
    facts.append(tr("figures as of %1").arg(InsightDisplay::date(insight.asOf)));
    facts.append(
        insight.lastSync.isValid()
            ? tr("last sync %1").arg(locale.toString(insight.lastSync.toLocalTime(), QLocale::ShortFormat))
            : tr("never synced"));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    m_termsModel->setTerms(insight.terms, insight.asOf);
    m_termsView->setVisible(!insight.terms.isEmpty());
    m_noTerms->setVisible(insight.terms.isEmpty());
    fitTableHeight(m_termsView, 3);
    m_commitmentsModel->setCommitments(insight.commitments, insight.asOf);
    m_commitmentsView->setVisible(!insight.commitments.isEmpty());
    m_noCommitments->setVisible(insight.commitments.isEmpty());
    fitTableHeight(m_commitmentsView, 6);

    m_burnDown->setInsight(insight);
    m_usage->setInsight(insight);
    m_spend->setInsight(insight);

    m_invoiceModel->setInvoices(insight.invoices);
    int drafts = 0;
    int finalized = 0;
    for (const CustomerInsight::Invoice &invoice : insight.invoices) {
        drafts += invoice.isDraft() ? 1 : 0;
        finalized += !invoice.isDraft() && !invoice.isVoid() ? 1 : 0;
    }
    m_invoiceSummary->setText(
        tr("%1 invoices: %2 draft, %3 finalized, %4 void. Expand an invoice for its line items.")
            .arg(locale.toString(static_cast<int>(insight.invoices.size())), locale.toString(drafts),
                 locale.toString(finalized), locale.toString(insight.voidInvoices)));
    m_tabs->setTabText(1,
                       tr("&Invoices (%1)").arg(locale.toString(static_cast<int>(insight.invoices.size()))));
    m_loaded = true;
    emit loaded();
}

void CustomerInsightWindow::fitTableHeight(QTableView *view, int maxRows)
{
    view->resizeColumnsToContents();
    const int rows = std::min(std::max(1, view->model()->rowCount()), maxRows);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int height =
        view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth() + 2;
    view->setFixedHeight(height);
}

void CustomerInsightWindow::updateRefreshState()
{
    const bool busy = m_session && m_session->isBusy();
    const bool refreshing = isRefreshing();
    m_refreshButton->setEnabled(m_session && m_secrets && !busy && !refreshing);
    if (!m_secrets) {
        m_refreshButton->setToolTip(
            tr("Refreshing needs the workspace's Metronome API token, which this window "
               "was not given."));
    } else if (busy) {
        m_refreshButton->setToolTip(tr("A sync of this workspace is running; it reads this customer too."));
    } else {
        m_refreshButton->setToolTip(
            tr("Read this customer's contracts, invoices, plans, grants and usage from "
               "Metronome now, without a sync. Salesforce is not touched. (Ctrl+R)"));
    }
}

void CustomerInsightWindow::refreshFromMetronome()
{
    if (!m_session || !m_secrets || isRefreshing() || m_session->isBusy()) {
        return;
    }
    m_preparing = true;
    m_status->setText(tr("Reading this customer from Metronome…"));
    updateRefreshState();
    CustomerRefresh::prepare(m_session->workspace(), m_customerId, m_secrets, false, this,
                             [this](bool ok, const CustomerRefresh::Request &request, const QString &error) {
                                 m_preparing = false;
                                 QString startError;
                                 if (!ok || !m_refresh->start(request, &startError)) {
                                     const QString message = ok ? startError : error;
                                     m_status->setText(message);
                                     updateRefreshState();
                                     emit refreshFinished(false, message);
                                     return;
                                 }
                                 updateRefreshState();
                             });
}
