#include "customers/LinkAccountDialog.h"

#include "CopyableTableView.h"
#include "customers/AccountSearchModel.h"
#include "linking/AccountDirectory.h"
#include "linking/LinkController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Linking;

namespace {

constexpr int kCheckDelayMs = 350;

QString accountText(const Account &a)
{
    QString name = a.name;
    name.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return name.isEmpty() ? a.id : QStringLiteral("%1 (%2)").arg(name, a.id);
}

} // namespace

LinkAccountDialog::LinkAccountDialog(LinkController *controller, const CustomerEntry &customer,
                                     QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_customer(customer)
{
    setObjectName(QStringLiteral("linkAccountDialog"));
    setWindowTitle(tr("Link to a Salesforce Account"));
    setMinimumWidth(620);
    resize(660, 470);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(tr("<b>%1</b>").arg(customer.name.toHtmlEscaped()));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    auto *current = new QLabel(this);
    current->setObjectName(QStringLiteral("linkCurrentAccounts"));
    current->setWordWrap(true);
    current->setForegroundRole(QPalette::PlaceholderText);
    QStringList accounts;
    const QStringList ids = customer.allAccountIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QString name = customer.accountNames.value(i);
        accounts.append(name.isEmpty() ? ids.at(i) : tr("%1 (%2)").arg(name, ids.at(i)));
    }
    current->setText(tr("Metronome ID %1 · linked to: %2")
                         .arg(customer.id, accounts.isEmpty() ? tr("nothing (orphan)")
                                                              : accounts.join(QStringLiteral("; "))));

    // By Account ID.
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("accountIdEdit"));
    m_idEdit->setPlaceholderText(tr("001… (15 or 18 characters, from the account's URL)"));
    m_idEdit->setClearButtonEnabled(true);
    m_idEdit->setMaxLength(64);
    m_idStatus = new QLabel(this);
    m_idStatus->setObjectName(QStringLiteral("accountIdStatus"));
    m_idStatus->setWordWrap(true);
    m_idStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idTimer = new QTimer(this);
    m_idTimer->setSingleShot(true);
    m_idTimer->setInterval(kCheckDelayMs);
    connect(m_idTimer, &QTimer::timeout, this, &LinkAccountDialog::checkIdNow);
    connect(m_idEdit, &QLineEdit::textEdited, this, &LinkAccountDialog::onIdEdited);
    auto *idPage = new QWidget(this);
    auto *idForm = new QFormLayout;
    auto *idLabel = new QLabel(tr("Account &ID:"), idPage);
    idLabel->setBuddy(m_idEdit);
    idForm->addRow(idLabel, m_idEdit);
    idForm->addRow(QString(), m_idStatus);
    auto *idLayout = new QVBoxLayout(idPage);
    idLayout->addLayout(idForm);
    idLayout->addStretch(1);

    // Find by name.
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("accountNameEdit"));
    m_nameEdit->setPlaceholderText(tr("Part of the account's name"));
    m_nameEdit->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("accountSearchButton"));
    m_searchButton->setAutoDefault(false);
    connect(m_searchButton, &QPushButton::clicked, this, &LinkAccountDialog::runSearch);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &LinkAccountDialog::runSearch);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("accountSearchStatus"));
    m_searchStatus->setWordWrap(true);
    m_results = new AccountSearchModel(this);
    m_resultsView = new CopyableTableView(this);
    m_resultsView->setObjectName(QStringLiteral("accountResultsView"));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setColumnWidth(AccountSearchModel::NameColumn, 260);
    m_resultsView->setColumnWidth(AccountSearchModel::IdColumn, 160);
    m_resultsView->setMinimumHeight(150);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LinkAccountDialog::onResultChosen);
    auto *namePage = new QWidget(this);
    auto *nameLayout = new QVBoxLayout(namePage);
    auto *searchRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Account &name:"), namePage);
    nameLabel->setBuddy(m_nameEdit);
    searchRow->addWidget(nameLabel);
    searchRow->addWidget(m_nameEdit, 1);
    searchRow->addWidget(m_searchButton);
    nameLayout->addLayout(searchRow);
    nameLayout->addWidget(m_resultsView, 1);
    nameLayout->addWidget(m_searchStatus);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("linkModeTabs"));
    m_tabs->addTab(idPage, tr("By Account &ID"));
    m_tabs->addTab(namePage, tr("&Find by Name"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        clearSelection();
        if (index == 0) {
            m_idEdit->setFocus();
            onIdEdited();
        } else {
            m_nameEdit->setFocus();
            onResultChosen();
        }
    });

    m_selectedLabel = new QLabel(this);
    m_selectedLabel->setObjectName(QStringLiteral("selectedAccountLabel"));
    m_selectedLabel->setWordWrap(true);
    m_selectedLabel->setTextFormat(Qt::RichText);

    const bool linked = customer.isLinked();
    m_asPrimary = new QRadioButton(this);
    m_asPrimary->setObjectName(QStringLiteral("linkAsPrimary"));
    m_asFurther =
        new QRadioButton(tr("Add it as a &further account (the records stay where they are)"), this);
    m_asFurther->setObjectName(QStringLiteral("linkAsFurther"));
    m_asPrimary->setText(
        linked ? tr("Make it the &primary account (replaces %1 in Metronome; the records move)")
                     .arg(customer.primaryAccountId.isEmpty() ? ids.value(0) : customer.primaryAccountId)
               : tr("&Primary account"));
    m_asPrimary->setChecked(true);
    m_asPrimary->setVisible(linked);
    m_asFurther->setVisible(linked);
    connect(m_asFurther, &QRadioButton::toggled, this, &LinkAccountDialog::refreshButtons);

    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("linkEffect"));
    m_effect->setWordWrap(true);
    m_effect->setForegroundRole(QPalette::PlaceholderText);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();

    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(QStringLiteral("linkOutcome"));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeLabel->hide();
    m_report = new QStandardItemModel(this);
    m_reportView = new CopyableTableView(this);
    m_reportView->setObjectName(QStringLiteral("reparentReportView"));
    m_reportView->setModel(m_report);
    m_reportView->setMinimumHeight(120);
    m_reportView->hide();

    m_buttons = new QDialogButtonBox(this);
    m_linkButton = m_buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    m_linkButton->setObjectName(QStringLiteral("linkButton"));
    m_linkButton->setIcon(QIcon(QStringLiteral(":/icons/link.svg")));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_linkButton, &QPushButton::clicked, this, &LinkAccountDialog::startLink);
    connect(m_closeButton, &QPushButton::clicked, this, &LinkAccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(current);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_selectedLabel);
    layout->addWidget(m_asPrimary);
    layout->addWidget(m_asFurther);
    layout->addWidget(m_effect);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(m_buttons);

    m_idEdit->setFocus();
    refreshButtons();
}

void LinkAccountDialog::setAccountId(const QString &id)
{
    m_tabs->setCurrentIndex(0);
    m_idEdit->setText(id);
    onIdEdited();
}

void LinkAccountDialog::searchByName(const QString &text)
{
    m_tabs->setCurrentIndex(1);
    m_nameEdit->setText(text);
    runSearch();
}

void LinkAccountDialog::setAddAsFurther(bool further)
{
    if (m_customer.isLinked()) {
        (further ? m_asFurther : m_asPrimary)->setChecked(true);
    }
}

void LinkAccountDialog::setStatus(QLabel *label, const QString &text, bool error)
{
    // Red for a problem, green for an account the org confirmed.
    const bool confirmed = !error && text.startsWith(QStringLiteral("✓"));
    label->setStyleSheet(error       ? QStringLiteral("color: #b91c1c;")
                         : confirmed ? QStringLiteral("color: #15803d;")
                                     : QString());
    label->setText(text);
}

void LinkAccountDialog::onIdEdited()
{
    clearSelection();
    ++m_checkToken;
    m_idTimer->stop();
    const QString typed = m_idEdit->text();
    if (typed.trimmed().isEmpty()) {
        setStatus(m_idStatus, QString(), false);
        return;
    }
    // The format is judged at once, without asking anyone; only a well-formed Account ID is
    // looked up in the org (after a short pause in typing).
    const AccountCheck format = AccountDirectory::checkFormat(typed);
    if (!format.ok()) {
        setStatus(m_idStatus, format.message, true);
        return;
    }
    setStatus(m_idStatus, tr("Checking %1 in Salesforce…").arg(format.account.id), false);
    m_idTimer->start();
}

void LinkAccountDialog::checkIdNow()
{
    if (!m_controller) {
        return;
    }
    const quint64 token = ++m_checkToken;
    m_controller->checkAccount(m_idEdit->text(), this, [this, token](const AccountCheck &check) {
        if (token != m_checkToken) {
            return; // the text changed meanwhile
        }
        if (!check.ok()) {
            setStatus(m_idStatus, check.message, true);
            return;
        }
        QString text = tr("✓ %1").arg(accountText(check.account));
        if (check.repairedCase) {
            text += QLatin1Char(' ') + tr("(the ID's letter case was repaired from its checksum)");
        }
        setStatus(m_idStatus, text, false);
        select(check.account, check.linkedCustomers);
    });
}

void LinkAccountDialog::runSearch()
{
    const QString text = m_nameEdit->text();
    clearSelection();
    m_results->setAccounts({});
    if (text.trimmed().isEmpty() || !m_controller) {
        setStatus(m_searchStatus, QString(), false);
        return;
    }
    const quint64 token = ++m_searchToken;
    setStatus(m_searchStatus, tr("Searching…"), false);
    m_controller->searchAccounts(text, this, [this, token](const AccountSearch &found) {
        if (token != m_searchToken) {
            return;
        }
        if (!found.error.isEmpty()) {
            setStatus(m_searchStatus, found.error, true);
            return;
        }
        m_results->setAccounts(found.accounts);
        if (found.accounts.isEmpty()) {
            setStatus(m_searchStatus, tr("No account's name contains \"%1\".").arg(found.text.trimmed()),
                      false);
            return;
        }
        setStatus(
            m_searchStatus,
            found.truncated
                ? tr("The first %1 matches; type more of the name to narrow them.").arg(found.accounts.size())
                : (found.accounts.size() == 1
                       ? tr("1 account found.")
                       : tr("%1 accounts found. Pick one.").arg(found.accounts.size())),
            false);
        m_resultsView->setCurrentIndex(m_results->index(0, 0));
    });
}

void LinkAccountDialog::onResultChosen()
{
    const QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid()) {
        clearSelection();
        return;
    }
    select(m_results->accountAt(current.row()));
}

void LinkAccountDialog::select(const Account &account, const QStringList &alsoLinkedTo)
{
    m_selected = account;
    QString text = tr("Link to <b>%1</b>").arg(accountText(account).toHtmlEscaped());
    QStringList others = alsoLinkedTo;
    others.removeAll(m_customer.id);
    if (!others.isEmpty()) {
        text += QStringLiteral("<br><span style=\"color:#b45309\">%1</span>")
                    .arg(tr("Already linked to customer %1 as well.")
                             .arg(others.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    }
    m_selectedLabel->setText(text);
    refreshButtons();
}

void LinkAccountDialog::clearSelection()
{
    m_selected = Account();
    m_selectedLabel->clear();
    refreshButtons();
}

void LinkAccountDialog::refreshButtons()
{
    const bool done = m_hasOutcome && m_outcome.ok;
    m_linkButton->setVisible(!done);
    m_linkButton->setEnabled(!m_busy && !m_selected.id.isEmpty());
    m_closeButton->setText(done ? tr("Close") : tr("Cancel"));
    const bool primary = !m_customer.isLinked() || m_asPrimary->isChecked();
    if (m_customer.isLinked()) {
        m_effect->setText(
            primary ? tr("Metronome's link changes to this account, and the customer's records in "
                         "Salesforce move to it at once.")
                    : tr("The account is kept as a further account of the customer (in NomeSync and "
                         "in Salesforce); Metronome's link and the records stay as they are."));
    } else {
        m_effect->setText(
            tr("This customer is an orphan: linking writes the account to Metronome and moves all of "
               "its records in Salesforce (customer, contracts, commits, invoices, usage…) to the "
               "account at once."));
    }
}

void LinkAccountDialog::startLink()
{
    if (m_selected.id.isEmpty() || !m_controller || m_busy) {
        return;
    }
    m_busy = true;
    m_tabs->setEnabled(false);
    m_asPrimary->setEnabled(false);
    m_asFurther->setEnabled(false);
    m_progress->show();
    m_outcomeLabel->show();
    setStatus(m_outcomeLabel, tr("Linking: Metronome first, then the records in Salesforce…"), false);
    refreshButtons();
    LinkRequest request;
    request.customerId = m_customer.id;
    request.accountId = m_selected.id;
    request.action =
        m_customer.isLinked() && m_asFurther->isChecked() ? LinkAction::AddAccount : LinkAction::LinkPrimary;
    m_controller->apply(request, this, [this](const LinkOutcome &outcome) { showOutcome(outcome); });
}

void LinkAccountDialog::showOutcome(const LinkOutcome &outcome)
{
    m_busy = false;
    m_outcome = outcome;
    m_hasOutcome = true;
    m_progress->hide();
    m_tabs->setEnabled(!outcome.ok);
    m_asPrimary->setEnabled(!outcome.ok);
    m_asFurther->setEnabled(!outcome.ok);
    const bool partial = outcome.ok && !outcome.salesforceComplete();
    setStatus(m_outcomeLabel, outcome.message, !outcome.ok || partial);
    m_report->clear();
    if (outcome.ok && outcome.reparented && outcome.reparent.total() > 0) {
        m_report->setHorizontalHeaderLabels({tr("Object"), tr("Moved"), tr("Not moved"), tr("Why not")});
        QHash<QString, QString> firstFailure;
        for (const ReparentFailure &f : outcome.reparent.failures) {
            if (!firstFailure.contains(f.object)) {
                firstFailure.insert(f.object,
                                    QStringLiteral("%1 %2: %3").arg(f.externalId, f.statusCode, f.message));
            }
        }
        for (const ReparentObject &o : outcome.reparent.objects) {
            const QString label = m_labels.value(o.object, o.object);
            auto *moved = new QStandardItem(QString::number(o.moved));
            auto *failed = new QStandardItem(QString::number(o.failed));
            moved->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            failed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (o.failed > 0) {
                failed->setIcon(QIcon(QStringLiteral(":/icons/state-failed.svg")));
            }
            m_report->appendRow(
                {new QStandardItem(label), moved, failed, new QStandardItem(firstFailure.value(o.object))});
        }
        m_reportView->setColumnWidth(0, 170);
        m_reportView->setColumnWidth(1, 70);
        m_reportView->setColumnWidth(2, 80);
        m_reportView->show();
    } else {
        m_reportView->hide();
    }
    refreshButtons();
    if (outcome.ok) {
        emit linked(outcome);
    }
}

void LinkAccountDialog::reject()
{
    if (m_busy && m_controller) {
        // Stops the calls in progress; what already happened is reported, not undone.
        m_controller->cancel();
        return;
    }
    QDialog::reject();
}
