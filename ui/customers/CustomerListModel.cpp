#include "CustomerListModel.h"

#include "DisplayFormat.h"

#include <QLocale>
#include <QPalette>

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_linkedIcon(QStringLiteral(":/icons/state-linked.svg"))
    , m_orphanIcon(QStringLiteral(":/icons/state-orphan.svg"))
    , m_errorIcon(QStringLiteral(":/icons/state-failed.svg"))
{}

void CustomerListModel::setCustomers(QVector<CustomerEntry> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    m_searchText.clear();
    m_searchText.reserve(m_customers.size());
    m_rowById.clear();
    m_rowById.reserve(m_customers.size());
    for (int row = 0; row < m_customers.size(); ++row) {
        const CustomerEntry &c = m_customers.at(row);
        // Precomputed once, so filtering 100,000 rows is a string search per row, nothing more.
        m_searchText.append((c.name + QLatin1Char('\n') + c.id + QLatin1Char('\n') + c.aliases +
                             QLatin1Char('\n') + c.allAccountIds().join(QLatin1Char(' ')) +
                             QLatin1Char('\n') + c.accountNames.join(QLatin1Char(' ')))
                                .toLower());
        m_rowById.insert(c.id, row);
    }
    endResetModel();
}

int CustomerListModel::rowOfCustomer(const QString &customerId) const
{
    return m_rowById.value(customerId, -1);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::formatSpend(const CustomerEntry &c)
{
    if (c.draftTotal.isEmpty()) {
        return QString();
    }
    QLocale locale;
    if (locale.language() == QLocale::C) {
        // The C locale is no one's preference (it omits grouping and puts "$" last).
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    }
    const double amount = c.draftTotal.toDouble();
    // ISO currency codes get the locale's symbol placement; other pricing units their name.
    if (c.draftCurrency.size() == 3 && c.draftCurrency == c.draftCurrency.toUpper()) {
        QString symbol = c.draftCurrency + QLatin1Char(' ');
        if (c.draftCurrency == QLatin1String("USD")) {
            symbol = QStringLiteral("$");
        } else if (c.draftCurrency == QLatin1String("EUR")) {
            symbol = QStringLiteral("€");
        } else if (c.draftCurrency == QLatin1String("GBP")) {
            symbol = QStringLiteral("£");
        }
        return locale.toCurrencyString(amount, symbol, 2);
    }
    return locale.toString(amount, 'f', 2) + QLatin1Char(' ') + c.draftCurrency;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size()) {
        return {};
    }
    const CustomerEntry &c = m_customers.at(index.row());
    switch (role) {
    case SearchTextRole:
        return m_searchText.at(index.row());
    case LinkedRole:
        return c.isLinked();
    case HasErrorRole:
        return !c.lastErrorCode.isEmpty();
    case CustomerIdRole:
        return c.id;
    case SpendRole:
        return c.draftSort;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            if (role == Qt::ToolTipRole && c.archived) {
                return tr("%1 (archived in Metronome)").arg(c.name);
            }
            return role == SortRole ? QVariant(c.name.toLower()) : QVariant(c.name);
        case IdColumn:
            return c.id;
        case AliasesColumn:
            return c.aliases;
        case AccountsColumn: {
            QStringList shown;
            const QStringList ids = c.allAccountIds();
            for (int i = 0; i < ids.size(); ++i) {
                const QString name = c.accountNames.value(i);
                shown.append(name.isEmpty() ? ids.at(i) : tr("%1 (%2)").arg(name, ids.at(i)));
            }
            return role == SortRole ? QVariant(shown.join(QStringLiteral("; ")).toLower())
                                    : QVariant(shown.join(QStringLiteral("; ")));
        }
        case StatusColumn:
            if (role == SortRole) {
                return c.isLinked() ? 1 : 0;
            }
            if (role == Qt::ToolTipRole) {
                return c.isLinked() ? tr("Linked to a Salesforce account")
                                    : tr("Orphan: not linked to any Salesforce account");
            }
            return c.isLinked() ? tr("Linked") : tr("Orphan");
        case SpendColumn:
            return role == SortRole ? QVariant(c.draftSort) : QVariant(formatSpend(c));
        case LastSyncedColumn:
            if (role == SortRole) {
                return c.lastSynced.isValid() ? c.lastSynced.toMSecsSinceEpoch() : 0;
            }
            if (!c.lastSynced.isValid()) {
                return role == Qt::ToolTipRole ? tr("Not in Salesforce yet") : QString();
            }
            return role == Qt::ToolTipRole
                       ? QLocale().toString(c.lastSynced.toLocalTime(), QLocale::LongFormat)
                       : DisplayFormat::localTime(c.lastSynced);
        case LastErrorColumn:
            if (role == Qt::ToolTipRole) {
                return c.lastErrorMessage;
            }
            return c.lastErrorCode;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (column == StatusColumn) {
            return c.isLinked() ? m_linkedIcon : m_orphanIcon;
        }
        if (column == LastErrorColumn && !c.lastErrorCode.isEmpty()) {
            return m_errorIcon;
        }
    }
    if (role == Qt::TextAlignmentRole && column == SpendColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && c.archived && column == NameColumn) {
        return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Customer");
    case IdColumn:
        return tr("Metronome ID");
    case AliasesColumn:
        return tr("Ingest aliases");
    case AccountsColumn:
        return tr("Salesforce account(s)");
    case StatusColumn:
        return tr("Status");
    case SpendColumn:
        return tr("This month");
    case LastSyncedColumn:
        return tr("Last synced");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}
