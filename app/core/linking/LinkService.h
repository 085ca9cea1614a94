#pragma once

#include "linking/CustomerEntry.h"
#include "linking/LinkTypes.h"
#include "package/PackageDefinition.h"
#include "salesforce/SalesforceOAuthConfig.h"
#include "store/WorkspaceDatabase.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class AccountDirectory;
class MetronomeClient;
class Reparenter;
class SalesforceClient;
class SalesforceSession;
struct WorkspaceInfo;

// Links Metronome customers to Salesforce Accounts, end to end: the primary link in Metronome
// (updateConfig), further accounts in the workspace (seed 001), the junction rows and the
// reparented records in Salesforce, the workspace's own view of the customer, and a line in
// the audit log for every change (who, when, before, after).
//
// Order of a change: the account is checked (format, then existence in the org); Metronome
// takes the link; the workspace records it; then Salesforce follows at once: when the account
// the customer's records hang under changes (linking an orphan, changing or removing the
// primary), every record with an Account lookup moves (Reparenter) and the junction rows are
// written or removed. Metronome is the source of truth: if Salesforce fails part-way, the
// outcome says exactly what moved and the next sync completes the rest.
//
// Lives on one thread with an event loop (LinkController runs it on a worker); owns its own
// network access and uses that thread's database connection. Every callback runs once.
class LinkService : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString databasePath;
        QString environment;
        QString packageVariant = QStringLiteral("nome_v2");
        QUrl metronomeUrl;
        QString metronomeToken;
        SalesforceOAuthConfig oauth;
        QString salesforceRefreshToken;
        QString actor;            // the audit log's "who"; the OS user by default
        int bulkThreshold = 2000; // records of one object above which reparenting uses Bulk API 2.0
        int lockRetryRounds = 5;
        int bulkWindow = 4; // customers linked at once by a bulk apply
    };
    // Everything but the secrets, from the workspace database.
    static Settings settingsFor(const WorkspaceInfo &workspace, QString *error = nullptr);

    explicit LinkService(const Settings &settings, QObject *parent = nullptr);
    ~LinkService() override;

    const Settings &settings() const { return m_settings; }
    const PackageDefinition &package() const { return m_package; }
    SalesforceClient *salesforce() const { return m_salesforce; }
    MetronomeClient *metronome() const { return m_metronome; }

    void checkAccount(const QString &typed, std::function<void(const Linking::AccountCheck &)> done);
    void searchAccounts(const QString &text, std::function<void(const Linking::AccountSearch &)> done);
    void apply(const Linking::LinkRequest &request, std::function<void(const Linking::LinkOutcome &)> done);

    // Reads a link file (customer ID or ingest alias, Account ID) and gives every row its
    // verdict; nothing is written. IDs are validated before any reaches SOQL, and existence is
    // checked in IN batches.
    void previewBulkFile(const QString &path, std::function<void(const Linking::BulkPreview &)> done);
    void previewBulk(QList<Linking::BulkRow> rows, std::function<void(const Linking::BulkPreview &)> done);
    // Links the rows whose verdict is ok, a few customers at a time; cancel() stops before the
    // next row (rows not reached come back NotApplied).
    void applyBulk(const QList<Linking::BulkRow> &rows, std::function<void(int done, int total)> progress,
                   std::function<void(const Linking::BulkApplyResult &)> done);

    // Reads every Account (paged) and matches the workspace's orphans against them: by the
    // legacy Metronome ID field on Account where the org has it, else by company name.
    void suggest(std::function<void(int accountsRead)> progress,
                 std::function<void(const Linking::SuggestionResult &)> done);
    // Reads the names of accounts the workspace links to but has no name for.
    void fetchAccountNames(const QStringList &accountIds,
                           std::function<void(int stored, const QString &error)> done);

    // A bulk apply starts no further row; the rows in progress finish.
    void stopBulk();
    // Stops every call in progress; their callbacks still run once, with a cancelled result.
    void cancel();

private:
    struct Change;
    struct BulkRun;
    void decide(const std::shared_ptr<Change> &change);
    void writeMetronome(const std::shared_ptr<Change> &change);
    void recordInWorkspace(const std::shared_ptr<Change> &change);
    void updateSalesforce(const std::shared_ptr<Change> &change);
    void writeJunctionRows(const std::shared_ptr<Change> &change, std::function<void()> then);
    void finish(const std::shared_ptr<Change> &change);
    QStringList customersLinkedTo(const QString &accountId, const QString &except = QString()) const;
    QString describeAccounts(const QString &primary, const QStringList &extras) const;
    void applyNext(const std::shared_ptr<BulkRun> &run);
    void fail(const std::shared_ptr<Change> &change, const QString &message);

    Settings m_settings;
    WorkspaceDatabase m_database;
    PackageDefinition m_package;
    MetronomeClient *m_metronome = nullptr;
    SalesforceSession *m_session = nullptr;
    SalesforceClient *m_salesforce = nullptr;
    AccountDirectory *m_accounts = nullptr;
    Reparenter *m_reparenter = nullptr;
    bool m_cancelled = false;
    bool m_stopBulk = false;
};
