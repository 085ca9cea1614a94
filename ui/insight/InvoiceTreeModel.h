#pragma once

#include "insight/CustomerInsight.h"

#include <QAbstractItemModel>

// Invoices (draft, finalized, void), their line items and the line items' sub line items as a
// three-level tree, every total in its invoice's currency, each with its "as synced" badge.
class InvoiceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Item,
        Type,
        Quantity,
        UnitPrice,
        Total,
        Salesforce,
        ColumnCount
    };
    static constexpr int StatusRole = Qt::UserRole + 1; // an invoice row's Metronome status
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int AmountRole = Qt::UserRole + 3; // the total as a double in major units

    using QAbstractItemModel::QAbstractItemModel;

    void setInvoices(const QList<CustomerInsight::Invoice> &invoices);
    const QList<CustomerInsight::Invoice> &invoices() const { return m_invoices; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for an invoice; 1 + invoice row for a line item; 1 + invoices + k for a
    // sub line item, k indexing m_lineKeys (the line it belongs to).
    enum class Level
    {
        Invoice,
        Line,
        Sub
    };
    Level levelOf(const QModelIndex &index) const;
    QVariant invoiceData(const CustomerInsight::Invoice &invoice, int column, int role) const;
    QVariant lineData(const CustomerInsight::LineItem &line, int column, int role) const;
    QVariant subData(const CustomerInsight::SubLineItem &sub, int column, int role) const;

    QList<CustomerInsight::Invoice> m_invoices;
    QList<QPair<int, int>> m_lineKeys; // (invoice row, line row) of lines with sub line items
    QHash<quint64, int> m_keyOf;       // (invoice << 32 | line) -> index in m_lineKeys
};
