#include "linking/LinkService.h"

#include "linking/AccountDirectory.h"
#include "linking/BulkLinkFile.h"
#include "linking/CustomerDirectory.h"
#include "linking/LinkStore.h"
#include "linking/Reparenter.h"
#include "linking/SuggestionMatcher.h"
#include "logging/LogCategories.h"
#include "metronome/MetronomeClient.h"
#include "net/HttpTransport.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/SalesforceSession.h"
#include "salesforce/Soql.h"
#include "store/AuditLog.h"
#include "store/SettingKeys.h"
#include "store/SqlValue.h"
#include "store/WorkspaceInfo.h"
#include "sync/RecordMapper.h"
#include "sync/RecordStateStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlQuery>

using namespace Linking;

namespace {

// The canonical 18-character form where the text is an ID; otherwise the text as it is.
QString canonical(const QString &id)
{
    const SalesforceId::Parsed parsed = SalesforceId::parse(id);
    return parsed.ok() ? parsed.id18 : id.trimmed();
}

QStringList canonicalList(const QStringList &ids, const QString &without = QString())
{
    QStringList out;
    for (const QString &id : ids) {
        const QString c = canonical(id);
        if (!c.isEmpty() && c != without && !out.contains(c)) {
            out.append(c);
        }
    }
    return out;
}

const QString kCustomerAccounts = QStringLiteral("customer_accounts");
const QString kCustomers = QStringLiteral("customers");

} // namespace

struct LinkService::Change
{
    LinkRequest request;
    std::function<void(const LinkOutcome &)> done;
    CustomerEntry entry;
    Account account;
    QString beforePrimary;
    QStringList beforeExtras;
    QString afterPrimary;
    QStringList afterExtras;
    bool promoted = false; // "add an account" to an orphan makes it the primary
    LinkOutcome outcome;

    QString effectiveBefore() const
    {
        return beforePrimary.isEmpty() ? beforeExtras.value(0) : beforePrimary;
    }
    QString effectiveAfter() const { return afterPrimary.isEmpty() ? afterExtras.value(0) : afterPrimary; }
    QStringList beforeAll() const
    {
        return (beforePrimary.isEmpty() ? QStringList() : QStringList{beforePrimary}) + beforeExtras;
    }
    QStringList afterAll() const
    {
        return (afterPrimary.isEmpty() ? QStringList() : QStringList{afterPrimary}) + afterExtras;
    }
};

struct LinkService::BulkRun
{
    QList<BulkRow> rows;
    QList<int> queue;
    int inFlight = 0;
    int done = 0;
    int total = 0;
    bool reported = false;
    bool stopped = false;
    std::function<void(int, int)> progress;
    std::function<void(const BulkApplyResult &)> finished;
};

LinkService::Settings LinkService::settingsFor(const WorkspaceInfo &workspace, QString *error)
{
    Settings s;
    s.databasePath = workspace.databasePath;
    s.environment = workspace.environment;
    WorkspaceDatabase db(workspace.databasePath);
    if (!db.open(error)) {
        return s;
    }
    s.packageVariant = db.setting(SettingKeys::PackageVariant, QStringLiteral("nome_v2"));
    s.metronomeUrl = QUrl(db.setting(SettingKeys::MetronomeBaseUrl));
    s.oauth.loginUrl = QUrl(db.setting(SettingKeys::SalesforceLoginUrl));
    s.oauth.clientId = db.setting(SettingKeys::SalesforceClientId);
    const int threshold = db.setting(SettingKeys::BulkThreshold).toInt();
    if (threshold > 0) {
        s.bulkThreshold = threshold;
    }
    s.lockRetryRounds = db.setting(SettingKeys::LockRetryRounds, QStringLiteral("5")).toInt();
    s.actor = AuditLog::currentActor();
    if (error && (s.metronomeUrl.isEmpty() || s.oauth.loginUrl.isEmpty())) {
        *error = tr("Workspace \"%1\" is not set up yet: finish the setup wizard first.").arg(workspace.name);
    }
    return s;
}

LinkService::LinkService(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_database(settings.databasePath)
{
    QString error;
    if (!m_database.open(&error)) {
        qCWarning(lcLinking) << "workspace database did not open:" << error;
    }
    m_package = PackageDefinition::builtIn(settings.packageVariant, &error).value_or(PackageDefinition());
    if (m_settings.actor.isEmpty()) {
        m_settings.actor = AuditLog::currentActor();
    }

    auto *network = new QNetworkAccessManager(this);
    auto *transport = new HttpTransport(network, this);
    m_metronome = new MetronomeClient(transport, this);
    m_metronome->setBaseUrl(settings.metronomeUrl);
    m_metronome->setToken(settings.metronomeToken);

    m_session = new SalesforceSession(settings.oauth, this);
    m_session->setRefreshToken(settings.salesforceRefreshToken);
    m_salesforce = new SalesforceClient(m_session, this);
    m_salesforce->setClientName(QStringLiteral("NomeSync-Linking"));
    RetryPolicy lockPolicy = m_salesforce->lockRetryPolicy();
    lockPolicy.maxRetries = std::max(0, settings.lockRetryRounds);
    m_salesforce->setLockRetryPolicy(lockPolicy);
    m_salesforce->setBulkPolling(500, 5000);

    m_accounts = new AccountDirectory(m_salesforce, this);
    m_reparenter = new Reparenter(m_salesforce, m_package, m_database, settings.environment, this);
    m_reparenter->setBulkThreshold(settings.bulkThreshold);
}

LinkService::~LinkService()
{
    m_salesforce->cancelAll();
    m_metronome->cancelAll();
}

// --- Accounts ------------------------------------------------------------------------------

void LinkService::checkAccount(const QString &typed, std::function<void(const AccountCheck &)> done)
{
    m_cancelled = false;
    m_accounts->check(typed, [this, done](const AccountCheck &check) {
        AccountCheck out = check;
        if (out.ok()) {
            out.linkedCustomers = customersLinkedTo(out.account.id);
            LinkStore(m_database).rememberAccountName(out.account.id, out.account.name);
        }
        done(out);
    });
}

void LinkService::searchAccounts(const QString &text, std::function<void(const AccountSearch &)> done)
{
    m_cancelled = false;
    m_accounts->search(text, std::move(done));
}

QStringList LinkService::customersLinkedTo(const QString &accountId, const QString &except) const
{
    // Metronome keeps the ID as it was given: match both forms.
    const QString id15 = accountId.left(15);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT customer_id FROM customer_summary WHERE account_id IN (?, ?) UNION "
                             "SELECT customer_id FROM customer_links WHERE account_id IN (?, ?)"));
    q.addBindValue(accountId);
    q.addBindValue(id15);
    q.addBindValue(accountId);
    q.addBindValue(id15);
    QStringList out;
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id != except && !out.contains(id)) {
                out.append(id);
            }
        }
    }
    return out;
}

QString LinkService::describeAccounts(const QString &primary, const QStringList &extras) const
{
    const LinkStore links(m_database);
    auto one = [&links](const QString &id) {
        const QString name = links.accountName(id);
        return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, name);
    };
    QStringList parts;
    if (!primary.isEmpty()) {
        parts.append(tr("primary %1").arg(one(primary)));
    }
    for (const QString &extra : extras) {
        parts.append(tr("further %1").arg(one(extra)));
    }
    return parts.isEmpty() ? tr("none (orphan)") : parts.join(QStringLiteral("; "));
}

// --- One link ------------------------------------------------------------------------------

void LinkService::apply(const LinkRequest &request, std::function<void(const LinkOutcome &)> done)
{
    auto change = std::make_shared<Change>();
    change->request = request;
    change->done = std::move(done);
    change->outcome.request = request;
    std::optional<CustomerEntry> entry;
    {
        // The one row needed, by ID (bulk links come resolved); aliases go through the directory.
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT customer_id, name, account_id, archived FROM customer_summary WHERE "
                                 "customer_id = ?"));
        q.addBindValue(request.customerId.trimmed());
        if (q.exec() && q.next()) {
            CustomerEntry e;
            e.id = q.value(0).toString();
            e.name = q.value(1).toString();
            e.primaryAccountId = q.value(2).toString();
            e.archived = q.value(3).toBool();
            entry = e;
        } else {
            entry = CustomerDirectory(m_database).find(request.customerId);
        }
    }
    if (!entry) {
        fail(change, tr("Customer %1 is not in this workspace yet. Run a sync first, so NomeSync knows it.")
                         .arg(request.customerId));
        return;
    }
    change->entry = *entry;
    change->outcome.request.customerId = entry->id;
    if (request.action == LinkAction::Unlink) {
        change->account.id = canonical(request.accountId);
        change->account.name = LinkStore(m_database).accountName(change->account.id);
        decide(change);
        return;
    }
    if (request.accountChecked) {
        const AccountCheck format = AccountDirectory::checkFormat(request.accountId);
        if (!format.ok()) {
            fail(change, format.message);
            return;
        }
        change->account = format.account;
        change->account.name = request.accountName;
        decide(change);
        return;
    }
    m_accounts->check(request.accountId, [this, change](const AccountCheck &check) {
        if (!check.ok()) {
            fail(change, check.message);
            return;
        }
        change->account = check.account;
        decide(change);
    });
}

void LinkService::fail(const std::shared_ptr<Change> &change, const QString &message)
{
    LinkOutcome outcome = change->outcome;
    outcome.ok = false;
    outcome.message = message;
    if (change->done) {
        const auto done = std::move(change->done);
        change->done = nullptr;
        done(outcome);
    }
}

void LinkService::decide(const std::shared_ptr<Change> &change)
{
    // Metronome's own word on the current link: the workspace may not have synced since
    // someone changed it there.
    auto current = std::make_shared<QString>(change->entry.primaryAccountId);
    m_metronome->getCustomer(
        change->entry.id, this, [current](const MetronomeCustomer &c) { *current = c.salesforceAccountId; },
        [this, change, current](const MetronomeError &error) {
            if (!error.isOk()) {
                fail(change, tr("Metronome could not be asked about %1: %2")
                                 .arg(change->entry.name, error.userMessage()));
                return;
            }
            change->beforePrimary = canonical(*current);
            change->beforeExtras =
                canonicalList(LinkStore(m_database).extraAccounts(change->entry.id), change->beforePrimary);
            change->afterPrimary = change->beforePrimary;
            change->afterExtras = change->beforeExtras;
            const QString account = change->account.id;
            const QString shown = change->account.name.isEmpty() ? account : change->account.name;
            auto nothingToDo = [this, change](const QString &message) {
                LinkOutcome outcome = change->outcome;
                outcome.ok = true;
                outcome.message = message;
                outcome.before = outcome.after =
                    describeAccounts(change->beforePrimary, change->beforeExtras);
                const auto done = std::move(change->done);
                change->done = nullptr;
                if (done) {
                    done(outcome);
                }
            };
            switch (change->request.action) {
            case LinkAction::LinkPrimary:
                if (change->beforePrimary == account) {
                    nothingToDo(tr("%1 is already linked to %2.").arg(change->entry.name, shown));
                    return;
                }
                change->afterPrimary = account;
                change->afterExtras.removeAll(account);
                break;
            case LinkAction::AddAccount:
                if (change->beforePrimary == account || change->beforeExtras.contains(account)) {
                    nothingToDo(tr("%1 is already linked to %2.").arg(change->entry.name, shown));
                    return;
                }
                if (change->beforePrimary.isEmpty() && change->beforeExtras.isEmpty()) {
                    // An orphan's first account is its primary, so Metronome knows it too.
                    change->afterPrimary = account;
                    change->promoted = true;
                } else {
                    change->afterExtras.append(account);
                }
                break;
            case LinkAction::Unlink:
                if (change->beforePrimary == account) {
                    change->afterPrimary.clear();
                } else if (change->beforeExtras.contains(account)) {
                    change->afterExtras.removeAll(account);
                } else {
                    fail(change, tr("%1 is not linked to %2.").arg(change->entry.name, shown));
                    return;
                }
                break;
            }
            writeMetronome(change);
        });
}

void LinkService::writeMetronome(const std::shared_ptr<Change> &change)
{
    if (change->afterPrimary == change->beforePrimary) {
        recordInWorkspace(change);
        return;
    }
    const std::optional<QString> account =
        change->afterPrimary.isEmpty() ? std::nullopt : std::optional<QString>(change->afterPrimary);
    m_metronome->setSalesforceAccountId(
        change->entry.id, account, this, [this, change](const MetronomeError &error) {
            if (!error.isOk()) {
                fail(change, tr("Metronome did not take the change, so nothing was changed: %1")
                                 .arg(error.userMessage()));
                return;
            }
            recordInWorkspace(change);
        });
}

void LinkService::recordInWorkspace(const std::shared_ptr<Change> &change)
{
    QSqlDatabase db = m_database.connection();
    const bool transaction = db.transaction();
    LinkStore links(m_database);
    if (!change->account.name.isEmpty()) {
        links.rememberAccountName(change->account.id, change->account.name);
    }
    // The pages show the change at once; the next sync rewrites the summary from Metronome.
    QSqlQuery summary(db);
    summary.prepare(QStringLiteral("UPDATE customer_summary SET account_id = ? WHERE customer_id = ?"));
    summary.addBindValue(sqlText(change->afterPrimary));
    summary.addBindValue(change->entry.id);
    summary.exec();
    for (const QString &extra : std::as_const(change->afterExtras)) {
        if (!change->beforeExtras.contains(extra)) {
            links.addExtraAccount(change->entry.id, extra, m_settings.actor);
        }
    }
    const QStringList stored = links.extraAccounts(change->entry.id);
    for (const QString &extra : stored) {
        const QString c = canonical(extra);
        if (!change->afterExtras.contains(c)) {
            links.removeExtraAccount(change->entry.id, extra);
        }
    }

    change->outcome.before = describeAccounts(change->beforePrimary, change->beforeExtras);
    change->outcome.after = describeAccounts(change->afterPrimary, change->afterExtras);
    AuditEntry entry;
    entry.actor = m_settings.actor;
    entry.subject = change->entry.id;
    entry.before = change->outcome.before;
    entry.after = change->outcome.after;
    const QString shown = change->account.name.isEmpty()
                              ? change->account.id
                              : QStringLiteral("%1 (%2)").arg(change->account.name, change->account.id);
    const bool primaryChanged = change->afterPrimary != change->beforePrimary;
    switch (change->request.action) {
    case LinkAction::LinkPrimary:
    case LinkAction::AddAccount:
        if (primaryChanged) {
            entry.action = AuditAction::LinkPrimary;
            entry.detail = tr("%1 linked to %2; Metronome's Salesforce account set (updateConfig).")
                               .arg(change->entry.name, shown);
        } else {
            entry.action = AuditAction::AddAccount;
            entry.detail = tr("%1 also linked to %2 (kept in the workspace and written to Salesforce).")
                               .arg(change->entry.name, shown);
        }
        break;
    case LinkAction::Unlink:
        if (primaryChanged) {
            entry.action = AuditAction::UnlinkPrimary;
            entry.detail =
                tr("%1 unlinked from %2; Metronome's Salesforce account cleared (updateConfig null).")
                    .arg(change->entry.name, shown);
        } else {
            entry.action = AuditAction::RemoveAccount;
            entry.detail = tr("%1 no longer linked to %2.").arg(change->entry.name, shown);
        }
        break;
    }
    QString error;
    if (!AuditLog(m_database).append(entry, &error)) {
        qCWarning(lcLinking) << "audit log:" << error;
    }
    if (transaction) {
        db.commit();
    }
    change->outcome.ok = true;
    updateSalesforce(change);
}

void LinkService::updateSalesforce(const std::shared_ptr<Change> &change)
{
    const QString from = change->effectiveBefore();
    const QString to = change->effectiveAfter();
    auto junction = [this, change]() { writeJunctionRows(change, [this, change]() { finish(change); }); };
    if (from == to) {
        junction();
        return;
    }
    change->outcome.reparented = true;
    m_reparenter->reparent(
        change->entry.id, from, to, [this, change, junction](const ReparentReport &report) {
            change->outcome.reparent = report;
            const LinkStore links(m_database);
            auto shown = [&links](const QString &id) {
                if (id.isEmpty()) {
                    return tr("no account");
                }
                const QString name = links.accountName(id);
                return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, name);
            };
            AuditEntry entry;
            entry.actor = m_settings.actor;
            entry.action = AuditAction::Reparent;
            entry.subject = change->entry.id;
            entry.before = shown(report.fromAccount);
            entry.after = shown(report.toAccount);
            QStringList detail{report.summary()};
            detail += report.objectLines(nullptr);
            for (int i = 0; i < report.failures.size() && i < 20; ++i) {
                const ReparentFailure &f = report.failures.at(i);
                detail.append(
                    QStringLiteral("%1 %2: %3 %4").arg(f.object, f.externalId, f.statusCode, f.message));
            }
            if (report.failures.size() > 20) {
                detail.append(tr("… and %1 more failed rows.").arg(report.failures.size() - 20));
            }
            entry.detail = detail.join(QLatin1Char('\n'));
            AuditLog(m_database).append(entry);
            junction();
        });
}

void LinkService::writeJunctionRows(const std::shared_ptr<Change> &change, std::function<void()> then)
{
    const PackageObject *junction = m_package.objectForSource(kCustomerAccounts);
    const PackageObject *customerObject = m_package.objectForSource(kCustomers);
    RecordStateStore state(m_database);
    // Until the customer record exists in Salesforce the next sync writes everything itself.
    if (!junction || !customerObject || state.hashOf(customerObject->name, change->entry.id) == 0) {
        then();
        return;
    }
    const QString customerId = change->entry.id;
    const QString effective = change->effectiveAfter();
    const QStringList after = change->afterAll();
    const RecordMapper mapper(*junction, m_settings.environment);
    auto upserts = std::make_shared<QList<MappedRecord>>();
    for (const QString &account : after) {
        const QVariantHash row{{QStringLiteral("id"), QString(customerId + QLatin1Char(':') + account)},
                               {QStringLiteral("customer_id"), customerId},
                               {QStringLiteral("account_id"), account},
                               {QStringLiteral("primary"), account == effective}};
        const MappedRecord mapped = mapper.map(row);
        if (!mapped.ok()) {
            change->outcome.salesforceProblems.append(mapped.errorMessage);
            continue;
        }
        if (state.hashOf(junction->name, mapped.externalId) != mapped.hash) {
            upserts->append(mapped);
        }
    }
    // Rows the sync made for accounts no longer linked.
    QStringList removals;
    const QStringList existing = state.externalIdsOfCustomer(customerId).value(junction->name);
    for (const QString &key : existing) {
        const QString account = canonical(key.section(QLatin1Char(':'), 1));
        if (!after.contains(account)) {
            removals.append(key);
        }
    }

    const QString object = junction->name;
    const QString extField = junction->externalIdField;
    auto removeRows = [this, change, object, extField, removals, then]() {
        if (removals.isEmpty()) {
            then();
            return;
        }
        QStringList quoted;
        for (const QString &key : removals) {
            quoted.append(Soql::quote(key));
        }
        const QString soql = QStringLiteral("SELECT Id FROM %1 WHERE %2 IN (%3)")
                                 .arg(object, extField, quoted.join(QLatin1Char(',')));
        m_salesforce->query(
            soql, this,
            [this, change, object, removals, then](const SalesforceError &error,
                                                   const QList<QJsonObject> &records, qint64) {
                if (error) {
                    change->outcome.salesforceProblems.append(
                        tr("Could not find the old account links to remove: %1").arg(error.userMessage()));
                    then();
                    return;
                }
                QStringList ids;
                for (const QJsonObject &r : records) {
                    ids.append(r.value(QStringLiteral("Id")).toString());
                }
                if (ids.isEmpty()) {
                    RecordStateStore(m_database).forget(object, removals);
                    then();
                    return;
                }
                const QString path =
                    m_salesforce->dataPath() + QStringLiteral("/composite/sobjects?ids=%1&allOrNone=false")
                                                   .arg(ids.join(QLatin1Char(',')));
                m_salesforce->send(
                    m_salesforce->jsonRequest("DELETE", path, QJsonValue::Undefined,
                                              QStringLiteral("salesforce.collections.delete")),
                    this,
                    [this, change, object, removals, then](const SalesforceError &deleteError,
                                                           const HttpResponse &response) {
                        if (deleteError) {
                            change->outcome.salesforceProblems.append(
                                tr("Could not remove the old account links: %1")
                                    .arg(deleteError.userMessage()));
                            then();
                            return;
                        }
                        const QJsonArray results = QJsonDocument::fromJson(response.body).array();
                        for (const QJsonValue &v : results) {
                            const SalesforceRecordResult r = SalesforceRecordResult::fromJson(v.toObject());
                            if (!r.success) {
                                change->outcome.salesforceProblems.append(
                                    tr("An old account link was not removed: %1 %2")
                                        .arg(r.firstStatusCode(),
                                             r.errors.isEmpty() ? QString() : r.errors.first().message));
                            }
                        }
                        RecordStateStore(m_database).forget(object, removals);
                        then();
                    });
            });
    };

    if (upserts->isEmpty()) {
        removeRows();
        return;
    }
    QList<QJsonObject> bodies;
    for (const MappedRecord &r : std::as_const(*upserts)) {
        bodies.append(r.fields);
    }
    m_salesforce->upsertCollection(
        object, extField, bodies, false, this,
        [this, change, object, customerId, upserts,
         removeRows](const SalesforceError &error, const QList<SalesforceRecordResult> &results) {
            QList<RecordStateStore::Confirmed> confirmed;
            for (int i = 0; i < upserts->size(); ++i) {
                const SalesforceRecordResult r = results.value(i);
                if (r.success) {
                    confirmed.append({upserts->at(i).externalId, upserts->at(i).hash, r.id, customerId});
                } else {
                    change->outcome.salesforceProblems.append(
                        tr("The account link %1 was not written: %2 %3")
                            .arg(upserts->at(i).externalId, r.firstStatusCode(),
                                 r.errors.isEmpty() ? (error ? error.userMessage() : QString())
                                                    : r.errors.first().message));
                }
            }
            RecordStateStore(m_database).confirm(object, 0, confirmed);
            removeRows();
        });
}

void LinkService::finish(const std::shared_ptr<Change> &change)
{
    LinkOutcome &o = change->outcome;
    const QString account = change->account.name.isEmpty()
                                ? change->account.id
                                : QStringLiteral("%1 (%2)").arg(change->account.name, change->account.id);
    QStringList parts;
    const bool primaryChanged = change->afterPrimary != change->beforePrimary;
    if (change->request.action == LinkAction::Unlink) {
        parts.append(tr("%1 is no longer linked to %2.").arg(change->entry.name, account));
    } else if (primaryChanged) {
        parts.append(tr("%1 is now linked to %2.").arg(change->entry.name, account));
    } else {
        parts.append(tr("%1 is now also linked to %2.").arg(change->entry.name, account));
    }
    if (o.reparented) {
        parts.append(o.reparent.summary());
    }
    if (!o.salesforceProblems.isEmpty()) {
        parts.append(tr("Salesforce: %1 The next sync writes what is missing.")
                         .arg(o.salesforceProblems.join(QStringLiteral("; "))));
    }
    o.message = parts.join(QLatin1Char(' '));
    qCInfo(lcLinking).noquote() << "link change for" << change->entry.id << ":" << o.before << "->"
                                << o.after;
    if (change->done) {
        const auto done = std::move(change->done);
        change->done = nullptr;
        done(o);
    }
}

// --- Bulk ----------------------------------------------------------------------------------

void LinkService::previewBulkFile(const QString &path, std::function<void(const BulkPreview &)> done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        done(BulkPreview::failed(tr("Cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    if (file.size() > BulkLinkFile::MaxBytes) {
        done(BulkPreview::failed(tr("The file is larger than %1 MB; split it into smaller files.")
                                     .arg(BulkLinkFile::MaxBytes / (1024 * 1024))));
        return;
    }
    QList<BulkRow> rows;
    QString error;
    if (!BulkLinkFile::parse(file.readAll(), &rows, &error)) {
        done(BulkPreview::failed(error));
        return;
    }
    previewBulk(rows, std::move(done));
}

void LinkService::previewBulk(QList<BulkRow> rows, std::function<void(const BulkPreview &)> done)
{
    m_cancelled = false;
    QString loadError;
    const QList<CustomerEntry> customers = CustomerDirectory(m_database).load(&loadError);
    if (!loadError.isEmpty()) {
        done(BulkPreview::failed(tr("Could not read the workspace's customers: %1").arg(loadError)));
        return;
    }
    QHash<QString, int> byId;
    QHash<QString, int> byAlias;
    QHash<QString, QString> ownerOf; // account -> customer linked to it
    for (int i = 0; i < customers.size(); ++i) {
        const CustomerEntry &c = customers.at(i);
        byId.insert(c.id, i);
        const QStringList aliases = c.aliases.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (const QString &alias : aliases) {
            byAlias.insert(alias, i);
        }
        for (const QString &account : c.allAccountIds()) {
            ownerOf.insert(canonical(account), c.id);
        }
    }

    QHash<QString, int> customerLine;
    QHash<QString, int> accountLine;
    QStringList toCheck;
    QList<int> pending;
    for (int i = 0; i < rows.size(); ++i) {
        BulkRow &row = rows[i];
        const AccountCheck format = AccountDirectory::checkFormat(row.typedAccount);
        row.accountId = format.account.id;
        int index = byId.value(row.customerKey, -1);
        if (index < 0) {
            index = byAlias.value(row.customerKey, -1);
        }
        if (index >= 0) {
            row.customerId = customers.at(index).id;
            row.customerName = customers.at(index).name;
        }
        switch (format.problem) {
        case IdProblem::None:
            break;
        case IdProblem::BadChecksum:
            row.verdict = BulkVerdict::BadChecksum;
            row.message = format.message;
            continue;
        case IdProblem::NotAnAccount:
            row.verdict = BulkVerdict::NotAnAccount;
            row.message = format.message;
            continue;
        default:
            row.verdict = BulkVerdict::BadId;
            row.message = format.message;
            continue;
        }
        if (index < 0) {
            row.verdict = BulkVerdict::CustomerNotFound;
            row.message =
                row.customerKey.isEmpty()
                    ? tr("The customer is missing.")
                    : tr("No customer with the Metronome ID or ingest alias \"%1\" in this workspace.")
                          .arg(row.customerKey);
            continue;
        }
        const CustomerEntry &customer = customers.at(index);
        if (customerLine.contains(customer.id)) {
            row.verdict = BulkVerdict::Duplicate;
            row.message =
                tr("%1 already appears on line %2.").arg(customer.name).arg(customerLine.value(customer.id));
            continue;
        }
        customerLine.insert(customer.id, row.line);
        const QStringList linked = canonicalList(customer.allAccountIds());
        if (linked.contains(row.accountId)) {
            row.verdict = BulkVerdict::AlreadyLinked;
            row.message = tr("Already linked to this account: nothing to do.");
            continue;
        }
        if (!customer.primaryAccountId.isEmpty()) {
            row.verdict = BulkVerdict::LinkedElsewhere;
            row.message = tr("%1 is already linked to %2. Change that link in the Link dialog.")
                              .arg(customer.name, canonical(customer.primaryAccountId));
            continue;
        }
        const QString owner = ownerOf.value(row.accountId);
        if (!owner.isEmpty() && owner != customer.id) {
            row.verdict = BulkVerdict::LinkedElsewhere;
            row.message = tr("The account is already linked to customer %1.").arg(owner);
            continue;
        }
        if (accountLine.contains(row.accountId)) {
            row.verdict = BulkVerdict::Duplicate;
            row.message = tr("The account is already linked to another customer on line %1.")
                              .arg(accountLine.value(row.accountId));
            continue;
        }
        accountLine.insert(row.accountId, row.line);
        pending.append(i);
        if (!toCheck.contains(row.accountId)) {
            toCheck.append(row.accountId);
        }
    }
    if (pending.isEmpty()) {
        BulkPreview preview;
        preview.rows = rows;
        done(preview);
        return;
    }
    // Every ID here passed the format check; existence in IN batches of 200.
    m_accounts->fetch(
        toCheck, [this, rows, pending, done](const QString &error, const QHash<QString, Account> &found) {
            BulkPreview preview;
            preview.rows = rows;
            QSqlDatabase db = m_database.connection();
            const bool transaction = db.transaction();
            LinkStore links(m_database);
            for (const int i : pending) {
                BulkRow &row = preview.rows[i];
                if (!error.isEmpty()) {
                    row.verdict = BulkVerdict::CheckFailed;
                    row.message = error;
                    continue;
                }
                const auto it = found.constFind(row.accountId);
                if (it == found.constEnd()) {
                    row.verdict = BulkVerdict::AccountNotFound;
                    row.message = AccountDirectory::message(IdProblem::NotFound, row.accountId);
                    continue;
                }
                row.verdict = BulkVerdict::Ok;
                row.accountName = it->name;
                row.message.clear();
                links.rememberAccountName(it->id, it->name);
            }
            if (transaction) {
                db.commit();
            }
            done(preview);
        });
}

void LinkService::applyBulk(const QList<BulkRow> &rows, std::function<void(int, int)> progress,
                            std::function<void(const BulkApplyResult &)> done)
{
    m_cancelled = false;
    m_stopBulk = false;
    auto run = std::make_shared<BulkRun>();
    run->rows = rows;
    run->progress = std::move(progress);
    run->finished = std::move(done);
    for (int i = 0; i < run->rows.size(); ++i) {
        BulkRow &row = run->rows[i];
        if (row.canApply()) {
            row.result = BulkResult::Pending;
            run->queue.append(i);
        } else {
            row.result = BulkResult::NotApplied;
        }
    }
    run->total = static_cast<int>(run->queue.size());
    if (run->progress) {
        run->progress(0, run->total);
    }
    applyNext(run);
}

void LinkService::applyNext(const std::shared_ptr<BulkRun> &run)
{
    if ((m_stopBulk || m_cancelled) && !run->queue.isEmpty()) {
        for (const int i : std::as_const(run->queue)) {
            run->rows[i].result = BulkResult::NotApplied;
            run->rows[i].resultMessage = tr("Stopped before this row was applied.");
        }
        run->queue.clear();
        run->stopped = true;
    }
    while (run->inFlight < std::max(1, m_settings.bulkWindow) && !run->queue.isEmpty()) {
        const int i = run->queue.takeFirst();
        ++run->inFlight;
        const BulkRow &row = run->rows.at(i);
        LinkRequest request;
        request.customerId = row.customerId;
        request.accountId = row.accountId;
        request.action = LinkAction::LinkPrimary;
        request.accountChecked = true;
        request.accountName = row.accountName;
        apply(request, [this, run, i](const LinkOutcome &outcome) {
            --run->inFlight;
            ++run->done;
            BulkRow &finished = run->rows[i];
            finished.result = outcome.ok ? BulkResult::Applied : BulkResult::Failed;
            finished.reparented = outcome.reparent.moved();
            if (!outcome.ok || !outcome.salesforceComplete()) {
                // A failure, or linked in Metronome with Salesforce lagging until the next sync.
                finished.resultMessage = outcome.message;
            }
            if (run->progress) {
                run->progress(run->done, run->total);
            }
            applyNext(run);
        });
    }
    if (run->inFlight == 0 && run->queue.isEmpty() && !run->reported) {
        run->reported = true;
        BulkApplyResult result;
        result.rows = run->rows;
        result.cancelled = run->stopped;
        const auto finished = std::move(run->finished);
        if (finished) {
            finished(result);
        }
    }
}

// --- Suggestions and names -------------------------------------------------------------------

void LinkService::suggest(std::function<void(int)> progress,
                          std::function<void(const SuggestionResult &)> done)
{
    m_cancelled = false;
    auto matcher = std::make_shared<SuggestionMatcher>();
    m_accounts->fetchAll(
        [this, matcher, progress](const QList<Account> &page) {
            for (const Account &a : page) {
                matcher->addAccount(a);
            }
            if (progress) {
                progress(matcher->accountCount());
            }
            return !m_cancelled;
        },
        [this, matcher, done](const QString &error, bool withMetronomeId) {
            if (m_cancelled) {
                done(SuggestionResult::failed(tr("Cancelled.")));
                return;
            }
            if (!error.isEmpty()) {
                done(SuggestionResult::failed(error));
                return;
            }
            SuggestionResult result;
            result.accountsRead = matcher->accountCount();
            result.usedMetronomeIdField = withMetronomeId;
            const QList<CustomerEntry> customers = CustomerDirectory(m_database).load();
            QSet<QString> linkedAccounts;
            for (const CustomerEntry &c : customers) {
                if (c.isLinked()) {
                    for (const QString &id : c.allAccountIds()) {
                        linkedAccounts.insert(canonical(id));
                    }
                    continue;
                }
                if (c.archived) {
                    continue;
                }
                ++result.orphansMatched;
                if (const std::optional<Suggestion> s = matcher->match(c)) {
                    result.suggestions.append(*s);
                }
            }
            // The Customers page shows account names: keep those of linked accounts and of
            // the suggestions, now that they were read anyway.
            QSqlDatabase db = m_database.connection();
            const bool transaction = db.transaction();
            LinkStore links(m_database);
            for (const QString &id : std::as_const(linkedAccounts)) {
                if (const Account *a = matcher->account(id)) {
                    links.rememberAccountName(a->id, a->name);
                }
            }
            for (const Suggestion &s : std::as_const(result.suggestions)) {
                links.rememberAccountName(s.accountId, s.accountName);
            }
            if (transaction) {
                db.commit();
            }
            done(result);
        });
}

void LinkService::fetchAccountNames(const QStringList &accountIds,
                                    std::function<void(int, const QString &)> done)
{
    m_accounts->fetch(accountIds, [this, done](const QString &error, const QHash<QString, Account> &found) {
        QSqlDatabase db = m_database.connection();
        const bool transaction = db.transaction();
        LinkStore links(m_database);
        for (const Account &a : found) {
            links.rememberAccountName(a.id, a.name);
        }
        if (transaction) {
            db.commit();
        }
        done(static_cast<int>(found.size()), error);
    });
}

void LinkService::stopBulk()
{
    m_stopBulk = true;
}

void LinkService::cancel()
{
    m_cancelled = true;
    m_stopBulk = true;
    m_reparenter->cancel();
    m_salesforce->cancelAll();
    m_metronome->cancelAll();
}
