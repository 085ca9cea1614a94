#pragma once

#include "insight/CustomerInsight.h"

#include <QAbstractTableModel>

// The customer's contracts and legacy plans: name, status, rate card (or plan), start, end,
// usage statement frequency, contract value and the "as synced" badge.
class TermsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        RateCard,
        Start,
        End,
        Statements,
        Value,
        Salesforce,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTerms(const QList<CustomerInsight::Term> &terms, const QDateTime &asOf);
    const CustomerInsight::Term &term(int row) const { return m_terms.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerInsight::Term> m_terms;
    QDateTime m_asOf;
};
