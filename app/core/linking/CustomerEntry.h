#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One customer as the Customers and Orphans pages show it.
struct CustomerEntry
{
    QString id;
    QString name;
    QString aliases;
    QString primaryAccountId;    // Metronome's link (customer_config.salesforce_account_id)
    QStringList extraAccountIds; // further accounts kept in the workspace (seed 001)
    QStringList accountNames;    // names of primary + extra accounts, where known
    bool archived = false;
    QString draftTotal;    // current month's spend, major units ("1234.50"), empty if none
    QString draftCurrency; // "USD" or a pricing unit's name
    double draftSort = 0;
    QDateTime lastSynced;  // when Salesforce last confirmed the customer record
    QString lastErrorCode; // from the latest finished run, if any row of the customer failed
    QString lastErrorMessage;

    bool isLinked() const { return !primaryAccountId.isEmpty() || !extraAccountIds.isEmpty(); }
    QStringList allAccountIds() const
    {
        QStringList all;
        if (!primaryAccountId.isEmpty()) {
            all.append(primaryAccountId);
        }
        all.append(extraAccountIds);
        return all;
    }
};
