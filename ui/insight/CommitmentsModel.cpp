#include "insight/CommitmentsModel.h"

#include "insight/CustomerInsightBuilder.h"
#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QLocale>
#include <QPalette>

void CommitmentsModel::setCommitments(const QList<CustomerInsight::Commitment> &commitments,
                                      const QDateTime &asOf)
{
    beginResetModel();
    m_items = commitments;
    m_asOf = asOf;
    endResetModel();
}

int CommitmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CommitmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return QVariant();
    }
    const CustomerInsight::Commitment &c = m_items.at(index.row());
    const bool active = c.isActive(m_asOf);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return c.name;
        case Type:
            return CustomerInsightBuilder::kindName(c.kind);
        case Priority:
            return c.priority ? QLocale().toString(*c.priority) : QString();
        case Access:
            return InsightDisplay::period(c.accessStart, c.accessEnd);
        case Total:
            return MoneyFormat::money(c.total);
        case Cost:
            return c.cost ? MoneyFormat::money(*c.cost) : QString();
        case Balance:
            if (!c.balance) {
                return tr("—");
            }
            if (!active && c.accessEnd.isValid() && c.accessEnd <= m_asOf) {
                return tr("%1 (expired)").arg(MoneyFormat::money(*c.balance));
            }
            if (!active) {
                return tr("%1 (not started)").arg(MoneyFormat::money(*c.balance));
            }
            return MoneyFormat::money(*c.balance);
        case CostBasis:
            return InsightDisplay::costBasis(c);
        case Salesforce:
            return c.badge.text();
        default:
            return QVariant();
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Priority:
            return c.priority ? QVariant(*c.priority) : QVariant();
        case Total:
            return c.total.majorUnits().toDouble();
        case Cost:
            return c.cost ? QVariant(c.cost->majorUnits().toDouble()) : QVariant();
        case Balance:
            return c.balance ? QVariant(c.balance->majorUnits().toDouble()) : QVariant();
        case CostBasis:
            return c.costBasis ? QVariant(*c.costBasis) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Salesforce) {
        return InsightDisplay::badgeIcon(c.badge.state);
    }
    if (role == Qt::ForegroundRole && !active && index.column() != Salesforce) {
        return QPalette().brush(QPalette::PlaceholderText);
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Priority:
        case Total:
        case Cost:
        case Balance:
        case CostBasis:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return c.description.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.description;
        case Priority:
            return tr("Lower priorities are drawn down first.");
        case Balance:
            if (c.kind == CustomerInsight::Kind::Grant && c.postedBalance) {
                return tr("Grant amount minus every deduction, the current draft invoice included. From "
                          "finalized "
                          "invoices alone: %1.")
                    .arg(MoneyFormat::money(*c.postedBalance));
            }
            return tr("Total minus every draw, the current draft invoice included. Expired and future "
                      "access periods count 0.");
        case Cost:
            return c.kind == CustomerInsight::Kind::Grant ? tr("What the customer paid for the grant.")
                                                          : tr("What the customer is invoiced for it.");
        case CostBasis:
            return tr("Total cost divided by the total amount.");
        case Salesforce:
            return c.badge.toolTip();
        default:
            return QVariant();
        }
    }
    return QVariant();
}

QVariant CommitmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Commit or credit");
    case Type:
        return tr("Type");
    case Priority:
        return tr("Priority");
    case Access:
        return tr("Access period");
    case Total:
        return tr("Total");
    case Cost:
        return tr("Cost");
    case Balance:
        return tr("Current balance");
    case CostBasis:
        return tr("Cost basis");
    case Salesforce:
        return tr("Salesforce");
    default:
        return QVariant();
    }
}
