#include "customers/SuggestionReviewDialog.h"

#include "customers/CustomerListModel.h"
#include "linking/LinkController.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Linking;

namespace {

QFrame *card(QWidget *parent, const QString &heading, QLabel *body)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("reviewCard"));
    frame->setStyleSheet(
        QStringLiteral("QFrame#reviewCard { border: 1px solid #d5d9e0; border-radius: 6px; }"));
    auto *title = new QLabel(heading, frame);
    QFont font = title->font();
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    title->setForegroundRole(QPalette::PlaceholderText);
    body->setParent(frame);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return frame;
}

} // namespace

SuggestionReviewDialog::SuggestionReviewDialog(LinkController *controller,
                                               const QList<Suggestion> &suggestions,
                                               const QHash<QString, CustomerEntry> &customers, int start,
                                               QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_suggestions(suggestions)
    , m_customers(customers)
{
    setObjectName(QStringLiteral("suggestionReviewDialog"));
    setWindowTitle(tr("Review Suggested Link"));
    setMinimumWidth(680);

    m_position = new QLabel(this);
    m_customer = new QLabel;
    m_account = new QLabel;
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("suggestionReason"));
    m_reason->setWordWrap(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("suggestionOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *cards = new QGridLayout;
    cards->addWidget(card(this, tr("Metronome customer (orphan)"), m_customer), 0, 0);
    auto *arrow = new QLabel(QStringLiteral("→"), this);
    QFont arrowFont = arrow->font();
    arrowFont.setPointSizeF(arrowFont.pointSizeF() * 2);
    arrow->setFont(arrowFont);
    cards->addWidget(arrow, 0, 1, Qt::AlignCenter);
    cards->addWidget(card(this, tr("Suggested Salesforce account"), m_account), 0, 2);
    cards->setColumnStretch(0, 1);
    cards->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_previousButton = buttons->addButton(tr("&Previous"), QDialogButtonBox::ActionRole);
    m_nextButton = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    m_nextButton->setObjectName(QStringLiteral("suggestionSkipButton"));
    m_linkButton = buttons->addButton(tr("&Link to This Account"), QDialogButtonBox::AcceptRole);
    m_linkButton->setObjectName(QStringLiteral("suggestionLinkButton"));
    m_linkButton->setIcon(QIcon(QStringLiteral(":/icons/link.svg")));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_previousButton, &QPushButton::clicked, this, [this]() { showSuggestion(m_index - 1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this]() { showSuggestion(m_index + 1); });
    connect(m_linkButton, &QPushButton::clicked, this, &SuggestionReviewDialog::linkCurrent);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addLayout(cards);
    layout->addWidget(m_reason);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    showSuggestion(std::clamp(start, 0, std::max(0, static_cast<int>(m_suggestions.size()) - 1)));
}

void SuggestionReviewDialog::showSuggestion(int index)
{
    if (m_suggestions.isEmpty() || index < 0 || index >= m_suggestions.size()) {
        return;
    }
    m_index = index;
    const Suggestion &s = m_suggestions.at(index);
    const CustomerEntry c = m_customers.value(s.customerId);
    m_position->setText(tr("Suggestion %1 of %2").arg(index + 1).arg(m_suggestions.size()));
    QStringList customer{QStringLiteral("<b>%1</b>").arg(s.customerName.toHtmlEscaped()),
                         tr("Metronome ID: %1").arg(s.customerId.toHtmlEscaped())};
    if (!c.aliases.isEmpty()) {
        customer.append(tr("Ingest aliases: %1").arg(c.aliases.toHtmlEscaped()));
    }
    const QString spend = CustomerListModel::formatSpend(c);
    customer.append(tr("This month: %1").arg(spend.isEmpty() ? tr("no spend") : spend.toHtmlEscaped()));
    m_customer->setText(customer.join(QStringLiteral("<br>")));
    m_account->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(s.accountName.toHtmlEscaped(), tr("Account ID: %1").arg(s.accountId).toHtmlEscaped()));
    m_reason->setText(
        s.reason == Suggestion::Reason::MetronomeId
            ? tr("Why: the account already carries this customer's Metronome ID.")
            : tr("Why: the names match %1% once case, punctuation, accents and legal suffixes (Inc, "
                 "GmbH, Ltd…) are set aside.")
                  .arg(qRound(s.score * 100)));
    const QString done = m_done.value(index);
    m_outcome->setStyleSheet(QString());
    m_outcome->setText(done.isEmpty() ? tr("Linking writes the account to Metronome and moves the customer's "
                                           "records in Salesforce to it at once.")
                                      : done);
    m_previousButton->setEnabled(!m_busy && index > 0);
    m_nextButton->setEnabled(!m_busy && index + 1 < m_suggestions.size());
    m_linkButton->setEnabled(!m_busy && done.isEmpty());
}

void SuggestionReviewDialog::linkCurrent()
{
    if (!m_controller || m_busy || m_suggestions.isEmpty()) {
        return;
    }
    m_busy = true;
    showSuggestion(m_index);
    m_outcome->setText(tr("Linking…"));
    const Suggestion s = m_suggestions.at(m_index);
    LinkRequest request;
    request.customerId = s.customerId;
    request.accountId = s.accountId;
    request.action = LinkAction::LinkPrimary;
    const int index = m_index;
    m_controller->apply(request, this, [this, index](const LinkOutcome &outcome) {
        m_busy = false;
        if (outcome.ok) {
            m_done.insert(index, outcome.message);
        }
        showSuggestion(index);
        if (!outcome.ok) {
            m_outcome->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            m_outcome->setText(outcome.message);
            return;
        }
        emit linked(outcome);
    });
}
