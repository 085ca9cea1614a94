#pragma once

#include <QSortFilterProxyModel>

// Shows the invoices of one status (or all); their line items always come along.
class InvoiceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // "DRAFT", "FINALIZED", "VOID"; empty for all.
    void setStatus(const QString &status);
    const QString &status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
};
