#include "insight/TermsModel.h"

#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QFont>

void TermsModel::setTerms(const QList<CustomerInsight::Term> &terms, const QDateTime &asOf)
{
    beginResetModel();
    m_terms = terms;
    m_asOf = asOf;
    endResetModel();
}

int TermsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_terms.size());
}

int TermsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TermsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_terms.size()) {
        return QVariant();
    }
    const CustomerInsight::Term &t = m_terms.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return t.name;
        case Status:
            if (t.current) {
                return tr("Current");
            }
            return t.end.isValid() && t.end <= m_asOf ? tr("Ended") : tr("Upcoming");
        case RateCard:
            return t.legacyPlan ? tr("Plan: %1").arg(t.rateCardName)
                                : (t.rateCardName.isEmpty() ? t.rateCardId : t.rateCardName);
        case Start:
            return InsightDisplay::date(t.start);
        case End:
            return t.end.isValid() ? InsightDisplay::date(t.end) : tr("Open-ended");
        case Statements:
            return t.legacyPlan ? tr("—") : InsightDisplay::frequency(t.usageStatementFrequency);
        case Value:
            return t.totalValue ? MoneyFormat::money(*t.totalValue) : QString();
        case Salesforce:
            return t.badge.text();
        default:
            return QVariant();
        }
    }
    if (role == Qt::DecorationRole && index.column() == Salesforce) {
        return InsightDisplay::badgeIcon(t.badge.state);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Salesforce:
            return t.badge.toolTip();
        case End:
            return tr("Exclusive: the contract covers time before this moment (UTC).");
        case Statements:
            return t.legacyPlan ? tr("Legacy plans have no usage statement schedule.") : QVariant();
        case Name:
            return t.legacyPlan ? tr("A legacy plan (plans era)") : tr("Contract %1").arg(t.id);
        default:
            return QVariant();
        }
    }
    if (role == Qt::FontRole && t.current) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant TermsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Contract or plan");
    case Status:
        return tr("Status");
    case RateCard:
        return tr("Rate card");
    case Start:
        return tr("Starts");
    case End:
        return tr("Ends before");
    case Statements:
        return tr("Usage statements");
    case Value:
        return tr("Contract value");
    case Salesforce:
        return tr("Salesforce");
    default:
        return QVariant();
    }
}
