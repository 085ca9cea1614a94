#include "customers/AuditLogModel.h"

#include "DisplayFormat.h"
#include "linking/LinkTypes.h"

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditLogModel::actionText(const QString &action)
{
    using namespace Linking;
    if (action == AuditAction::LinkPrimary) {
        return tr("Linked");
    }
    if (action == AuditAction::AddAccount) {
        return tr("Further account added");
    }
    if (action == AuditAction::UnlinkPrimary) {
        return tr("Unlinked");
    }
    if (action == AuditAction::RemoveAccount) {
        return tr("Further account removed");
    }
    if (action == AuditAction::Reparent) {
        return tr("Records reparented");
    }
    return action;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return role == Qt::ToolTipRole ? e.at.toUTC().toString(Qt::ISODate)
                                           : DisplayFormat::localTime(e.at);
        case WhoColumn:
            return e.actor;
        case ActionColumn:
            return actionText(e.action);
        case SubjectColumn:
            return e.subject;
        case BeforeColumn:
            return e.before;
        case AfterColumn:
            return e.after;
        case DetailColumn:
            // The first line in the cell, everything in the tooltip.
            return role == Qt::ToolTipRole ? e.detail : e.detail.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Change");
    case SubjectColumn:
        return tr("Customer");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}
