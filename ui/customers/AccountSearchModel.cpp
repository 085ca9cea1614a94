#include "customers/AccountSearchModel.h"

AccountSearchModel::AccountSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountSearchModel::setAccounts(const QList<Linking::Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int AccountSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Linking::Account &a = m_accounts.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        // Names may hold line breaks or tabs; show them on one line.
        QString name = a.name;
        name.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        name.replace(QLatin1Char('\t'), QLatin1Char(' '));
        return role == Qt::ToolTipRole ? a.name : name;
    }
    case IdColumn:
        return a.id;
    case WebsiteColumn:
        return a.website;
    default:
        return {};
    }
}

QVariant AccountSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Account name");
    case IdColumn:
        return tr("Account ID");
    case WebsiteColumn:
        return tr("Website");
    default:
        return {};
    }
}
