#pragma once

#include "linking/LinkTypes.h"
#include "package/PackageDefinition.h"

#include <QObject>

#include <functional>
#include <memory>

class SalesforceClient;
class SalesforceError;
class WorkspaceDatabase;
struct SalesforceRecordResult;

// Moves a customer's Salesforce records to another Account at once, not at the next sync:
// the customer record and every record of an object that carries an Account lookup
// (`accountLookup` in the package: contracts, commits, invoices, credit grants, customer
// plans, usage...). Which records exist comes from what Salesforce confirmed to the sync
// (RecordStateStore); only the lookup is written, by external ID, with sObject Collections
// (200 a call) or Bulk API 2.0 above the threshold.
//
// Afterwards the sync's change detection agrees with Salesforce: a moved record whose
// confirmed hash matched the last mapping gets the hash of the same mapping with the new
// account (so the next sync does not send it again); every other row, and every row that did
// not move, is forgotten, so the next sync sends it in full with the account Metronome has.
class Reparenter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Linking::ReparentReport &)>;

    Reparenter(SalesforceClient *client, const PackageDefinition &package, const WorkspaceDatabase &database,
               const QString &environment, QObject *parent = nullptr);
    ~Reparenter() override;

    void setBulkThreshold(int rows) { m_bulkThreshold = std::max(1, rows); }
    int bulkThreshold() const { return m_bulkThreshold; }

    // Objects whose records follow the customer's account, parents first. The junction rows
    // (one per customer and account) are not among them: each names its own account.
    static QList<const PackageObject *> followingObjects(const PackageDefinition &package);

    // `toAccount` empty clears the lookups. `done` runs once, also after cancel().
    void reparent(const QString &customerId, const QString &fromAccount, const QString &toAccount, Done done);
    void cancel();

Q_SIGNALS:
    void progress(const QString &customerId, int done, int total);

private:
    struct Run;
    void nextObject(const std::shared_ptr<Run> &run);
    void settle(Run &run, const PackageObject &object, const QStringList &externalIds,
                const QList<SalesforceRecordResult> &results, const SalesforceError &error);
    void giveUp(Run &run, const QString &reason);

    SalesforceClient *m_client;
    PackageDefinition m_package;
    const WorkspaceDatabase &m_database;
    QString m_environment;
    int m_bulkThreshold = 2000;
    bool m_cancelled = false;
};
