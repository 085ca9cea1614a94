#include "metronome/MetronomeWorld.h"

#include "common/SeedWorld.h"
#include "logging/LogCategories.h"
#include "metronome/MetronomeDays.h"
#include "util/Decimal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

const char *const kRenameSuffixes[] = {"Group",        "Holdings", "International",
                                       "Technologies", "Global",   "Labs"};

} // namespace

struct MetronomeWorld::Snapshot
{
    QHash<QString, QString> invoiceStatus;
    QHash<QString, qint64> invoiceSubtotal;
    QHash<QString, qint64> commitmentBalance;
    QHash<QString, qint64> grantBalance;
    QList<QPair<qint64, QString>> finalizedUsageInvoices; // (customer seq, id)
    int usageRows = 0;
};

MetronomeWorld::MetronomeWorld(const SeedWorld &seedWorld, quint64 seed)
    : m_hash(seed)
    , m_catalog(m_hash)
    , m_usage(m_hash)
    , m_generator(m_hash, m_catalog, m_usage, seedWorld)
{}

MetronomeWorld::~MetronomeWorld() = default;

QString MetronomeWorld::centsText(qint64 priceUnits)
{
    return Decimal::fromInt(priceUnits).shifted(-4).toString();
}

double MetronomeWorld::cents(qint64 priceUnits)
{
    return Decimal::fromInt(priceUnits).shifted(-4).toDouble();
}

bool MetronomeWorld::open(const QString &dataDir, int customers, QString *error)
{
    if (!m_store.open(dataDir, error)) {
        return false;
    }
    const QString storedSeed = m_store.meta(u"seed"_s);
    if (storedSeed.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        m_store.clear(); // leftovers of a generation that was interrupted before it finished
        m_store.setMeta(u"secret"_s, randomHex(32));
        m_store.setMeta(u"token"_s, u"mt_sandbox_"_s + randomHex(16));
        m_store.setMeta(u"readonly_token"_s, u"mt_sandbox_ro_"_s + randomHex(16));
        if (!m_generator.generate(m_store, customers, error)) {
            return false;
        }
        // Written last: a world is only "there" once it is complete.
        m_store.setMeta(u"customers"_s, QString::number(customers));
        m_store.setMeta(u"seed"_s, QString::number(m_hash.seed()));
        m_generationMs = clock.elapsed();
        qCInfo(lcSandbox) << "generated" << customers << "Metronome customers in" << m_generationMs << "ms";
    } else {
        const QString storedCustomers = m_store.meta(u"customers"_s);
        if (storedSeed != QString::number(m_hash.seed()) || storedCustomers != QString::number(customers)) {
            if (error) {
                *error =
                    u"the data folder %1 holds a world made with --customers %2 --seed %3; start with those "
                    "values or use another folder"_s.arg(dataDir, storedCustomers, storedSeed);
            }
            return false;
        }
    }
    m_cursor.setSecret(QByteArray::fromHex(m_store.meta(u"secret"_s).toLatin1()));
    m_token = m_store.meta(u"token"_s);
    m_readOnlyToken = m_store.meta(u"readonly_token"_s);
    refresh();
    return true;
}

void MetronomeWorld::refresh()
{
    m_today = m_store.meta(u"today"_s).toLongLong();
    m_usageStart = m_store.meta(u"usage_start"_s).toLongLong();
}

MetronomeBook MetronomeWorld::book(const MetronomeStore::Customer &customer) const
{
    return MetronomeBook::fromJson(QJsonDocument::fromJson(customer.book.toUtf8()).object());
}

MetronomeLedger::Customer MetronomeWorld::ledgerCustomer(const MetronomeStore::Customer &customer) const
{
    return MetronomeLedger::Customer{customer.seq, customer.createdDay, customer.archivedDay};
}

std::unique_ptr<MetronomeLedger> MetronomeWorld::ledgerAt(const MetronomeStore::Customer &customer,
                                                          const MetronomeBook &book, qint64 today) const
{
    auto ledger = std::make_unique<MetronomeLedger>(m_catalog, m_usage, m_hash);
    ledger->compute(ledgerCustomer(customer), book, usageStart(), today,
                    m_store.voidedInvoices(customer.seq));
    return ledger;
}

std::unique_ptr<MetronomeLedger> MetronomeWorld::ledger(const MetronomeStore::Customer &customer,
                                                        const MetronomeBook &book) const
{
    return ledgerAt(customer, book, today());
}

void MetronomeWorld::snapshot(qint64 today, Snapshot &out) const
{
    qint64 after = -1;
    for (;;) {
        const QList<MetronomeStore::Customer> page = m_store.customersFrom(after, 500);
        if (page.isEmpty()) {
            break;
        }
        for (const MetronomeStore::Customer &customer : page) {
            after = customer.seq;
            const MetronomeBook b = book(customer);
            const auto l = ledgerAt(customer, b, today);
            for (const MetronomeLedger::Invoice &invoice : l->invoices()) {
                out.invoiceStatus.insert(invoice.id, invoice.status);
                // Subtotal: a draft covered by a commit keeps a total of 0 while its lines grow.
                out.invoiceSubtotal.insert(invoice.id, invoice.subtotal);
                if (invoice.status == QLatin1String("FINALIZED") && invoice.type == QLatin1String("USAGE")) {
                    out.finalizedUsageInvoices.append({customer.seq, invoice.id});
                }
            }
            for (int c = 0; c < b.contracts.size(); ++c) {
                for (int x = 0; x < b.contracts.at(c).commitments.size(); ++x) {
                    out.commitmentBalance.insert(b.contracts.at(c).commitments.at(x).id,
                                                 l->commitmentBalance(c, x));
                }
            }
            for (int g = 0; g < b.grants.size(); ++g) {
                out.grantBalance.insert(b.grants.at(g).id, l->grantBalance(g, true));
            }
        }
    }
}

QJsonObject MetronomeWorld::nextDay(QString *error)
{
    refresh();
    const qint64 before = today();
    const qint64 after = before + 1;
    Snapshot old;
    snapshot(before, old);

    if (!m_store.transaction()) {
        if (error) {
            *error = u"cannot start a transaction: "_s + m_store.lastError();
        }
        return {};
    }
    m_store.setMeta(u"today"_s, QString::number(after));
    m_today = after;

    // About 1 % of active customers change their name (at least one per day).
    QJsonArray renamed;
    QList<MetronomeStore::Customer> active;
    qint64 cursor = -1;
    for (;;) {
        const QList<MetronomeStore::Customer> page =
            m_store.customers(MetronomeStore::CustomerFilter(), cursor, 1000);
        if (page.isEmpty()) {
            break;
        }
        cursor = page.constLast().seq;
        active.append(page);
    }
    QList<int> renameAt;
    for (int i = 0; i < active.size(); ++i) {
        if (m_hash.pick(100, static_cast<quint64>(MetronomeHash::Kind::NextDay), static_cast<quint64>(after),
                        static_cast<quint64>(active.at(i).seq)) == 0) {
            renameAt.append(i);
        }
    }
    if (renameAt.isEmpty() && !active.isEmpty()) {
        renameAt.append(m_hash.pick(static_cast<int>(active.size()),
                                    static_cast<quint64>(MetronomeHash::Kind::NextDay),
                                    static_cast<quint64>(after), 1));
    }
    const QString updatedAt = MetronomeDays::isoAt(after, 6 * 3600);
    for (int i : std::as_const(renameAt)) {
        const MetronomeStore::Customer &c = active.at(i);
        const int pick = m_hash.pick(6, static_cast<quint64>(c.seq), static_cast<quint64>(after), 7);
        const QString stem = c.name.section(u' ', 0, 1);
        QString name = stem + u' ' + QString::fromLatin1(kRenameSuffixes[pick]);
        if (name == c.name) {
            name += u" Co"_s;
        }
        m_store.updateCustomerName(c.seq, name, updatedAt);
        renamed.append(QJsonObject{{u"id"_s, c.id}, {u"old_name"_s, c.name}, {u"new_name"_s, name}});
    }

    // A few sign-ups: one per 500 active customers, at least one.
    QJsonArray created;
    const qint64 firstNew = m_store.maxCustomerSeq() + 1;
    const int newCount = std::max(1, static_cast<int>(active.size() / 500));
    for (int i = 0; i < newCount; ++i) {
        MetronomeStore::Customer c = m_generator.customer(firstNew + i, after, after);
        QStringList aliases;
        for (const QString &alias : std::as_const(c.aliases)) {
            aliases.append(m_store.aliasOwner(alias) ? alias + u"-"_s + QString::number(c.seq) : alias);
        }
        c.aliases = aliases;
        c.externalId = aliases.constFirst();
        QString insertError;
        if (!m_store.insertCustomer(c, &insertError)) {
            m_store.rollback();
            m_today = before;
            if (error) {
                *error = u"cannot add a customer: "_s + insertError;
            }
            return {};
        }
        for (const MetronomeStore::GrantRow &row : m_generator.grantRows(c)) {
            m_store.insertGrant(row);
        }
        created.append(c.id);
    }
    if (!m_store.commit()) {
        m_today = before;
        if (error) {
            *error = u"cannot commit the next day: "_s + m_store.lastError();
        }
        return {};
    }

    Snapshot now;
    snapshot(after, now);

    // One finalized invoice is voided (a correction), chosen by the day.
    QJsonArray voided;
    if (!now.finalizedUsageInvoices.isEmpty()) {
        const int at =
            m_hash.pick(static_cast<int>(now.finalizedUsageInvoices.size()),
                        static_cast<quint64>(MetronomeHash::Kind::NextDay), static_cast<quint64>(after), 2);
        const auto &victim = now.finalizedUsageInvoices.at(at);
        m_store.voidInvoice(victim.second, victim.first, after);
        now.invoiceStatus.insert(victim.second, u"VOID"_s);
        voided.append(victim.second);
    }

    QStringList finalized;
    QStringList newDrafts;
    int draftsUpdated = 0;
    for (auto it = now.invoiceStatus.cbegin(); it != now.invoiceStatus.cend(); ++it) {
        const QString previous = old.invoiceStatus.value(it.key());
        if (it.value() == QLatin1String("FINALIZED") && previous == QLatin1String("DRAFT")) {
            finalized.append(it.key());
        } else if (it.value() == QLatin1String("DRAFT") && previous.isEmpty()) {
            newDrafts.append(it.key());
        } else if (it.value() == QLatin1String("DRAFT") &&
                   now.invoiceSubtotal.value(it.key()) != old.invoiceSubtotal.value(it.key())) {
            ++draftsUpdated;
        }
    }
    int newInvoices = 0;
    for (auto it = now.invoiceStatus.cbegin(); it != now.invoiceStatus.cend(); ++it) {
        if (!old.invoiceStatus.contains(it.key())) {
            ++newInvoices;
        }
    }
    int commitsBurned = 0;
    for (auto it = now.commitmentBalance.cbegin(); it != now.commitmentBalance.cend(); ++it) {
        if (old.commitmentBalance.contains(it.key()) && old.commitmentBalance.value(it.key()) != it.value()) {
            ++commitsBurned;
        }
    }
    int grantsBurned = 0;
    for (auto it = now.grantBalance.cbegin(); it != now.grantBalance.cend(); ++it) {
        if (old.grantBalance.contains(it.key()) && old.grantBalance.value(it.key()) != it.value()) {
            ++grantsBurned;
        }
    }
    finalized.sort();
    newDrafts.sort();

    return QJsonObject{
        {u"previous_today"_s, MetronomeDays::date(before)},
        {u"today"_s, MetronomeDays::date(after)},
        {u"usage_day"_s, MetronomeDays::date(before)},
        {u"renamed"_s, renamed},
        {u"created"_s, created},
        {u"finalized_invoices"_s, QJsonArray::fromStringList(finalized)},
        {u"new_draft_invoices"_s, QJsonArray::fromStringList(newDrafts)},
        {u"voided_invoices"_s, voided},
        {u"counts"_s,
         QJsonObject{
             {u"renamed"_s, renamed.size()},
             {u"created"_s, created.size()},
             {u"finalized_invoices"_s, finalized.size()},
             {u"new_draft_invoices"_s, newDrafts.size()},
             {u"new_invoices"_s, newInvoices},
             {u"voided_invoices"_s, voided.size()},
             {u"draft_invoices_updated"_s, draftsUpdated},
             {u"commitments_burned"_s, commitsBurned},
             {u"credit_grants_burned"_s, grantsBurned},
         }},
    };
}

QJsonObject MetronomeWorld::summary() const
{
    int contracts = 0;
    int commits = 0;
    int credits = 0;
    int customerPlans = 0;
    int withUsage = 0;
    QHash<QString, int> invoices;
    qint64 after = -1;
    for (;;) {
        const QList<MetronomeStore::Customer> page = m_store.customersFrom(after, 500);
        if (page.isEmpty()) {
            break;
        }
        for (const MetronomeStore::Customer &customer : page) {
            after = customer.seq;
            const MetronomeBook b = book(customer);
            contracts += static_cast<int>(b.contracts.size());
            customerPlans += static_cast<int>(b.plans.size());
            withUsage += b.hasUsage ? 1 : 0;
            for (const MetronomeBook::Contract &c : b.contracts) {
                for (const MetronomeBook::Commitment &x : c.commitments) {
                    (x.type == QLatin1String("CREDIT") ? credits : commits) += 1;
                }
            }
            const auto l = ledger(customer, b);
            for (const MetronomeLedger::Invoice &invoice : l->invoices()) {
                invoices[invoice.status] += 1;
            }
        }
    }
    int activeMetrics = 0;
    for (const MetronomeCatalog::Metric &m : m_catalog.metrics()) {
        activeMetrics += m.archived ? 0 : 1;
    }
    int activeProducts = 0;
    for (const MetronomeCatalog::Product &p : m_catalog.products()) {
        activeProducts += p.archived ? 0 : 1;
    }
    QJsonObject invoiceCounts;
    for (auto it = invoices.cbegin(); it != invoices.cend(); ++it) {
        invoiceCounts.insert(it.key(), it.value());
    }
    return QJsonObject{
        {u"today"_s, MetronomeDays::date(today())},
        {u"usage_start"_s, MetronomeDays::date(usageStart())},
        {u"customers"_s, QJsonObject{{u"active"_s, m_store.customerCount(false)},
                                     {u"archived"_s, m_store.customerCount(true)}}},
        {u"credit_types"_s, m_catalog.creditTypes().size()},
        {u"billable_metrics"_s,
         QJsonObject{{u"active"_s, activeMetrics}, {u"all"_s, m_catalog.metrics().size()}}},
        {u"products"_s, QJsonObject{{u"active"_s, activeProducts}, {u"all"_s, m_catalog.products().size()}}},
        {u"rate_cards"_s, m_catalog.rateCards().size()},
        {u"plans"_s, m_catalog.plans().size()},
        {u"credit_grants"_s, m_store.grantCount()},
        {u"contracts"_s, contracts},
        {u"commits"_s, commits},
        {u"credits"_s, credits},
        {u"customer_plans"_s, customerPlans},
        {u"invoices"_s, invoiceCounts},
        {u"generation_ms"_s, m_generationMs},
    };
}

QJsonObject MetronomeWorld::customerTruth(const MetronomeStore::Customer &customer) const
{
    const MetronomeBook b = book(customer);
    const auto l = ledger(customer, b);
    QJsonArray invoices;
    for (const MetronomeLedger::Invoice &invoice : l->invoices()) {
        invoices.append(QJsonObject{
            {u"id"_s, invoice.id},
            {u"type"_s, invoice.type},
            {u"status"_s, invoice.status},
            {u"start"_s, MetronomeDays::iso(invoice.start)},
            {u"end"_s, MetronomeDays::iso(invoice.end)},
            {u"subtotal"_s, centsText(invoice.subtotal)},
            {u"total"_s, centsText(invoice.total)},
            {u"usage_lines"_s, invoice.lines.size()},
        });
    }
    QJsonArray balances;
    for (int c = 0; c < b.contracts.size(); ++c) {
        for (int x = 0; x < b.contracts.at(c).commitments.size(); ++x) {
            const MetronomeBook::Commitment &commitment = b.contracts.at(c).commitments.at(x);
            balances.append(QJsonObject{{u"id"_s, commitment.id},
                                        {u"contract_id"_s, b.contracts.at(c).id},
                                        {u"type"_s, commitment.type},
                                        {u"amount"_s, QString::number(commitment.amountCents)},
                                        {u"balance"_s, centsText(l->commitmentBalance(c, x))}});
        }
    }
    QJsonArray grants;
    for (int g = 0; g < b.grants.size(); ++g) {
        const MetronomeBook::Grant &grant = b.grants.at(g);
        const bool ccu = grant.creditType == MetronomeCatalog::ComputeCredits;
        // Grant balances are in the grant's own unit: cents, or Compute Credits.
        auto inUnit = [ccu](qint64 units) {
            return ccu ? Decimal::fromInt(units).shifted(-6).toString() : centsText(units);
        };
        grants.append(QJsonObject{{u"id"_s, grant.id},
                                  {u"credit_type_id"_s, m_catalog.creditTypes().at(grant.creditType).id},
                                  {u"including_pending"_s, inUnit(l->grantBalance(g, true))},
                                  {u"excluding_pending"_s, inUnit(l->grantBalance(g, false))}});
    }
    // Usage totals per metric over the whole history, for checking the usage API.
    QJsonObject usageTotals;
    const qint64 first = std::max(usageStart(), customer.createdDay);
    const qint64 last = customer.archivedDay > 0 ? std::min(today(), customer.archivedDay) : today();
    const MetronomeUsageModel::Profile profile = m_usage.profile(customer.seq);
    for (int m = 0; m < MetronomeCatalog::UsageMetricCount; ++m) {
        qint64 total = 0;
        for (qint64 d = first; b.hasUsage && d < last; ++d) {
            for (int cell = 0; cell < m_catalog.metrics().at(m).cells.size(); ++cell) {
                total += m_usage.quantity(profile, m, cell, d);
            }
        }
        usageTotals.insert(m_catalog.metrics().at(m).id, QString::number(total));
    }
    return QJsonObject{
        {u"id"_s, customer.id},
        {u"seq"_s, customer.seq},
        {u"name"_s, customer.name},
        {u"archived"_s, customer.archivedDay > 0},
        {u"salesforce_account_id"_s,
         customer.salesforceAccountId.isEmpty() ? QJsonValue() : QJsonValue(customer.salesforceAccountId)},
        {u"ingest_aliases"_s, QJsonArray::fromStringList(customer.aliases)},
        {u"contracts"_s, b.contracts.size()},
        {u"customer_plans"_s, b.plans.size()},
        {u"invoices"_s, invoices},
        {u"commitments"_s, balances},
        {u"credit_grants"_s, grants},
        {u"usage_days"_s, static_cast<qint64>(std::max<qint64>(0, b.hasUsage ? last - first : 0))},
        {u"usage_totals"_s, usageTotals},
    };
}
