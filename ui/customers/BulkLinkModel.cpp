#include "customers/BulkLinkModel.h"

using namespace Linking;

BulkLinkModel::BulkLinkModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_ok(QStringLiteral(":/icons/state-ok.svg"))
    , m_idle(QStringLiteral(":/icons/state-idle.svg"))
    , m_problem(QStringLiteral(":/icons/state-failed.svg"))
    , m_warning(QStringLiteral(":/icons/state-warning.svg"))
{}

void BulkLinkModel::setRows(const QList<BulkRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BulkLinkModel::countWithVerdict(BulkVerdict verdict) const
{
    int n = 0;
    for (const BulkRow &row : m_rows) {
        n += row.verdict == verdict ? 1 : 0;
    }
    return n;
}

int BulkLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BulkLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkLinkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const BulkRow &row = m_rows.at(index.row());
    if (role == VerdictRole) {
        return static_cast<int>(row.verdict);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case CustomerColumn:
            return row.customerKey;
        case CustomerNameColumn:
            return row.customerName;
        case AccountColumn:
            return row.typedAccount;
        case AccountNameColumn:
            return row.accountName;
        case VerdictColumn:
            return verdictText(row.verdict);
        case ResultColumn:
            if (row.result == BulkResult::Applied && row.reparented > 0) {
                return row.reparented == 1 ? tr("Linked · 1 record reparented")
                                           : tr("Linked · %1 records reparented").arg(row.reparented);
            }
            return resultText(row.result);
        case MessageColumn:
            return row.resultMessage.isEmpty() ? row.message : row.resultMessage;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == VerdictColumn) {
            switch (row.verdict) {
            case BulkVerdict::Ok:
                return m_ok;
            case BulkVerdict::AlreadyLinked:
                return m_idle;
            case BulkVerdict::Duplicate:
            case BulkVerdict::LinkedElsewhere:
            case BulkVerdict::CheckFailed:
                return m_warning;
            default:
                return m_problem;
            }
        }
        if (index.column() == ResultColumn) {
            if (row.result == BulkResult::Applied) {
                return row.resultMessage.isEmpty() ? m_ok : m_warning;
            }
            if (row.result == BulkResult::Failed) {
                return m_problem;
            }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant BulkLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CustomerColumn:
        return tr("Customer (file)");
    case CustomerNameColumn:
        return tr("Customer");
    case AccountColumn:
        return tr("Account ID (file)");
    case AccountNameColumn:
        return tr("Account");
    case VerdictColumn:
        return tr("Verdict");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Details");
    default:
        return {};
    }
}
