#pragma once

#include "util/Decimal.h"

#include <QHash>
#include <QVariantHash>

class WorkspaceDatabase;

// Collects, while a sync reads Metronome, one line per customer for the Customers and Orphans
// pages: name, ingest aliases, primary account, archived, and the current month's spend (the
// total of its draft invoices, in the currency's major unit). Saved at the end of a complete
// read, replacing the previous summary.
class CustomerSummaryBuilder
{
public:
    void observe(const QString &source, const QVariantHash &row);
    bool save(const WorkspaceDatabase &database, qint64 runId, QString *error = nullptr) const;
    int customerCount() const { return static_cast<int>(m_customers.size()); }

private:
    struct Line
    {
        QString name;
        QString aliases;
        QString accountId;
        bool archived = false;
        bool seen = false;
        // credit type name -> draft total in that unit
        QHash<QString, Decimal> drafts;
    };
    QHash<QString, Line> m_customers;
};
