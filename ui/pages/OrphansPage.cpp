#include "pages/OrphansPage.h"

#include "CopyableTableView.h"
#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "customers/CustomerLoader.h"
#include "customers/LinkAccountDialog.h"
#include "customers/OrphanListModel.h"
#include "customers/SuggestionReviewDialog.h"
#include "linking/LinkController.h"
#include "store/SettingKeys.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Linking;

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

OrphansPage::OrphansPage(CustomerLoader *loader, LinkController *controller, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_controller(controller)
{
    m_model = new OrphanListModel(this);

    auto *intro =
        new QLabel(tr("Customers with no Salesforce account, typically self-serve sign-ups, ranked by this "
                      "month's spend. The top 10 % are lead candidates. Linking one moves all its "
                      "Salesforce records to the account at once."),
                   this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_findSuggestions =
        new QAction(QIcon(QStringLiteral(":/icons/suggest.svg")), tr("&Find Suggested Accounts"), this);
    m_findSuggestions->setObjectName(QStringLiteral("actionFindSuggestions"));
    m_findSuggestions->setToolTip(
        tr("Read the org's accounts and match them with the orphans by company name (and "
           "by Metronome ID where the org's Account has that field)"));
    connect(m_findSuggestions, &QAction::triggered, this, &OrphansPage::findSuggestions);
    m_cancelSuggestions = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Stop"), this);
    m_cancelSuggestions->setObjectName(QStringLiteral("actionStopSuggestions"));
    connect(m_cancelSuggestions, &QAction::triggered, this, [this]() {
        if (m_controller) {
            m_controller->cancel();
        }
    });
    m_review =
        new QAction(QIcon(QStringLiteral(":/icons/state-linked.svg")), tr("&Review Suggestion…"), this);
    m_review->setObjectName(QStringLiteral("actionReviewSuggestion"));
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_review->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_review, &QAction::triggered, this, &OrphansPage::openReview);
    m_link = new QAction(QIcon(QStringLiteral(":/icons/link.svg")), tr("&Link…"), this);
    m_link->setObjectName(QStringLiteral("actionLinkOrphan"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_link, &QAction::triggered, this, &OrphansPage::openLinkDialog);

    m_suggestStatus = new QLabel(this);
    m_suggestStatus->setObjectName(QStringLiteral("suggestionStatus"));
    m_suggestStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *actions = new QHBoxLayout;
    actions->addWidget(toolButton(m_review, this));
    actions->addWidget(toolButton(m_link, this));
    actions->addSpacing(12);
    actions->addWidget(toolButton(m_findSuggestions, this));
    m_stopButton = toolButton(m_cancelSuggestions, this);
    m_stopButton->hide();
    actions->addWidget(m_stopButton);
    actions->addWidget(m_suggestStatus, 1);

    m_view = new CopyableTableView(this);
    m_view->setObjectName(QStringLiteral("orphansView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setColumnWidth(OrphanListModel::RankColumn, 56);
    m_view->setColumnWidth(OrphanListModel::NameColumn, 230);
    m_view->setColumnWidth(OrphanListModel::IdColumn, 190);
    m_view->setColumnWidth(OrphanListModel::SpendColumn, 110);
    m_view->setColumnWidth(OrphanListModel::LeadColumn, 140);
    m_view->addAction(m_review);
    m_view->addAction(m_link);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(OrphanListModel::CustomerIdRole).toString();
        if (!id.isEmpty()) {
            emit customerActivated(id);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrphansPage::refreshActions);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("orphansSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("orphansNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);

    connect(m_loader, &CustomerLoader::loaded, this, &OrphansPage::onLoaded);
    if (m_controller) {
        connect(m_controller, &LinkController::busyChanged, this, &OrphansPage::refreshActions);
    }
    refreshActions();
}

void OrphansPage::setSession(WorkspaceSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_suggestions.clear();
    m_suggestedOnce = false;
    m_suggesting = false;
    showNotice(QString(), false);
    m_suggestStatus->clear();
    m_model->clearSuggestions();
    if (session) {
        connect(session, &WorkspaceSession::stateChanged, this, &OrphansPage::refreshActions);
    }
    onLoaded();
}

void OrphansPage::onLoaded()
{
    const bool current = m_session && m_loader->databasePath() == m_session->workspace().databasePath;
    const QString selected = currentCustomerId();
    m_model->setCustomers(current ? m_loader->customers() : QVector<CustomerEntry>());
    // Suggestions of customers that are no longer orphans go.
    QList<Suggestion> kept;
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        if (m_model->rowOf(s.customerId) >= 0) {
            kept.append(s);
        }
    }
    m_suggestions = kept;
    if (!selected.isEmpty() && !selectCustomer(selected) && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    refreshSummary();
    refreshActions();
    if (isVisible() && !m_suggestedOnce && m_model->rowCount() > 0) {
        findSuggestions();
    }
}

void OrphansPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Suggestions are read once per workspace, when the page is first looked at.
    if (!m_suggestedOnce && m_model->rowCount() > 0) {
        findSuggestions();
    }
}

bool OrphansPage::selectCustomer(const QString &customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row < 0) {
        return false;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

QString OrphansPage::currentCustomerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(OrphanListModel::CustomerIdRole).toString() : QString();
}

void OrphansPage::showNotice(const QString &text, bool warning)
{
    m_notice->setStyleSheet(warning ? QStringLiteral("color: #b45309;") : QString());
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void OrphansPage::findSuggestions()
{
    if (!m_controller || !m_session || m_suggesting ||
        m_session->setting(SettingKeys::SetupComplete) != QLatin1String("true")) {
        return;
    }
    m_suggestedOnce = true;
    m_suggesting = true;
    m_suggestStatus->setText(tr("Reading the org's accounts…"));
    refreshActions();
    m_controller->suggest(
        this,
        [this](int accounts) {
            m_suggestStatus->setText(
                tr("Reading the org's accounts… %1").arg(DisplayFormat::number(accounts)));
        },
        [this](const SuggestionResult &result) {
            m_suggesting = false;
            if (!result.error.isEmpty()) {
                m_suggestStatus->setText(QString());
                showNotice(tr("No suggestions: %1").arg(result.error), true);
                refreshActions();
                return;
            }
            m_suggestions.clear();
            m_model->clearSuggestions();
            for (const Suggestion &s : result.suggestions) {
                if (m_model->rowOf(s.customerId) >= 0) {
                    m_suggestions.append(s);
                    m_model->setSuggestion(s.customerId, s.accountId, s.accountName, s.score);
                }
            }
            // Review in rank order.
            std::sort(m_suggestions.begin(), m_suggestions.end(),
                      [this](const Suggestion &a, const Suggestion &b) {
                          return m_model->rowOf(a.customerId) < m_model->rowOf(b.customerId);
                      });
            m_suggestStatus->setText(
                tr("%1 suggestions from %2 accounts%3")
                    .arg(DisplayFormat::number(m_suggestions.size()),
                         DisplayFormat::number(result.accountsRead),
                         result.usedMetronomeIdField ? tr(" (names and Metronome IDs)") : QString()));
            refreshSummary();
            refreshActions();
            emit suggestionsReady();
        });
}

void OrphansPage::openReview()
{
    if (!m_controller || m_suggestions.isEmpty()) {
        return;
    }
    int start = 0;
    const QString id = currentCustomerId();
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (m_suggestions.at(i).customerId == id) {
            start = i;
            break;
        }
    }
    QHash<QString, CustomerEntry> customers;
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        const int row = m_model->rowOf(s.customerId);
        if (row >= 0) {
            customers.insert(s.customerId, m_model->orphanAt(row));
        }
    }
    auto *dialog = new SuggestionReviewDialog(m_controller, m_suggestions, customers, start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuggestionReviewDialog::linked, this, [this](const LinkOutcome &outcome) {
        showNotice(outcome.message, !outcome.salesforceComplete());
    });
    dialog->open();
}

void OrphansPage::openLinkDialog()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_controller || !m_session) {
        return;
    }
    const CustomerEntry customer = m_model->orphanAt(current.row());
    auto *dialog = new LinkAccountDialog(m_controller, customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectLabels(m_session->objectLabels());
    // A suggestion is offered, not applied: it only fills in the ID for the admin to confirm.
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        if (s.customerId == customer.id) {
            dialog->setAccountId(s.accountId);
            break;
        }
    }
    connect(dialog, &LinkAccountDialog::linked, this, [this](const LinkOutcome &outcome) {
        showNotice(outcome.message, !outcome.salesforceComplete());
    });
    dialog->open();
}

void OrphansPage::refreshSummary()
{
    if (!m_session) {
        m_summary->clear();
        return;
    }
    const int orphans = m_model->rowCount();
    if (orphans == 0) {
        m_summary->setText(m_loader->isLoading() ? QString() : tr("No orphans: every customer is linked."));
        return;
    }
    m_summary->setText(tr("%1 orphans · %2 lead candidates · %3 with a suggested account")
                           .arg(DisplayFormat::number(orphans), DisplayFormat::number(m_model->leadCount()),
                                DisplayFormat::number(m_suggestions.size())));
}

void OrphansPage::refreshActions()
{
    const bool syncing = m_session && m_session->isBusy();
    const bool usable = m_session && m_controller && !syncing;
    const QString id = currentCustomerId();
    bool hasSuggestion = false;
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        hasSuggestion = hasSuggestion || s.customerId == id;
    }
    m_review->setEnabled(usable && !m_suggestions.isEmpty());
    m_review->setText(hasSuggestion || m_suggestions.isEmpty() ? tr("&Review Suggestion…")
                                                               : tr("&Review Suggestions…"));
    m_link->setEnabled(usable && !id.isEmpty());
    m_findSuggestions->setEnabled(usable && !m_suggesting);
    m_stopButton->setVisible(m_suggesting);
    const QString why = syncing ? tr("A sync is running; change links when it has finished.") : QString();
    m_link->setToolTip(syncing ? why : tr("Link the selected orphan to a Salesforce account (Ctrl+L)"));
}
