#include "OrphanListModel.h"

#include "CustomerListModel.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>
#include <cmath>

OrphanListModel::OrphanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int OrphanListModel::leadCandidateCount(int orphansWithSpend, int orphans)
{
    const int tenPercent = static_cast<int>(std::ceil(orphans * 0.10));
    return std::min(tenPercent, orphansWithSpend);
}

void OrphanListModel::setCustomers(const QVector<CustomerEntry> &customers)
{
    beginResetModel();
    m_orphans.clear();
    for (const CustomerEntry &c : customers) {
        if (!c.isLinked() && !c.archived) {
            m_orphans.append(c);
        }
    }
    std::stable_sort(m_orphans.begin(), m_orphans.end(), [](const CustomerEntry &a, const CustomerEntry &b) {
        if (a.draftSort != b.draftSort) {
            return a.draftSort > b.draftSort;
        }
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const int withSpend = static_cast<int>(std::count_if(
        m_orphans.begin(), m_orphans.end(), [](const CustomerEntry &c) { return c.draftSort > 0; }));
    m_leadCount = leadCandidateCount(withSpend, static_cast<int>(m_orphans.size()));
    m_rowById.clear();
    m_rowById.reserve(m_orphans.size());
    for (int row = 0; row < m_orphans.size(); ++row) {
        m_rowById.insert(m_orphans.at(row).id, row);
    }
    endResetModel();
}

void OrphanListModel::setSuggestion(const QString &customerId, const QString &accountId,
                                    const QString &accountName, double score)
{
    m_suggestions.insert(customerId, Suggestion{accountId, accountName, score});
    const int row = rowOf(customerId);
    if (row >= 0) {
        emit dataChanged(index(row, SuggestionColumn), index(row, SuggestionColumn));
    }
}

void OrphanListModel::clearSuggestions()
{
    m_suggestions.clear();
    if (!m_orphans.isEmpty()) {
        emit dataChanged(index(0, SuggestionColumn), index(rowCount() - 1, SuggestionColumn));
    }
}

int OrphanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_orphans.size());
}

int OrphanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrphanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orphans.size()) {
        return {};
    }
    const CustomerEntry &c = m_orphans.at(index.row());
    const bool lead = index.row() < m_leadCount;
    if (role == CustomerIdRole) {
        return c.id;
    }
    if (role == LeadRole) {
        return lead;
    }
    if (role == SuggestedAccountRole) {
        const auto it = m_suggestions.constFind(c.id);
        return it == m_suggestions.constEnd() ? QString() : it->accountId;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case NameColumn:
            return c.name;
        case IdColumn:
            return c.id;
        case SpendColumn:
            return CustomerListModel::formatSpend(c);
        case LeadColumn:
            return lead ? tr("Lead candidate") : QString();
        case SuggestionColumn: {
            const auto it = m_suggestions.constFind(c.id);
            return it == m_suggestions.constEnd()
                       ? QString()
                       : tr("%1 (%2% match)").arg(it->accountName).arg(qRound(it->score * 100));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LeadColumn && lead) {
        return tr("Among the top 10% of orphans by this month's spend: worth turning into a lead.");
    }
    if (role == Qt::DecorationRole && index.column() == LeadColumn && lead) {
        return QIcon(QStringLiteral(":/icons/lead.svg"));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == SpendColumn || index.column() == RankColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OrphanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Customer");
    case IdColumn:
        return tr("Metronome ID");
    case SpendColumn:
        return tr("This month");
    case LeadColumn:
        return tr("Lead");
    case SuggestionColumn:
        return tr("Suggested account");
    default:
        return {};
    }
}
