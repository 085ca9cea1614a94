// Linking against nomesync-sandbox with the real clients over loopback: checking Account IDs,
// finding accounts by (hostile) name, linking orphans with reparenting, bulk links from a
// file, suggestions, unlinking. What Metronome and Salesforce hold afterwards is read through
// the sandbox's admin endpoints, never through the code under test.
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "linking/BulkLinkFile.h"
#include "linking/CompanyNameMatcher.h"
#include "linking/CustomerDirectory.h"
#include "linking/LinkController.h"
#include "linking/LinkService.h"
#include "linking/Reparenter.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceId.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLog.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RecordStateStore.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Linking;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kLink = QStringLiteral("NOME__Metronome_Customer_Account__c");
const QString kAccountField = QStringLiteral("NOME__Account__c");

// The admin endpoint shows checkboxes as SQLite stores them (0/1).
bool checkbox(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : v.toDouble() != 0;
}

template<typename Result, typename Start>
Result await(Start start, int timeoutMs = 60000)
{
    std::optional<Result> result;
    start([&result](const Result &r) { result = r; });
    EXPECT_TRUE(TestEnvironment::waitFor([&result]() { return result.has_value(); }, timeoutMs));
    return result.value_or(Result());
}

class LinkingSandbox : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_rig = new SyncHarness({QStringLiteral("--customers"), QStringLiteral("28"),
                                 QStringLiteral("--seed"), QStringLiteral("11")});
        QString error;
        ASSERT_TRUE(s_rig->start(&error)) << qPrintable(error);
        // Lock errors in the partial-failure test fail at once instead of after backoff rounds.
        s_rig->setWorkspaceSetting(SettingKeys::LockRetryRounds, QStringLiteral("0"));
        const SyncHarness::Outcome first = s_rig->sync();
        ASSERT_EQ(first.state, Sync::RunState::Completed) << qPrintable(first.message);
    }

    static void TearDownTestSuite()
    {
        delete s_rig;
        s_rig = nullptr;
    }

    void SetUp() override
    {
        ASSERT_NE(s_rig, nullptr);
        m_db = std::make_unique<WorkspaceDatabase>(s_rig->workspace().databasePath);
        ASSERT_TRUE(m_db->open());
        m_service = makeService();
    }

    void TearDown() override
    {
        m_service.reset();
        s_rig->sandbox().admin(QByteArrayLiteral("PUT"), QStringLiteral("/salesforce/sf-faults"),
                               QJsonDocument(QJsonObject()));
    }

    std::unique_ptr<LinkService> makeService(int bulkThreshold = 0) const
    {
        LinkService::Settings settings = LinkService::settingsFor(s_rig->workspace());
        settings.metronomeToken = s_rig->metronomeToken();
        settings.salesforceRefreshToken = s_rig->refreshToken();
        settings.actor = QStringLiteral("test-admin");
        if (bulkThreshold > 0) {
            settings.bulkThreshold = bulkThreshold;
        }
        return std::make_unique<LinkService>(settings);
    }

    // Orphans the sync saw, those with the most records in Salesforce first; each test takes
    // its own so that they do not depend on each other's order.
    static QString takeOrphan()
    {
        WorkspaceDatabase db(s_rig->workspace().databasePath);
        const QList<CustomerEntry> customers = CustomerDirectory(db).load();
        QString best;
        int bestCount = -1;
        for (const CustomerEntry &c : customers) {
            if (c.isLinked() || c.archived || s_taken.contains(c.id)) {
                continue;
            }
            int count = 0;
            const QHash<QString, QStringList> records = RecordStateStore(db).externalIdsOfCustomer(c.id);
            for (const QStringList &ids : records) {
                count += static_cast<int>(ids.size());
            }
            if (count > bestCount) {
                best = c.id;
                bestCount = count;
            }
        }
        s_taken.insert(best);
        return best;
    }

    static QString takeLinked()
    {
        WorkspaceDatabase db(s_rig->workspace().databasePath);
        for (const CustomerEntry &c : CustomerDirectory(db).load()) {
            if (c.isLinked() && !c.archived && !s_taken.contains(c.id)) {
                s_taken.insert(c.id);
                return c.id;
            }
        }
        return QString();
    }

    static CustomerEntry entry(const QString &customerId)
    {
        WorkspaceDatabase db(s_rig->workspace().databasePath);
        return CustomerDirectory(db).find(customerId).value_or(CustomerEntry());
    }

    // An Account of the seeded org that no customer is linked to (the seed has spares).
    static Account spareAccount()
    {
        QSet<QString> used;
        for (const QJsonObject &c : s_rig->metronomeCustomers()) {
            used.insert(c.value(QStringLiteral("salesforce_account_id")).toString());
        }
        for (const QJsonObject &a : s_rig->salesforceRecords(QStringLiteral("Account"))) {
            const QString id = a.value(QStringLiteral("Id")).toString();
            if (!used.contains(id) && !s_spares.contains(id) &&
                !a.value(QStringLiteral("Name")).toString().isEmpty()) {
                s_spares.insert(id);
                return Account{id, a.value(QStringLiteral("Name")).toString(), QString(), QString()};
            }
        }
        return Account();
    }

    static QString metronomeLink(const QString &customerId)
    {
        return s_rig->metronomeCustomer(customerId).value(QStringLiteral("salesforce_account_id")).toString();
    }

    static QString customerRecordId(const QString &customerId)
    {
        const QList<QJsonObject> r =
            s_rig->salesforceRecords(kCustomer, QStringLiteral("NOME__Metronome_Customer_ID__c"), customerId);
        return r.isEmpty() ? QString() : r.first().value(QStringLiteral("Id")).toString();
    }

    // Every record of the customer in every object with an Account lookup, by what the sync
    // confirmed and by the customer lookup: object -> (record Id -> account).
    static QHash<QString, QHash<QString, QString>> accountsOfRecords(const QString &customerId)
    {
        QHash<QString, QHash<QString, QString>> out;
        const std::optional<PackageDefinition> package =
            PackageDefinition::builtIn(QStringLiteral("nome_v2"));
        const QString recordId = customerRecordId(customerId);
        for (const PackageObject *object : Reparenter::followingObjects(*package)) {
            const QList<QJsonObject> records =
                object->name == kCustomer
                    ? s_rig->salesforceRecords(kCustomer, QStringLiteral("NOME__Metronome_Customer_ID__c"),
                                               customerId)
                    : s_rig->salesforceRecords(object->name, QStringLiteral("NOME__Customer__c"), recordId);
            for (const QJsonObject &r : records) {
                out[object->name].insert(r.value(QStringLiteral("Id")).toString(),
                                         r.value(kAccountField).toString());
            }
        }
        return out;
    }

    static int recordCount(const QHash<QString, QHash<QString, QString>> &records)
    {
        int n = 0;
        for (const auto &perObject : records) {
            n += static_cast<int>(perObject.size());
        }
        return n;
    }

    static void expectAllRecordsOn(const QString &customerId, const QString &account)
    {
        const QHash<QString, QHash<QString, QString>> records = accountsOfRecords(customerId);
        EXPECT_GT(recordCount(records), 1) << "the customer should have records beyond its own";
        for (auto object = records.begin(); object != records.end(); ++object) {
            for (auto r = object->begin(); r != object->end(); ++r) {
                EXPECT_EQ(r.value(), account) << qPrintable(object.key()) << " " << qPrintable(r.key());
            }
        }
    }

    LinkOutcome link(const QString &customerId, const QString &account,
                     LinkAction action = LinkAction::LinkPrimary, LinkService *service = nullptr)
    {
        LinkService *s = service ? service : m_service.get();
        return await<LinkOutcome>([&](auto reply) {
            s->apply(LinkRequest{customerId, account, action, false, {}}, reply);
        });
    }

    AccountCheck check(const QString &typed)
    {
        return await<AccountCheck>([&](auto reply) { m_service->checkAccount(typed, reply); });
    }

    AccountSearch search(const QString &text)
    {
        return await<AccountSearch>([&](auto reply) { m_service->searchAccounts(text, reply); });
    }

    QString createAccount(const QString &name)
    {
        SalesforceClient *client = m_service->salesforce();
        QString id;
        bool done = false;
        client->send(
            client->jsonRequest("POST", client->dataPath() + QStringLiteral("/sobjects/Account"),
                                QJsonObject{{QStringLiteral("Name"), name}}, QStringLiteral("test.create")),
            nullptr, [&](const SalesforceError &error, const HttpResponse &response) {
                EXPECT_FALSE(error) << qPrintable(error.message());
                id = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString();
                done = true;
            });
        EXPECT_TRUE(TestEnvironment::waitFor([&done]() { return done; }, 30000));
        return id;
    }

    static SyncHarness *s_rig;
    static QSet<QString> s_taken;
    static QSet<QString> s_spares;
    std::unique_ptr<WorkspaceDatabase> m_db;
    std::unique_ptr<LinkService> m_service;
};

SyncHarness *LinkingSandbox::s_rig = nullptr;
QSet<QString> LinkingSandbox::s_taken;
QSet<QString> LinkingSandbox::s_spares;

} // namespace

TEST_F(LinkingSandbox, EachInvalidAccountIdClassIsRejectedWithItsOwnMessage)
{
    const Account real = spareAccount();
    ASSERT_FALSE(real.id.isEmpty());
    const QString id15 = real.id.left(15);
    QString badChecksum = real.id;
    badChecksum[17] = QLatin1Char('9'); // never a suffix character
    const QString contact = SalesforceId::to18(QStringLiteral("0035g0000012345"));
    const QString missing = SalesforceId::to18(QStringLiteral("0015g0000ZZZZZZ"));

    const QList<QPair<QString, IdProblem>> cases = {
        {QString(), IdProblem::Empty},
        {QStringLiteral("001ABC"), IdProblem::BadLength},
        {QStringLiteral("001'; DROP--xyz"), IdProblem::BadCharacters},
        {badChecksum, IdProblem::BadChecksum},
        {contact, IdProblem::NotAnAccount},
        {missing, IdProblem::NotFound},
    };
    QSet<QString> messages;
    for (const auto &[typed, problem] : cases) {
        const AccountCheck c = check(typed);
        EXPECT_EQ(c.problem, problem) << qPrintable(typed);
        EXPECT_FALSE(c.message.isEmpty()) << qPrintable(typed);
        QString wording = c.message;
        wording.remove(typed.trimmed());
        messages.insert(wording);
    }
    EXPECT_EQ(messages.size(), cases.size()) << "every class has its own message";

    // The 15-character form and a spreadsheet-uppercased 18 both find the account and its name.
    const QStringList forms = {id15, real.id.toUpper(),
                               QString(QStringLiteral("  ") + real.id + QStringLiteral(" "))};
    for (const QString &typed : forms) {
        const AccountCheck ok = check(typed);
        EXPECT_TRUE(ok.ok()) << qPrintable(typed) << " " << qPrintable(ok.message);
        EXPECT_EQ(ok.account.id, real.id);
        EXPECT_EQ(ok.account.name, real.name);
    }

    // Linking with an invalid ID changes nothing anywhere.
    const QString orphan = takeOrphan();
    const LinkOutcome refused = link(orphan, badChecksum);
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.message, check(badChecksum).message);
    EXPECT_TRUE(metronomeLink(orphan).isEmpty());
    EXPECT_TRUE(AuditLog(*m_db).entries(orphan).isEmpty());
}

TEST_F(LinkingSandbox, LinkingAnOrphanByIdReparentsEveryRecordAtOnceAndTheNextSyncSendsNothingForIt)
{
    const QString orphan = takeOrphan();
    const Account account = spareAccount();
    const int records = recordCount(accountsOfRecords(orphan));
    ASSERT_GT(records, 3);

    const LinkOutcome outcome = link(orphan, account.id.left(15)); // the 15-character form is fine
    ASSERT_TRUE(outcome.ok) << qPrintable(outcome.message);
    EXPECT_TRUE(outcome.reparented);
    EXPECT_EQ(outcome.reparent.moved(), records);
    EXPECT_EQ(outcome.reparent.failed(), 0);
    EXPECT_TRUE(outcome.salesforceComplete())
        << qPrintable(outcome.salesforceProblems.join(QLatin1Char(';')));
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("%1 records reparented").arg(records)))
        << qPrintable(outcome.message);

    // Metronome holds the link; every record points at the account; the junction row exists.
    EXPECT_EQ(metronomeLink(orphan), account.id);
    expectAllRecordsOn(orphan, account.id);
    const QList<QJsonObject> links = s_rig->salesforceRecords(kLink, QStringLiteral("NOME__Link_ID__c"),
                                                              orphan + QLatin1Char(':') + account.id);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.first().value(kAccountField).toString(), account.id);
    EXPECT_TRUE(checkbox(links.first().value(QStringLiteral("NOME__Primary__c"))));

    // The workspace shows it at once, and the audit log says who changed what.
    const CustomerEntry e = entry(orphan);
    EXPECT_EQ(e.primaryAccountId, account.id);
    EXPECT_EQ(e.accountNames.value(0), account.name);
    const QList<AuditEntry> audit = AuditLog(*m_db).entries(orphan);
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.at(1).action, QString(AuditAction::LinkPrimary));
    EXPECT_EQ(audit.at(1).actor, QStringLiteral("test-admin"));
    EXPECT_EQ(audit.at(1).before, QStringLiteral("none (orphan)"));
    EXPECT_TRUE(audit.at(1).after.contains(account.id));
    EXPECT_EQ(audit.at(0).action, QString(AuditAction::Reparent));
    EXPECT_TRUE(audit.at(0).detail.contains(QStringLiteral("%1 records reparented").arg(records)));

    // Change detection agrees with Salesforce: the next sync has nothing of this customer to send.
    const SyncHarness::Outcome next = s_rig->sync();
    ASSERT_EQ(next.state, Sync::RunState::Completed) << qPrintable(next.message);
    EXPECT_EQ(next.run.totalAttempted(), 0);
    expectAllRecordsOn(orphan, account.id);
}

TEST_F(LinkingSandbox, AHostileAccountNameSearchFindsTheRightAccountAndNothingElse)
{
    // Each target has a decoy that a wildcard or a broken escape would also match.
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("O'Malley \"Quoted\" Holdings"), QStringLiteral("O Malley \"Quoted\" Holdings")},
        {QStringLiteral("Back\\slash \\n Tools"), QStringLiteral("Back/slash \\ Tools")},
        {QStringLiteral("100% Organic Labs"), QStringLiteral("1000 Organic Labs")},
        {QStringLiteral("Under_score Works"), QStringLiteral("UnderXscore Works")},
        {QStringLiteral("Two\nLines Trading"), QStringLiteral("Two Lines Trading")},
        {QStringLiteral("x' OR Name LIKE '%"), QStringLiteral("x OR Name LIKE anything")},
        {QStringLiteral("Tab\tand \\' quote"), QStringLiteral("Tab and ' quote")},
    };
    QHash<QString, QString> idOf;
    for (const auto &[target, decoy] : pairs) {
        idOf.insert(target, createAccount(target));
        createAccount(decoy);
    }
    for (const auto &pair : pairs) {
        const QString &target = pair.first;
        const AccountSearch found = search(target);
        EXPECT_TRUE(found.error.isEmpty()) << qPrintable(target) << ": " << qPrintable(found.error);
        ASSERT_EQ(found.accounts.size(), 1) << qPrintable(target);
        EXPECT_EQ(found.accounts.first().id, idOf.value(target));
        EXPECT_EQ(found.accounts.first().name, target);
    }
    // A wildcard alone matches itself, not every account.
    EXPECT_EQ(search(QStringLiteral("%")).accounts.size(), 2); // "100% Organic Labs" and "x' OR Name LIKE '%"
    EXPECT_EQ(search(QStringLiteral("_")).accounts.size(), 1);

    // Found by name, linked by the ID the search gave.
    const QString orphan = takeOrphan();
    const QString target = pairs.at(0).first;
    const LinkOutcome outcome = link(orphan, search(target).accounts.first().id);
    ASSERT_TRUE(outcome.ok) << qPrintable(outcome.message);
    EXPECT_EQ(metronomeLink(orphan), idOf.value(target));
    expectAllRecordsOn(orphan, idOf.value(target));
}

TEST_F(LinkingSandbox, SearchByCompanyNameRanksTheLookAlikeFirst)
{
    const Account spare = spareAccount();
    // The search text is the account's name without its legal suffix, in other case.
    const QString stem = spare.name.section(QLatin1Char(','), 0, 0).section(QStringLiteral(" Inc"), 0, 0);
    const AccountSearch found = search(stem.toUpper());
    ASSERT_FALSE(found.accounts.isEmpty()) << qPrintable(stem);
    EXPECT_EQ(found.accounts.first().id, spare.id);
}

TEST_F(LinkingSandbox, BulkLinkFromAFileWritesOnlyTheGoodRows)
{
    const QString byId = takeOrphan();
    const QString byAlias = takeOrphan();
    const QString linked = takeLinked();
    const QString notFoundOrphan = takeOrphan();
    ASSERT_FALSE(linked.isEmpty());
    const Account a1 = spareAccount();
    const Account a2 = spareAccount();
    const Account a3 = spareAccount();
    const QString alias = entry(byAlias).aliases.section(QStringLiteral(", "), 0, 0);
    ASSERT_FALSE(alias.isEmpty());
    QString badChecksum = a3.id;
    badChecksum[15] = QLatin1Char('9'); // never a suffix character
    const QString missing = SalesforceId::to18(QStringLiteral("0015g0000ZZZZZY"));
    const QString contact = SalesforceId::to18(QStringLiteral("0035g0000012345"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("links.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QStringList lines = {
        QStringLiteral("Customer,Salesforce Account ID"),
        byId + QLatin1Char(',') + a1.id.left(15),                 // 2 ok by ID (15 characters)
        QLatin1Char('"') + alias + QStringLiteral("\",") + a2.id, // 3 ok by ingest alias, quoted
        notFoundOrphan + QLatin1Char(',') + badChecksum,          // 4 bad checksum
        notFoundOrphan + QLatin1Char(',') + contact,              // 5 not an Account ID
        notFoundOrphan + QLatin1Char(',') + missing,              // 6 account not found
        QStringLiteral("no-such-customer,") + a3.id,              // 7 customer not found
        linked + QLatin1Char(',') + a3.id,                        // 8 already linked elsewhere
        byId + QLatin1Char(',') + a3.id,                          // 9 duplicate customer
        notFoundOrphan + QStringLiteral(",not-an-id"),            // 10 not a Salesforce ID
    };
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    file.close();

    const BulkPreview preview =
        await<BulkPreview>([&](auto reply) { m_service->previewBulkFile(path, reply); });
    ASSERT_TRUE(preview.error.isEmpty()) << qPrintable(preview.error);
    ASSERT_EQ(preview.rows.size(), 9);
    const QList<BulkVerdict> expected = {BulkVerdict::Ok,
                                         BulkVerdict::Ok,
                                         BulkVerdict::BadChecksum,
                                         BulkVerdict::NotAnAccount,
                                         BulkVerdict::AccountNotFound,
                                         BulkVerdict::CustomerNotFound,
                                         BulkVerdict::LinkedElsewhere,
                                         BulkVerdict::Duplicate,
                                         BulkVerdict::BadId};
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(preview.rows.at(i).verdict, expected.at(i))
            << "line " << preview.rows.at(i).line << ": " << qPrintable(preview.rows.at(i).message);
        EXPECT_EQ(preview.rows.at(i).line, i + 2);
    }
    EXPECT_EQ(preview.rows.at(0).accountName, a1.name);
    EXPECT_EQ(preview.rows.at(1).customerId, byAlias);
    // Nothing was written by the preview.
    EXPECT_TRUE(metronomeLink(byId).isEmpty());
    EXPECT_TRUE(metronomeLink(byAlias).isEmpty());

    QList<QPair<int, int>> progress;
    const BulkApplyResult result = await<BulkApplyResult>([&](auto reply) {
        m_service->applyBulk(
            preview.rows,
            [&progress](int done, int total) {
                progress.append({done, total});
            },
            reply);
    });
    EXPECT_FALSE(result.cancelled);
    EXPECT_EQ(result.applied(), 2);
    EXPECT_EQ(result.failedCount(), 0);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.constLast(), qMakePair(2, 2));

    EXPECT_EQ(metronomeLink(byId), a1.id);
    EXPECT_EQ(metronomeLink(byAlias), a2.id);
    EXPECT_TRUE(metronomeLink(notFoundOrphan).isEmpty());
    EXPECT_NE(metronomeLink(linked), a3.id);
    expectAllRecordsOn(byId, a1.id);
    expectAllRecordsOn(byAlias, a2.id);
    for (const QJsonObject &r : s_rig->salesforceRecords(
             kCustomer, QStringLiteral("NOME__Metronome_Customer_ID__c"), notFoundOrphan)) {
        EXPECT_TRUE(r.value(kAccountField).toString().isEmpty());
    }

    // The result file lists the seven rows that were not linked, formulas neutralised.
    const QString csv = QString::fromUtf8(BulkLinkFile::resultFile(result.rows));
    EXPECT_EQ(csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + 7) << qPrintable(csv);
    EXPECT_FALSE(csv.contains(a1.id.left(15)));
    EXPECT_TRUE(csv.contains(QStringLiteral("Bad checksum")));
    EXPECT_TRUE(csv.contains(QStringLiteral("no-such-customer")));
}

TEST_F(LinkingSandbox, UnlinkClearsTheLinkAndTheNextSyncKeepsTheCustomerAnOrphan)
{
    const QString customer = takeLinked();
    ASSERT_FALSE(customer.isEmpty());
    const QString account = entry(customer).primaryAccountId;
    ASSERT_FALSE(account.isEmpty());
    ASSERT_EQ(s_rig
                  ->salesforceRecords(kLink, QStringLiteral("NOME__Link_ID__c"),
                                      customer + QLatin1Char(':') + account)
                  .size(),
              1);

    const LinkOutcome outcome = link(customer, account, LinkAction::Unlink);
    ASSERT_TRUE(outcome.ok) << qPrintable(outcome.message);
    EXPECT_TRUE(outcome.reparented);
    EXPECT_EQ(outcome.reparent.failed(), 0);
    EXPECT_TRUE(metronomeLink(customer).isEmpty());
    EXPECT_FALSE(entry(customer).isLinked());
    expectAllRecordsOn(customer, QString());
    EXPECT_TRUE(s_rig
                    ->salesforceRecords(kLink, QStringLiteral("NOME__Link_ID__c"),
                                        customer + QLatin1Char(':') + account)
                    .isEmpty());
    const QList<AuditEntry> audit = AuditLog(*m_db).entries(customer);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.constLast().action, QString(AuditAction::UnlinkPrimary));
    EXPECT_TRUE(audit.constLast().before.contains(account));

    const SyncHarness::Outcome next = s_rig->sync();
    ASSERT_EQ(next.state, Sync::RunState::Completed) << qPrintable(next.message);
    EXPECT_FALSE(entry(customer).isLinked()) << "an orphan after the sync too";
    expectAllRecordsOn(customer, QString());
}

TEST_F(LinkingSandbox, AFurtherAccountIsKeptInTheWorkspaceAndWrittenAsAJunctionRow)
{
    const QString customer = takeLinked();
    const QString primary = entry(customer).primaryAccountId;
    const Account extra = spareAccount();
    const LinkOutcome outcome = link(customer, extra.id, LinkAction::AddAccount);
    ASSERT_TRUE(outcome.ok) << qPrintable(outcome.message);
    EXPECT_FALSE(outcome.reparented) << "the records stay with the primary account";
    EXPECT_EQ(metronomeLink(customer), primary);
    const CustomerEntry e = entry(customer);
    EXPECT_EQ(e.extraAccountIds, QStringList{extra.id});
    const QList<QJsonObject> row = s_rig->salesforceRecords(kLink, QStringLiteral("NOME__Link_ID__c"),
                                                            customer + QLatin1Char(':') + extra.id);
    ASSERT_EQ(row.size(), 1);
    EXPECT_FALSE(checkbox(row.first().value(QStringLiteral("NOME__Primary__c"))));
    const QList<QJsonObject> primaryRow = s_rig->salesforceRecords(kLink, QStringLiteral("NOME__Link_ID__c"),
                                                                   customer + QLatin1Char(':') + primary);
    ASSERT_EQ(primaryRow.size(), 1);
    EXPECT_TRUE(checkbox(primaryRow.first().value(QStringLiteral("NOME__Primary__c"))));
    expectAllRecordsOn(customer, primary);

    const LinkOutcome removed = link(customer, extra.id, LinkAction::Unlink);
    ASSERT_TRUE(removed.ok) << qPrintable(removed.message);
    EXPECT_TRUE(entry(customer).extraAccountIds.isEmpty());
    EXPECT_EQ(metronomeLink(customer), primary);
    EXPECT_TRUE(s_rig
                    ->salesforceRecords(kLink, QStringLiteral("NOME__Link_ID__c"),
                                        customer + QLatin1Char(':') + extra.id)
                    .isEmpty());
}

TEST_F(LinkingSandbox, APartialReparentSaysWhatMovedAndTheNextSyncCompletesIt)
{
    const QString orphan = takeOrphan();
    const Account account = spareAccount();
    // Two of its records are locked for good.
    const QHash<QString, QStringList> confirmed = RecordStateStore(*m_db).externalIdsOfCustomer(orphan);
    QStringList locked;
    QString lockedObject;
    // Usage rows when it has them (QHash order changes per process; a test must not).
    QStringList objects = confirmed.keys();
    std::sort(objects.begin(), objects.end());
    objects.prepend(QStringLiteral("NOME__Metronome_Usage__c"));
    for (const QString &object : std::as_const(objects)) {
        const QStringList ids = confirmed.value(object);
        if (locked.isEmpty() && object != kCustomer && object != kLink && ids.size() >= 3) {
            locked = ids.mid(0, 2);
            lockedObject = object;
        }
    }
    ASSERT_EQ(locked.size(), 2);
    s_rig->sandbox().adminPost(QStringLiteral("/salesforce/sf-faults"),
                               QJsonObject{{QStringLiteral("lock_keys"), QJsonArray::fromStringList(locked)},
                                           {QStringLiteral("lock_attempts"), 1000}});
    const int records = recordCount(accountsOfRecords(orphan));

    const LinkOutcome outcome = link(orphan, account.id);
    ASSERT_TRUE(outcome.ok) << "Metronome took the link: " << qPrintable(outcome.message);
    EXPECT_EQ(outcome.reparent.moved(), records - 2)
        << "locked " << qPrintable(lockedObject) << " " << qPrintable(locked.join(QLatin1Char(' ')));
    EXPECT_EQ(outcome.reparent.failed(), 2);
    ASSERT_EQ(outcome.reparent.failures.size(), 2);
    for (const ReparentFailure &f : outcome.reparent.failures) {
        EXPECT_EQ(f.object, lockedObject);
        EXPECT_TRUE(locked.contains(f.externalId));
        EXPECT_EQ(f.statusCode, QStringLiteral("UNABLE_TO_LOCK_ROW"));
    }
    bool objectLine = false;
    for (const ReparentObject &o : outcome.reparent.objects) {
        if (o.object == lockedObject) {
            objectLine = true;
            EXPECT_EQ(o.failed, 2);
        }
    }
    EXPECT_TRUE(objectLine);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("%1 of %2").arg(records - 2).arg(records)))
        << qPrintable(outcome.message);
    EXPECT_EQ(metronomeLink(orphan), account.id);
    // The locked rows were forgotten, so the next sync sends them again.
    for (const QString &key : locked) {
        EXPECT_EQ(RecordStateStore(*m_db).hashOf(lockedObject, key), 0u);
    }

    s_rig->sandbox().admin(QByteArrayLiteral("PUT"), QStringLiteral("/salesforce/sf-faults"),
                           QJsonDocument(QJsonObject()));
    const SyncHarness::Outcome next = s_rig->sync();
    ASSERT_EQ(next.state, Sync::RunState::Completed) << qPrintable(next.message);
    EXPECT_EQ(next.count(lockedObject, &Sync::ObjectCounts::succeeded), 2);
    expectAllRecordsOn(orphan, account.id);
}

TEST_F(LinkingSandbox, ManyRecordsAreReparentedThroughBulkApi)
{
    const QString orphan = takeOrphan();
    const Account account = spareAccount();
    const std::unique_ptr<LinkService> bulky = makeService(5);
    const LinkOutcome outcome = link(orphan, account.id, LinkAction::LinkPrimary, bulky.get());
    ASSERT_TRUE(outcome.ok) << qPrintable(outcome.message);
    EXPECT_TRUE(outcome.reparent.usedBulk);
    EXPECT_EQ(outcome.reparent.failed(), 0);
    expectAllRecordsOn(orphan, account.id);
}

TEST_F(LinkingSandbox, SuggestionsOfferTheLookAlikeAccountsWithoutLinkingAnything)
{
    const SuggestionResult result =
        await<SuggestionResult>([&](auto reply) { m_service->suggest([](int) {}, reply); });
    ASSERT_TRUE(result.error.isEmpty()) << qPrintable(result.error);
    EXPECT_FALSE(result.usedMetronomeIdField) << "the sandbox's Account has no such field";
    EXPECT_GE(result.accountsRead, 28);
    ASSERT_FALSE(result.suggestions.isEmpty());
    EXPECT_EQ(result.suggestions.size(), result.orphansMatched) << "every orphan has a look-alike account";
    for (const Suggestion &s : result.suggestions) {
        EXPECT_EQ(CompanyNameMatcher::normalise(s.customerName), CompanyNameMatcher::normalise(s.accountName))
            << qPrintable(s.customerName) << " / " << qPrintable(s.accountName);
        EXPECT_GE(s.score, 0.95);
        EXPECT_TRUE(metronomeLink(s.customerId).isEmpty()) << "suggestions are never applied by themselves";
    }
}

TEST_F(LinkingSandbox, TheControllerWorksOnItsOwnThreadWithSecretsFromTheKeychain)
{
    MemorySecretStore secrets;
    const QString ws = s_rig->workspace().id;
    int written = 0;
    secrets.write(SecretStore::keyFor(ws, SecretStore::Kind::MetronomeToken), s_rig->metronomeToken(),
                  nullptr, [&written](const SecretResult &) { ++written; });
    secrets.write(SecretStore::keyFor(ws, SecretStore::Kind::SalesforceRefreshToken), s_rig->refreshToken(),
                  nullptr, [&written](const SecretResult &) { ++written; });
    ASSERT_TRUE(TestEnvironment::waitFor([&written]() { return written == 2; }));

    LinkController controller(&secrets);
    controller.setWorkspace(s_rig->workspace());
    const Account spare = spareAccount();
    QThread *answeredOn = nullptr;
    const AccountCheck c = await<AccountCheck>([&](auto reply) {
        controller.checkAccount(spare.id, &controller, [&answeredOn, reply](const AccountCheck &r) {
            answeredOn = QThread::currentThread();
            reply(r);
        });
    });
    EXPECT_TRUE(c.ok()) << qPrintable(c.message);
    EXPECT_EQ(c.account.name, spare.name);
    EXPECT_EQ(answeredOn, QThread::currentThread());
    EXPECT_FALSE(controller.isBusy());

    // Without the keychain entries it says why, and does not hang.
    LinkController locked(&secrets);
    WorkspaceInfo other = s_rig->workspace();
    other.id = QStringLiteral("no-such-workspace");
    locked.setWorkspace(other);
    const AccountCheck refused =
        await<AccountCheck>([&](auto reply) { locked.checkAccount(spare.id, &locked, reply); });
    EXPECT_EQ(refused.problem, IdProblem::CheckFailed);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("keychain"))) << qPrintable(refused.message);
}
