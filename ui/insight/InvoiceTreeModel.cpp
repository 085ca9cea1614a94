#include "insight/InvoiceTreeModel.h"

#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace {

quint64 keyOf(int invoice, int line)
{
    return (static_cast<quint64>(invoice) << 32) | static_cast<quint32>(line);
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

void InvoiceTreeModel::setInvoices(const QList<CustomerInsight::Invoice> &invoices)
{
    beginResetModel();
    m_invoices = invoices;
    m_lineKeys.clear();
    m_keyOf.clear();
    for (int i = 0; i < m_invoices.size(); ++i) {
        for (int l = 0; l < m_invoices.at(i).lineItems.size(); ++l) {
            if (!m_invoices.at(i).lineItems.at(l).subLineItems.isEmpty()) {
                m_keyOf.insert(keyOf(i, l), static_cast<int>(m_lineKeys.size()));
                m_lineKeys.append({i, l});
            }
        }
    }
    endResetModel();
}

InvoiceTreeModel::Level InvoiceTreeModel::levelOf(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0) {
        return Level::Invoice;
    }
    return id <= static_cast<quintptr>(m_invoices.size()) ? Level::Line : Level::Sub;
}

QModelIndex InvoiceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) {
        return QModelIndex();
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    switch (levelOf(parent)) {
    case Level::Invoice:
        return createIndex(row, column, static_cast<quintptr>(1 + parent.row()));
    case Level::Line: {
        const int invoice = static_cast<int>(parent.internalId()) - 1;
        const int key = m_keyOf.value(keyOf(invoice, parent.row()), -1);
        if (key < 0) {
            return QModelIndex();
        }
        return createIndex(row, column, static_cast<quintptr>(1 + m_invoices.size() + key));
    }
    case Level::Sub:
        return QModelIndex();
    }
    return QModelIndex();
}

QModelIndex InvoiceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return QModelIndex();
    }
    switch (levelOf(child)) {
    case Level::Invoice:
        return QModelIndex();
    case Level::Line:
        return createIndex(static_cast<int>(child.internalId()) - 1, 0, quintptr(0));
    case Level::Sub: {
        const int key = static_cast<int>(child.internalId() - 1 - static_cast<quintptr>(m_invoices.size()));
        const QPair<int, int> &line = m_lineKeys.at(key);
        return createIndex(line.second, 0, static_cast<quintptr>(1 + line.first));
    }
    }
    return QModelIndex();
}

int InvoiceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_invoices.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    switch (levelOf(parent)) {
    case Level::Invoice:
        return static_cast<int>(m_invoices.at(parent.row()).lineItems.size());
    case Level::Line: {
        const int invoice = static_cast<int>(parent.internalId()) - 1;
        return static_cast<int>(m_invoices.at(invoice).lineItems.at(parent.row()).subLineItems.size());
    }
    case Level::Sub:
        return 0;
    }
    return 0;
}

int InvoiceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InvoiceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return QVariant();
    }
    switch (levelOf(index)) {
    case Level::Invoice:
        return invoiceData(m_invoices.at(index.row()), index.column(), role);
    case Level::Line: {
        const int invoice = static_cast<int>(index.internalId()) - 1;
        return lineData(m_invoices.at(invoice).lineItems.at(index.row()), index.column(), role);
    }
    case Level::Sub: {
        const int key = static_cast<int>(index.internalId() - 1 - static_cast<quintptr>(m_invoices.size()));
        const QPair<int, int> &line = m_lineKeys.at(key);
        return subData(m_invoices.at(line.first).lineItems.at(line.second).subLineItems.at(index.row()),
                       index.column(), role);
    }
    }
    return QVariant();
}

QVariant InvoiceTreeModel::invoiceData(const CustomerInsight::Invoice &invoice, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return InsightDisplay::period(invoice.start, invoice.end);
        case Type:
            //: Invoice type and status, e.g. "Usage · Draft".
            return tr("%1 · %2").arg(InsightDisplay::invoiceType(invoice.type),
                                     InsightDisplay::status(invoice.status));
        case Total:
            return MoneyFormat::money(invoice.total);
        case Salesforce:
            return invoice.badge.text();
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        return column == Salesforce ? QVariant(InsightDisplay::badgeIcon(invoice.badge.state)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Salesforce) {
            return invoice.badge.toolTip();
        }
        if (column == Total && invoice.subtotal) {
            return tr("Subtotal %1; total after commits, credits and adjustments %2.")
                .arg(MoneyFormat::money(*invoice.subtotal), MoneyFormat::money(invoice.total));
        }
        if (column == Item) {
            return invoice.issuedAt.isValid()
                       ? tr("Invoice %1, issued %2").arg(invoice.id, InsightDisplay::date(invoice.issuedAt))
                       : tr("Invoice %1, not issued yet").arg(invoice.id);
        }
        return QVariant();
    case Qt::FontRole: {
        QFont font;
        if (invoice.isDraft()) {
            font.setItalic(true);
        }
        if (invoice.isVoid()) {
            font.setStrikeOut(true);
        }
        return font;
    }
    case Qt::ForegroundRole:
        return invoice.isVoid() ? QVariant(QPalette().brush(QPalette::PlaceholderText)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Total ? rightAligned() : QVariant();
    case StatusRole:
        return invoice.status.toUpper();
    case IdRole:
        return invoice.id;
    case AmountRole:
        return column == Total ? QVariant(invoice.total.majorUnits().toDouble()) : QVariant();
    default:
        return QVariant();
    }
}

QVariant InvoiceTreeModel::lineData(const CustomerInsight::LineItem &line, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return line.name;
        case Type:
            return InsightDisplay::lineType(line.type);
        case Quantity:
            return line.quantity ? MoneyFormat::number(*line.quantity) : QString();
        case UnitPrice:
            return line.unitPrice ? MoneyFormat::money(MetronomeMoney{*line.unitPrice, line.total.creditType},
                                                       QLocale(), 8)
                                  : QString();
        case Total:
            return MoneyFormat::money(line.total);
        case Salesforce:
            return line.badge.text();
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        return column == Salesforce ? QVariant(InsightDisplay::badgeIcon(line.badge.state)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Salesforce) {
            return line.badge.toolTip();
        }
        if (column == Total && line.type == QLatin1String("applied_commit_or_credit")) {
            return tr("Drawn from a commit or credit (a postpaid commit's application is shown but not "
                      "deducted from the invoice total).");
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return column == Quantity || column == UnitPrice || column == Total ? rightAligned() : QVariant();
    case IdRole:
        return line.id;
    case AmountRole:
        return column == Total ? QVariant(line.total.majorUnits().toDouble()) : QVariant();
    default:
        return QVariant();
    }
}

QVariant InvoiceTreeModel::subData(const CustomerInsight::SubLineItem &sub, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return sub.name;
        case Type:
            return tr("Charge");
        case Quantity:
            return sub.quantity ? MoneyFormat::number(*sub.quantity) : QString();
        case UnitPrice:
            return sub.price
                       ? MoneyFormat::money(MetronomeMoney{*sub.price, sub.subtotal.creditType}, QLocale(), 8)
                       : QString();
        case Total:
            return MoneyFormat::money(sub.subtotal);
        case Salesforce:
            return sub.badge.text();
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        return column == Salesforce ? QVariant(InsightDisplay::badgeIcon(sub.badge.state)) : QVariant();
    case Qt::ToolTipRole:
        return column == Salesforce ? QVariant(sub.badge.toolTip()) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Quantity || column == UnitPrice || column == Total ? rightAligned() : QVariant();
    case IdRole:
        return sub.id;
    case AmountRole:
        return column == Total ? QVariant(sub.subtotal.majorUnits().toDouble()) : QVariant();
    default:
        return QVariant();
    }
}

QVariant InvoiceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Item:
        return tr("Invoice period / item");
    case Type:
        return tr("Type");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Total:
        return tr("Total");
    case Salesforce:
        return tr("Salesforce");
    default:
        return QVariant();
    }
}
