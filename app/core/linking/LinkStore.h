#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class WorkspaceDatabase;

// The links the workspace keeps itself: further Salesforce accounts of a customer besides
// the primary link that lives in Metronome (seed 001), and the names of accounts as last
// read from the org.
class LinkStore
{
    Q_DECLARE_TR_FUNCTIONS(LinkStore)

public:
    explicit LinkStore(const WorkspaceDatabase &database);

    QStringList extraAccounts(const QString &customerId) const;
    bool addExtraAccount(const QString &customerId, const QString &accountId, const QString &actor,
                         QString *error = nullptr);
    bool removeExtraAccount(const QString &customerId, const QString &accountId, QString *error = nullptr);
    // Every (customer, extra account) pair, for the sync's customer-account rows.
    QHash<QString, QStringList> allExtraAccounts() const;

    bool rememberAccountName(const QString &accountId, const QString &name);
    QString accountName(const QString &accountId) const;

private:
    const WorkspaceDatabase &m_database;
};
