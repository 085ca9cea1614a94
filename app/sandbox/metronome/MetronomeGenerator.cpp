#include "metronome/MetronomeGenerator.h"

#include "common/SeedWorld.h"
#include "metronome/MetronomeCatalog.h"
#include "metronome/MetronomeDays.h"
#include "metronome/MetronomeHash.h"
#include "metronome/MetronomeLedger.h"
#include "metronome/MetronomeUsageModel.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Kind = MetronomeHash::Kind;

namespace {

// Salt for the per-customer decisions, so they are independent of each other.
enum Salt : quint64
{
    SaltCreated = 1,
    SaltCreatedSecond,
    SaltArchived,
    SaltArchivedDay,
    SaltCategory,
    SaltStart,
    SaltEnd,
    SaltRateCard,
    SaltPrepaid,
    SaltPrepaidSize,
    SaltPostpaid,
    SaltCredit,
    SaltCreditSize,
    SaltMonthly,
    SaltPlan,
    SaltPreviousPlan,
    SaltUsdGrant,
    SaltUsdGrantSize,
    SaltCcuGrant,
    SaltCcuGrantSize,
    SaltAliases,
    SaltTier,
    SaltMigration,
    SaltOpportunity,
};

const char *const kTiers[] = {"enterprise", "growth", "self-serve", "strategic"};
const char *const kHomeRegions[] = {"us-east-1", "us-west-2", "eu-west-1"};

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

namespace {
qint64 &initialTodayOverride()
{
    static qint64 day = -1;
    return day;
}
} // namespace

qint64 MetronomeGenerator::initialToday()
{
    return initialTodayOverride() >= 0 ? initialTodayOverride() : MetronomeDays::fromDate(2025, 5, 14);
}

void MetronomeGenerator::setInitialToday(qint64 day)
{
    initialTodayOverride() = day;
}

MetronomeGenerator::MetronomeGenerator(const MetronomeHash &hash, const MetronomeCatalog &catalog,
                                       const MetronomeUsageModel &usage, const SeedWorld &world)
    : m_hash(hash)
    , m_catalog(catalog)
    , m_usage(usage)
    , m_world(world)
{}

QString MetronomeGenerator::slug(const QString &name)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    QString s = name.toLower();
    s.replace(nonWord, u"-"_s);
    while (s.startsWith(u'-')) {
        s.remove(0, 1);
    }
    while (s.endsWith(u'-')) {
        s.chop(1);
    }
    return s;
}

qint64 MetronomeGenerator::estimatedDailySpend(qint64 seq, int percent, qint64 fromDay) const
{
    qint64 total = 0;
    const MetronomeUsageModel::Profile profile = m_usage.profile(seq);
    for (qint64 d = fromDay; d < fromDay + 7; ++d) {
        for (int m = 0; m < MetronomeCatalog::UsageMetricCount; ++m) {
            const int cells = static_cast<int>(m_catalog.metrics().at(m).cells.size());
            for (int cell = 0; cell < cells; ++cell) {
                total += m_usage.quantity(profile, m, cell, d) * m_catalog.price(m, cell, percent);
            }
        }
    }
    return total / 7 / MetronomeCatalog::PriceScale; // cents
}

MetronomeBook::Contract MetronomeGenerator::contract(qint64 seq, int index, qint64 start, qint64 end,
                                                     qint64 today) const
{
    const quint64 s = static_cast<quint64>(seq);
    MetronomeBook::Contract c;
    c.id = m_hash.uuid(Kind::Contract, s, static_cast<quint64>(index));
    const int rc = m_hash.pick(10, s, SaltRateCard);
    c.rateCard = rc < 5 ? 0 : (rc < 8 ? 1 : 2);
    c.start = start;
    c.end = end;
    c.createdDay = start - 7;
    c.netPaymentTermsDays = m_hash.pick(2, s, SaltEnd, 1) == 0 ? 30 : 45;
    c.name =
        m_world.companyStem(static_cast<int>(seq)) + u" — "_s + m_catalog.rateCards().at(c.rateCard).name;
    if (m_hash.pick(2, s, SaltOpportunity) == 0) {
        c.salesforceOpportunityId =
            u"0065g00000"_s + QString::number(100000 + m_hash.pick(900000, s, SaltOpportunity, 2));
    }

    const int percent = m_catalog.rateCards().at(c.rateCard).pricePercent;
    const qint64 daily =
        std::max<qint64>(100, estimatedDailySpend(seq, percent, std::max(start, today - 30)));
    const qint64 termEnd =
        end > 0 ? std::min(end, MetronomeDays::addMonths(start, 12)) : MetronomeDays::addMonths(start, 12);
    const qint64 termDays = termEnd - start;
    auto addCommitment = [&](MetronomeBook::Commitment x) {
        const quint64 position = static_cast<quint64>(c.commitments.size());
        x.id = m_hash.uuid(x.type == QLatin1String("CREDIT") ? Kind::Credit : Kind::Commit, s,
                           static_cast<quint64>(index), position);
        x.accessItemId = m_hash.uuid(Kind::ScheduleItem, s, static_cast<quint64>(index) * 1000 + position, 0);
        if (x.type != QLatin1String("CREDIT")) {
            x.invoiceItemId =
                m_hash.uuid(Kind::ScheduleItem, s, static_cast<quint64>(index) * 1000 + position, 1);
        }
        x.createdDay = c.createdDay;
        c.commitments.append(x);
    };

    if (m_hash.pick(100, s, SaltPrepaid) < 70) {
        static const int factors[] = {50, 80, 110, 140};
        MetronomeBook::Commitment x;
        x.type = u"PREPAID"_s;
        x.name = u"Prepaid commitment"_s;
        x.description = u"Annual prepaid usage commitment"_s;
        x.priority = 2;
        x.product = MetronomeCatalog::PrepaidProduct;
        x.amountCents = std::max<qint64>(
            10000, daily * termDays * factors[m_hash.pick(4, s, SaltPrepaidSize)] / 100 / 100 * 100);
        x.accessStart = start;
        x.accessEnd = termEnd;
        x.invoiceAmountCents = x.amountCents * 9 / 10; // bought at a 10 % discount
        x.invoiceDay = start;
        x.invoiceId = m_hash.uuid(Kind::Invoice, s, 5000 + static_cast<quint64>(index),
                                  static_cast<quint64>(c.commitments.size()));
        addCommitment(x);
    }
    if (m_hash.pick(100, s, SaltPostpaid) < 25) {
        MetronomeBook::Commitment x;
        x.type = u"POSTPAID"_s;
        x.name = u"Annual minimum spend"_s;
        x.description = u"Postpaid minimum, trued up at the end of the term"_s;
        x.priority = 3;
        x.product = MetronomeCatalog::PostpaidProduct;
        x.amountCents = std::max<qint64>(10000, daily * termDays * 9 / 10 / 100 * 100);
        x.accessStart = start;
        x.accessEnd = termEnd;
        x.invoiceAmountCents = x.amountCents;
        x.invoiceDay = termEnd;
        addCommitment(x);
    }
    if (m_hash.pick(100, s, SaltCredit) < 40) {
        MetronomeBook::Commitment x;
        x.type = u"CREDIT"_s;
        x.name = u"Promotional credit"_s;
        x.description = u"Launch promotion"_s;
        x.priority = 1;
        x.product = MetronomeCatalog::CreditProduct;
        x.amountCents = (m_hash.pick(20, s, SaltCreditSize) + 1) * 10000LL;
        x.accessStart = start;
        x.accessEnd = MetronomeDays::addMonths(start, 3);
        addCommitment(x);
    }
    if (m_hash.pick(25, s, SaltMonthly) == 0) {
        for (int k = 0; k < 30; ++k) {
            MetronomeBook::Commitment x;
            x.type = u"CREDIT"_s;
            x.accessStart = MetronomeDays::addMonths(start, k);
            x.accessEnd = MetronomeDays::addMonths(start, k + 1);
            x.name = u"Monthly usage credit "_s + QDate::fromJulianDay(x.accessStart).toString(u"yyyy-MM"_s);
            x.description = u"Recurring monthly credit"_s;
            x.priority = 1;
            x.product = MetronomeCatalog::CreditProduct;
            x.amountCents = 5000;
            addCommitment(x);
        }
    }
    return c;
}

QList<MetronomeBook::Grant> MetronomeGenerator::grants(qint64 seq, qint64 start) const
{
    const quint64 s = static_cast<quint64>(seq);
    QList<MetronomeBook::Grant> out;
    if (m_hash.pick(100, s, SaltUsdGrant) < 70) {
        MetronomeBook::Grant g;
        g.name = u"Onboarding credit"_s;
        g.reason = u"Welcome offer"_s;
        g.creditType = MetronomeCatalog::UsdCents;
        g.amount = (m_hash.pick(20, s, SaltUsdGrantSize) + 1) * 10000LL;
        g.priority = 2;
        g.effective = start;
        g.expires = MetronomeDays::addMonths(start, 12);
        out.append(g);
    }
    if (m_hash.pick(100, s, SaltCcuGrant) < 35) {
        MetronomeBook::Grant g;
        g.name = u"Compute Credits bundle"_s;
        g.reason = u"Purchased credits"_s;
        g.creditType = MetronomeCatalog::ComputeCredits;
        g.amount = (m_hash.pick(10, s, SaltCcuGrantSize) + 1) * 100LL;
        g.paidCents = g.amount * 80; // $0.80 per credit
        g.priority = 1;
        g.effective = start;
        g.expires = MetronomeDays::addMonths(start, 12);
        out.append(g);
    }
    for (int i = 0; i < out.size(); ++i) {
        out[i].id = m_hash.uuid(Kind::CreditGrant, s, static_cast<quint64>(i));
    }
    return out;
}

MetronomeStore::Customer MetronomeGenerator::customer(qint64 seq, qint64 today, qint64 signUpDay) const
{
    const quint64 s = static_cast<quint64>(seq);
    const qint64 usageStart = today - HistoryDays;
    MetronomeStore::Customer c;
    c.seq = seq;
    c.id = m_hash.uuid(Kind::Customer, s);
    c.name = m_world.customerName(static_cast<int>(seq));
    const int linked = m_world.linkedAccount(static_cast<int>(seq));
    if (linked >= 0 && signUpDay == 0) {
        c.salesforceAccountId = m_world.accountId(linked);
    }
    const QString base = slug(m_world.companyStem(static_cast<int>(seq)));
    c.aliases.append(base + u"-prod"_s);
    const int aliasRoll = m_hash.pick(100, s, SaltAliases);
    if (aliasRoll < 30) {
        c.aliases.append(u"billing@"_s + QString(base).remove(u'-') + u".example"_s);
    }
    if (aliasRoll < 10) {
        c.aliases.append(base + u"-staging"_s);
    }
    c.externalId = c.aliases.constFirst();
    const int tier = m_hash.pick(5, s, SaltTier);
    if (tier < 4) {
        c.customFields.insert(u"x_account_tier"_s, QString::fromLatin1(kTiers[tier]));
        if (tier < 2) {
            c.customFields.insert(u"x_home_region"_s,
                                  QString::fromLatin1(kHomeRegions[m_hash.pick(3, s, SaltTier, 1)]));
        }
    }

    int category = m_hash.pick(100, s, SaltCategory);
    if (signUpDay > 0) {
        c.createdDay = signUpDay;
        category = m_hash.pick(2, s, SaltCategory, 1) == 0 ? 0 : 99; // none or a contract
    } else if (m_hash.pick(100, s, SaltCreated) < 85) {
        c.createdDay = usageStart - 1 - m_hash.pick(400, s, SaltCreated, 1);
    } else {
        c.createdDay = usageStart + m_hash.pick(HistoryDays - 5, s, SaltCreated, 1);
        if (category >= 25 && category < 35) {
            category = 99; // a recent customer has no legacy history to migrate from
        }
    }
    c.createdSecond = m_hash.pick(86400, s, SaltCreatedSecond);
    c.updatedAt = MetronomeDays::isoAt(c.createdDay, c.createdSecond);
    if (signUpDay == 0 && m_hash.pick(100, s, SaltArchived) < 3) {
        c.archivedDay = std::max(c.createdDay + 1, today - 1 - m_hash.pick(50, s, SaltArchivedDay));
        c.updatedAt = MetronomeDays::isoAt(c.archivedDay, 3600);
    }

    MetronomeBook book;
    const qint64 start = c.createdDay >= usageStart
                             ? c.createdDay
                             : std::max(c.createdDay, usageStart - m_hash.pick(240, s, SaltStart));
    if (category < 10) {
        // self-serve: usage, nothing billed
    } else if (category < 25) {
        if (m_hash.pick(2, s, SaltPreviousPlan) == 0 && start > c.createdDay + 200) {
            const qint64 previous = MetronomeDays::addMonths(start, -6);
            book.plans.append(
                MetronomeBook::CustomerPlan{m_hash.uuid(Kind::CustomerPlan, s, 0), 2, previous, start});
        }
        const qint64 current = start;
        book.plans.append(MetronomeBook::CustomerPlan{
            m_hash.uuid(Kind::CustomerPlan, s, static_cast<quint64>(book.plans.size())),
            m_hash.pick(2, s, SaltPlan), current, 0});
        book.grants = grants(seq, current);
    } else if (category < 35) {
        const qint64 migration = usageStart + 20 + m_hash.pick(50, s, SaltMigration);
        const qint64 planStart = std::min(start, migration - 30);
        book.plans.append(MetronomeBook::CustomerPlan{m_hash.uuid(Kind::CustomerPlan, s, 0),
                                                      m_hash.pick(3, s, SaltPlan), planStart, migration});
        book.grants = grants(seq, planStart);
        book.contracts.append(contract(seq, 0, migration, MetronomeDays::addMonths(migration, 12), today));
    } else {
        qint64 end = 0;
        if (m_hash.pick(100, s, SaltEnd) >= 20) {
            end = MetronomeDays::addMonths(start, 12);
            if (end < today + 14) {
                end = MetronomeDays::addMonths(start, 24);
            }
        }
        book.contracts.append(contract(seq, 0, start, end, today));
    }
    c.book = json(book.toJson());
    return c;
}

QList<MetronomeStore::GrantRow> MetronomeGenerator::grantRows(const MetronomeStore::Customer &customer) const
{
    const MetronomeBook book =
        MetronomeBook::fromJson(QJsonDocument::fromJson(customer.book.toUtf8()).object());
    QList<MetronomeStore::GrantRow> rows;
    for (int i = 0; i < book.grants.size(); ++i) {
        const MetronomeBook::Grant &g = book.grants.at(i);
        MetronomeStore::GrantRow row;
        row.id = g.id;
        row.customerSeq = customer.seq;
        row.position = i;
        row.creditTypeId = m_catalog.creditTypes().at(g.creditType).id;
        row.effectiveDay = g.effective;
        row.expiresDay = g.expires;
        rows.append(row);
    }
    return rows;
}

bool MetronomeGenerator::generate(MetronomeStore &store, int customers, QString *error) const
{
    const qint64 today = initialToday();
    if (!store.transaction()) {
        if (error) {
            *error = u"cannot start a transaction: "_s + store.lastError();
        }
        return false;
    }
    for (int i = 0; i < customers; ++i) {
        const MetronomeStore::Customer c = customer(i, today, 0);
        QString insertError;
        if (!store.insertCustomer(c, &insertError)) {
            store.rollback();
            if (error) {
                *error = u"cannot store customer %1: %2"_s.arg(i).arg(insertError);
            }
            return false;
        }
        const QList<MetronomeStore::GrantRow> rows = grantRows(c);
        for (const MetronomeStore::GrantRow &row : rows) {
            store.insertGrant(row);
        }
    }
    store.setMeta(u"today"_s, QString::number(today));
    store.setMeta(u"usage_start"_s, QString::number(today - HistoryDays));
    if (!store.commit()) {
        if (error) {
            *error = u"cannot commit the generated world: "_s + store.lastError();
        }
        return false;
    }
    return true;
}
