#include "pages/CustomersPage.h"

#include "CopyableTableView.h"
#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "customers/AuditLogDialog.h"
#include "customers/BulkLinkDialog.h"
#include "customers/CustomerFilterProxy.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerLoader.h"
#include "customers/LinkAccountDialog.h"
#include "linking/LinkController.h"
#include "store/SettingKeys.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Linking;

namespace {

// Typing pauses shorter than this are one search: at 100,000 rows each search is a full pass.
constexpr int kSearchDelayMs = 120;
constexpr int kNamesPerRound = 2000;

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAutoRaise(false);
    return button;
}

} // namespace

CustomersPage::CustomersPage(CustomerLoader *loader, LinkController *controller, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_controller(controller)
{
    m_model = new CustomerListModel(this);
    m_proxy = new CustomerFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, Metronome ID, ingest alias or account (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(340);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter in the search box goes to the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        applySearch();
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });

    m_filters = new QButtonGroup(this);
    m_filters->setExclusive(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(0);
    const QStringList names = {tr("All"), tr("Linked"), tr("Orphans"), tr("With errors")};
    const QStringList objectNames = {QStringLiteral("filterAll"), QStringLiteral("filterLinked"),
                                     QStringLiteral("filterOrphans"), QStringLiteral("filterErrors")};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectNames.at(i));
        button->setText(names.at(i));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setChecked(i == 0);
        m_filters->addButton(button, i);
        m_filterButtons.append(button);
        filterRow->addWidget(button);
    }
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setStatusFilter(id); });

    m_link = new QAction(QIcon(QStringLiteral(":/icons/link.svg")), tr("&Link…"), this);
    m_link->setObjectName(QStringLiteral("actionLinkCustomer"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_link, &QAction::triggered, this, [this]() { openLinkDialog(false); });
    m_addAccount = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Account…"), this);
    m_addAccount->setObjectName(QStringLiteral("actionAddAccount"));
    m_addAccount->setToolTip(
        tr("Link a further Salesforce account to this customer (kept in NomeSync and written "
           "to Salesforce)"));
    connect(m_addAccount, &QAction::triggered, this, [this]() { openLinkDialog(true); });
    m_unlink = new QAction(QIcon(QStringLiteral(":/icons/unlink.svg")), tr("&Unlink…"), this);
    m_unlink->setObjectName(QStringLiteral("actionUnlinkCustomer"));
    connect(m_unlink, &QAction::triggered, this, [this]() { unlinkCurrent(); });
    m_bulk = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Bulk Link from CSV…"), this);
    m_bulk->setObjectName(QStringLiteral("actionBulkLink"));
    connect(m_bulk, &QAction::triggered, this, [this]() { openBulkDialog(); });
    m_audit = new QAction(QIcon(QStringLiteral(":/icons/history.svg")), tr("&History…"), this);
    m_audit->setObjectName(QStringLiteral("actionCustomerAudit"));
    m_audit->setToolTip(tr("Who linked or unlinked this customer, when, and what moved"));
    connect(m_audit, &QAction::triggered, this, [this]() { openAuditLog(false); });
    m_workspaceAudit = new QAction(QIcon(QStringLiteral(":/icons/history.svg")), tr("Audit &Log…"), this);
    m_workspaceAudit->setObjectName(QStringLiteral("actionWorkspaceAudit"));
    m_workspaceAudit->setToolTip(tr("Every link change in this workspace"));
    connect(m_workspaceAudit, &QAction::triggered, this, [this]() { openAuditLog(true); });
    m_refresh = new QAction(tr("Reload"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refresh, &QAction::triggered, this, [this]() {
        if (m_session) {
            m_loader->load(m_session->workspace().databasePath);
        }
    });
    addAction(m_refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addSpacing(12);
    top->addLayout(filterRow);
    top->addStretch(1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(toolButton(m_link, this));
    actions->addWidget(toolButton(m_addAccount, this));
    actions->addWidget(toolButton(m_unlink, this));
    actions->addWidget(toolButton(m_audit, this));
    actions->addStretch(1);
    actions->addWidget(toolButton(m_bulk, this));
    actions->addWidget(toolButton(m_workspaceAudit, this));

    m_view = new CopyableTableView(this);
    m_view->setObjectName(QStringLiteral("customersView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CustomerListModel::NameColumn, Qt::AscendingOrder);
    m_view->setColumnWidth(CustomerListModel::NameColumn, 175);
    m_view->setColumnWidth(CustomerListModel::IdColumn, 110);
    m_view->setColumnWidth(CustomerListModel::AliasesColumn, 135);
    m_view->setColumnWidth(CustomerListModel::AccountsColumn, 235);
    m_view->setColumnWidth(CustomerListModel::StatusColumn, 78);
    m_view->setColumnWidth(CustomerListModel::SpendColumn, 92);
    m_view->setColumnWidth(CustomerListModel::LastSyncedColumn, 100);
    // Right-click offers what the buttons do, next to Copy.
    m_view->addAction(m_link);
    m_view->addAction(m_addAccount);
    m_view->addAction(m_unlink);
    m_view->addAction(m_audit);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(CustomerListModel::CustomerIdRole).toString();
        if (!id.isEmpty()) {
            emit customerActivated(id);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::refreshActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        if (!m_pendingSelection.isEmpty()) {
            const int row = m_model->rowOfCustomer(m_pendingSelection);
            const QModelIndex proxyIndex =
                row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
            if (proxyIndex.isValid()) {
                m_view->setCurrentIndex(proxyIndex);
                m_view->scrollTo(proxyIndex);
            }
        }
        refreshSummary();
        refreshActions();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("customersSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("customersNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_loading = new QLabel(tr("Loading customers…"), this);
    m_loading->setObjectName(QStringLiteral("customersLoading"));
    m_loading->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_loading);
    layout->addLayout(bottom);

    setTabOrder(m_search, m_filterButtons.constFirst());
    for (int i = 1; i < m_filterButtons.size(); ++i) {
        setTabOrder(m_filterButtons.at(i - 1), m_filterButtons.at(i));
    }
    setTabOrder(m_filterButtons.constLast(), m_view);

    connect(m_loader, &CustomerLoader::loaded, this, &CustomersPage::onLoaded);
    connect(m_loader, &CustomerLoader::loadingChanged, this,
            [this](bool loading) { m_loading->setVisible(loading); });
    connect(m_loader, &CustomerLoader::failed, this, [this](const QString &error) {
        showNotice(tr("The customers could not be read: %1").arg(error), QStringLiteral("#b91c1c"));
    });
    if (m_controller) {
        connect(m_controller, &LinkController::busyChanged, this, &CustomersPage::refreshActions);
    }
    refreshActions();
    refreshSummary();
}

void CustomersPage::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_namesAsked.clear();
    showNotice(QString(), QString());
    if (session) {
        connect(session, &WorkspaceSession::stateChanged, this, &CustomersPage::refreshActions);
    }
    onLoaded();
}

void CustomersPage::onLoaded()
{
    const bool current = m_session && m_loader->databasePath() == m_session->workspace().databasePath;
    const QString selected = currentCustomerId();
    if (!selected.isEmpty()) {
        m_pendingSelection = selected;
    }
    m_model->setCustomers(current ? m_loader->customers() : QVector<CustomerEntry>());
    m_loading->setVisible(m_loader->isLoading());
    refreshSummary();
    refreshActions();
    if (current) {
        fetchMissingNames();
    }
}

void CustomersPage::fetchMissingNames()
{
    // Account names are read from the org once, in batches, off the GUI thread.
    if (!m_controller || !m_session ||
        m_session->setting(SettingKeys::SetupComplete) != QLatin1String("true")) {
        return;
    }
    QStringList missing;
    for (const CustomerEntry &c : m_loader->customers()) {
        const QStringList ids = c.allAccountIds();
        for (int i = 0; i < ids.size() && missing.size() < kNamesPerRound; ++i) {
            if (c.accountNames.value(i).isEmpty() && !m_namesAsked.contains(ids.at(i)) &&
                !missing.contains(ids.at(i))) {
                missing.append(ids.at(i));
            }
        }
        if (missing.size() >= kNamesPerRound) {
            break;
        }
    }
    if (missing.isEmpty()) {
        return;
    }
    m_namesAsked.append(missing);
    m_controller->fetchAccountNames(missing, this, [](int, const QString &) {});
}

void CustomersPage::applySearch()
{
    m_searchTimer->stop();
    const QString id = currentCustomerId();
    if (!id.isEmpty()) {
        m_pendingSelection = id;
    }
    m_proxy->setSearchText(m_search->text());
}

void CustomersPage::setStatusFilter(int filter)
{
    if (QAbstractButton *button = m_filters->button(filter)) {
        button->setChecked(true);
    }
    const QString id = currentCustomerId();
    if (!id.isEmpty()) {
        m_pendingSelection = id;
    }
    m_proxy->setStatus(static_cast<CustomerFilterProxy::Status>(filter));
}

bool CustomersPage::selectCustomer(const QString &customerId)
{
    const int row = m_model->rowOfCustomer(customerId);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        applySearch();
        setStatusFilter(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

QString CustomersPage::currentCustomerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CustomerListModel::CustomerIdRole).toString() : QString();
}

const CustomerEntry *CustomersPage::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return nullptr;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    return source.isValid() ? &m_model->customerAt(source.row()) : nullptr;
}

void CustomersPage::refreshSummary()
{
    int linked = 0;
    int errors = 0;
    const int total = m_model->rowCount();
    for (int row = 0; row < total; ++row) {
        const CustomerEntry &c = m_model->customerAt(row);
        linked += c.isLinked() ? 1 : 0;
        errors += c.lastErrorCode.isEmpty() ? 0 : 1;
    }
    const QList<int> counts = {total, linked, total - linked, errors};
    const QStringList names = {tr("All"), tr("Linked"), tr("Orphans"), tr("With errors")};
    for (int i = 0; i < m_filterButtons.size(); ++i) {
        m_filterButtons.at(i)->setText(tr("%1  %2").arg(names.at(i), DisplayFormat::number(counts.at(i))));
    }
    if (!m_session) {
        m_summary->clear();
        return;
    }
    if (total == 0) {
        m_summary->setText(m_loader->isLoading() ? QString()
                                                 : tr("No customers yet: they appear after the first sync."));
        return;
    }
    m_summary->setText(tr("Showing %1 of %2 customers")
                           .arg(DisplayFormat::number(m_proxy->rowCount()), DisplayFormat::number(total)));
}

void CustomersPage::refreshActions()
{
    const CustomerEntry *c = currentEntry();
    const bool syncing = m_session && m_session->isBusy();
    const bool usable = m_session && m_controller && !syncing;
    const QString why = syncing ? tr("A sync is running; change links when it has finished.") : QString();
    m_link->setEnabled(usable && c);
    m_addAccount->setEnabled(usable && c && c->isLinked());
    m_unlink->setEnabled(usable && c && c->isLinked());
    m_audit->setEnabled(m_session && c);
    m_bulk->setEnabled(usable);
    m_workspaceAudit->setEnabled(m_session);
    for (QAction *a : {m_link, m_addAccount, m_unlink, m_bulk}) {
        a->setStatusTip(why);
    }
    m_link->setToolTip(syncing ? why : tr("Link the selected customer to a Salesforce account (Ctrl+L)"));
}

void CustomersPage::openLinkDialog(bool furtherAccount)
{
    const CustomerEntry *c = currentEntry();
    if (!c || !m_controller || !m_session) {
        return;
    }
    auto *dialog = new LinkAccountDialog(m_controller, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectLabels(m_session->objectLabels());
    dialog->setAddAsFurther(furtherAccount);
    connect(dialog, &LinkAccountDialog::linked, this, &CustomersPage::showOutcome);
    dialog->open();
}

void CustomersPage::openBulkDialog(const QString &path)
{
    if (!m_controller || !m_session) {
        return;
    }
    auto *dialog = new BulkLinkDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!path.isEmpty()) {
        dialog->openFile(path);
    }
}

void CustomersPage::openAuditLog(bool workspace)
{
    if (!m_session) {
        return;
    }
    const CustomerEntry *c = currentEntry();
    if (!workspace && !c) {
        return;
    }
    auto *dialog = new AuditLogDialog(m_session->workspace().databasePath, workspace ? QString() : c->id,
                                      workspace ? QString() : c->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomersPage::unlinkCurrent(const QString &accountId)
{
    const CustomerEntry *c = currentEntry();
    if (!c || !c->isLinked() || !m_controller) {
        return;
    }
    const CustomerEntry customer = *c;
    QString account = accountId;
    const QStringList ids = customer.allAccountIds();
    if (account.isEmpty()) {
        if (ids.size() == 1) {
            account = ids.first();
        } else {
            QStringList choices;
            for (int i = 0; i < ids.size(); ++i) {
                const QString name = customer.accountNames.value(i);
                choices.append(name.isEmpty() ? ids.at(i) : tr("%1 (%2)").arg(name, ids.at(i)));
            }
            bool ok = false;
            const QString choice = QInputDialog::getItem(
                this, tr("Unlink"), tr("Unlink %1 from:").arg(customer.name), choices, 0, false, &ok);
            if (!ok) {
                return;
            }
            account = ids.value(choices.indexOf(choice));
        }
        const bool primary = account == customer.primaryAccountId;
        const auto answer = QMessageBox::question(
            this, tr("Unlink"),
            primary ? tr("Unlink %1 from %2?\n\nMetronome's link is cleared and the customer's records in "
                         "Salesforce "
                         "no longer point at the account (they move to a further account if it has one).")
                          .arg(customer.name, account)
                    : tr("Remove %2 from the further accounts of %1?").arg(customer.name, account),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    showNotice(tr("Unlinking %1…").arg(customer.name), QString());
    LinkRequest request;
    request.customerId = customer.id;
    request.accountId = account;
    request.action = LinkAction::Unlink;
    m_controller->apply(request, this, [this](const LinkOutcome &outcome) { showOutcome(outcome); });
}

void CustomersPage::showOutcome(const LinkOutcome &outcome)
{
    const bool warn = !outcome.ok || !outcome.salesforceComplete();
    showNotice(outcome.message,
               warn ? (outcome.ok ? QStringLiteral("#b45309") : QStringLiteral("#b91c1c")) : QString());
    if (outcome.ok) {
        m_pendingSelection = outcome.request.customerId;
    }
}

void CustomersPage::showNotice(const QString &text, const QString &color)
{
    m_notice->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}
