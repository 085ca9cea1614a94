#pragma once

#include "linking/LinkTypes.h"

#include <QHash>
#include <QObject>

#include <functional>

class SalesforceClient;

// Salesforce Accounts as the linking workbench reads them: checking a typed Account ID
// (format first, so nothing malformed reaches SOQL, then existence and name in one query),
// searching by name with an escaped LIKE pattern, fetching many IDs in IN batches, and
// paging through every account for link suggestions.
class AccountDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdBatchSize = 200;
    static constexpr int SearchLimit = 50;
    // The legacy package field some orgs have on Account (never assumed: read describe first).
    static constexpr const char *MetronomeIdField = "NOME__Metronome_Customer_ID__c";

    explicit AccountDirectory(SalesforceClient *client, QObject *parent = nullptr);

    // The format verdict alone (no call): empty, length, characters, checksum, Account prefix.
    static Linking::AccountCheck checkFormat(const QString &typed);
    static QString message(Linking::IdProblem problem, const QString &typed);

    void check(const QString &typed, std::function<void(const Linking::AccountCheck &)> done);
    // Accounts whose name contains `text`, best match first (at most SearchLimit).
    void search(const QString &text, std::function<void(const Linking::AccountSearch &)> done);
    // The accounts among `ids` (canonical 18-character IDs) that exist, by ID.
    void fetch(const QStringList &ids,
               std::function<void(const QString &error, const QHash<QString, Linking::Account> &found)> done);
    // Every account, page by page (`onPage` returns false to stop), with the Metronome ID field
    // when the org's Account has it.
    void fetchAll(std::function<bool(const QList<Linking::Account> &page)> onPage,
                  std::function<void(const QString &error, bool withMetronomeId)> done);

private:
    void fetchBatch(const QStringList &ids, int from,
                    const std::shared_ptr<QHash<QString, Linking::Account>> &found,
                    std::function<void(const QString &, const QHash<QString, Linking::Account> &)> done);

    SalesforceClient *m_client;
};
