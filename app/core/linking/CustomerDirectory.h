#pragma once

#include "linking/CustomerEntry.h"

#include <QList>

class WorkspaceDatabase;

// Reads the customers of a workspace for the pages: the summary of the last sync, extra
// account links, account names, when each was last confirmed in Salesforce, and its latest
// row error. A few set-based queries, merged in memory, so 100,000 customers load in well
// under a second (see tests/bench).
class CustomerDirectory
{
public:
    explicit CustomerDirectory(const WorkspaceDatabase &database, const QString &customerObject = QString());

    QList<CustomerEntry> load(QString *error = nullptr) const;
    std::optional<CustomerEntry> find(const QString &customerIdOrAlias) const;

private:
    QList<CustomerEntry> query(const QString &where, const QVariantList &binds, QString *error) const;

    const WorkspaceDatabase &m_database;
    QString m_customerObject;
};
