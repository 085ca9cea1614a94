#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// What the linking workbench passes between the core and the pages: the verdict on a typed
// Account ID, accounts found by name, what a link or unlink changed (Metronome, the workspace
// and Salesforce, including reparenting), the rows of a bulk link file, and suggested links.
namespace Linking {

// Why an Account ID cannot be linked; every class has its own message.
enum class IdProblem
{
    None,
    Empty,
    BadLength,     // not 15 or 18 characters
    BadCharacters, // outside 0-9 A-Z a-z
    BadChecksum,   // the 18-character suffix does not fit the first 15
    NotAnAccount,  // a valid ID of another object (key prefix is not 001)
    NotFound,      // well-formed, but no such Account in the org
    CheckFailed    // the org could not be asked (offline, signed out, cancelled)
};

struct Account
{
    QString id; // canonical 18 characters
    QString name;
    QString website;
    QString metronomeCustomerId; // the legacy NOME__Metronome_Customer_ID__c on Account, where present
};

struct AccountCheck
{
    IdProblem problem = IdProblem::Empty;
    QString typed;
    Account account; // id set once the format is valid, name once the org confirmed it
    bool repairedCase = false;
    QString message;             // for the user; empty when ok
    QStringList linkedCustomers; // customers of this workspace already linked to the account
    bool ok() const { return problem == IdProblem::None; }
    static AccountCheck failed(const QString &message);
};

struct AccountSearch
{
    QString text;
    QList<Account> accounts; // best match first
    bool truncated = false;  // more accounts matched than were fetched
    QString error;
    static AccountSearch failed(const QString &message);
};

// What reparenting moved, per object, so a partial failure shows exactly what moved and
// what did not.
struct ReparentObject
{
    QString object;
    int moved = 0;
    int failed = 0;
};

struct ReparentFailure
{
    QString object;
    QString externalId;
    QString statusCode;
    QString message;
};

struct ReparentReport
{
    Q_DECLARE_TR_FUNCTIONS(ReparentReport)

public:
    QString customerId;
    QString fromAccount;
    QString toAccount; // empty: the lookups were cleared
    QList<ReparentObject> objects;
    QList<ReparentFailure> failures;
    QString error; // what stopped it before every row had an answer (signed out, cancelled...)
    bool usedBulk = false;

    int moved() const;
    int failed() const;
    int total() const { return moved() + failed(); }
    bool complete() const { return error.isEmpty() && failed() == 0; }
    // "42 records reparented." / "40 of 42 records reparented; 2 failed ..."
    QString summary() const;
    // One line per object: "Invoice: 12 moved, 1 failed".
    QStringList objectLines(const std::function<QString(const QString &)> &label) const;
};

enum class LinkAction
{
    LinkPrimary, // the account Metronome keeps (updateConfig); an orphan's records move to it
    AddAccount,  // a further account of the customer (seed 001), kept in the workspace
    Unlink       // removes the primary (Metronome null) or a further account
};

struct LinkRequest
{
    QString customerId;
    QString accountId;
    LinkAction action = LinkAction::LinkPrimary;
    // Set by bulk apply: the format and existence were checked a moment ago.
    bool accountChecked = false;
    QString accountName;
};

struct LinkOutcome
{
    LinkRequest request;
    bool ok = false; // Metronome and the workspace took the change
    QString message; // what happened, for the user
    QString before;  // the customer's accounts before and after, as the audit log shows them
    QString after;
    bool reparented = false; // the account the records carry changed, so they were moved
    ReparentReport reparent;
    QStringList salesforceProblems; // junction rows that could not be written or removed
    bool salesforceComplete() const { return reparent.complete() && salesforceProblems.isEmpty(); }
    static LinkOutcome failed(const QString &message);
};

// A bulk link file's row, from the file through the preview to the result.
enum class BulkVerdict
{
    Ok,
    AlreadyLinked, // this very link exists: nothing to do
    BadId,         // not a Salesforce ID at all (length, characters, empty)
    BadChecksum,
    NotAnAccount,
    AccountNotFound,
    CustomerNotFound,
    LinkedElsewhere, // the customer has another account, or the account another customer
    Duplicate,       // the customer appears earlier in the file
    CheckFailed      // the org could not be asked
};

enum class BulkResult
{
    Pending,
    Applied,
    Failed,
    NotApplied // not applied: a verdict other than ok, or cancelled before its turn
};

struct BulkRow
{
    int line = 0; // in the file, 1-based
    QString customerKey;
    QString typedAccount;
    QString customerId;
    QString customerName;
    QString accountId;
    QString accountName;
    BulkVerdict verdict = BulkVerdict::CheckFailed;
    QString message;
    BulkResult result = BulkResult::Pending;
    QString resultMessage;
    int reparented = 0;
    bool canApply() const { return verdict == BulkVerdict::Ok; }
};

struct BulkPreview
{
    QList<BulkRow> rows;
    QString error;
    static BulkPreview failed(const QString &message);
};

struct BulkApplyResult
{
    QList<BulkRow> rows;
    bool cancelled = false;
    QString error;
    int applied() const;
    int failedCount() const;
    static BulkApplyResult failed(const QString &message);
};

struct Suggestion
{
    enum class Reason
    {
        Name,       // the account's name closely matches the customer's
        MetronomeId // the account already carries the customer's Metronome ID
    };
    QString customerId;
    QString customerName;
    QString accountId;
    QString accountName;
    double score = 0; // 0..1
    Reason reason = Reason::Name;
};

struct SuggestionResult
{
    QList<Suggestion> suggestions;
    int accountsRead = 0;
    int orphansMatched = 0;
    bool usedMetronomeIdField = false;
    QString error;
    static SuggestionResult failed(const QString &message);
};

// Short verdict name for a table cell, and the audit actions this feature writes.
QString verdictText(BulkVerdict verdict);
QString resultText(BulkResult result);

namespace AuditAction {
inline constexpr QLatin1String LinkPrimary("link");
inline constexpr QLatin1String AddAccount("link.additional");
inline constexpr QLatin1String UnlinkPrimary("unlink");
inline constexpr QLatin1String RemoveAccount("unlink.additional");
inline constexpr QLatin1String Reparent("reparent");
} // namespace AuditAction

} // namespace Linking
