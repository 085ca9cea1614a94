#include "insight/CustomerInsightBuilder.h"

#include "insight/MoneyFormat.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/SourceCache.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using Insight = CustomerInsight;

namespace {

QString text(const QVariantHash &row, const QString &key)
{
    return row.value(key).toString();
}

std::optional<Decimal> decimal(const QVariantHash &row, const QString &key)
{
    const QVariant v = row.value(key);
    if (!v.isValid() || v.isNull()) {
        return std::nullopt;
    }
    if (v.metaType() == QMetaType::fromType<Decimal>()) {
        return v.value<Decimal>();
    }
    if (v.metaType().id() == QMetaType::QString) {
        return Decimal::fromString(v.toString());
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? Decimal::fromDouble(d) : std::nullopt;
}

QDateTime time(const QVariantHash &row, const QString &key)
{
    const QVariant v = row.value(key);
    if (v.metaType().id() == QMetaType::QDateTime) {
        return v.toDateTime().toUTC();
    }
    const QString s = v.toString();
    if (s.isEmpty()) {
        return QDateTime();
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    return t.toUTC();
}

std::optional<double> number(const QVariantHash &row, const QString &key)
{
    const QVariant v = row.value(key);
    if (!v.isValid() || v.isNull() || v.toString().isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<double> ratio(const MetronomeMoney &cost, const MetronomeMoney &total)
{
    const double denominator = total.majorUnits().toDouble();
    if (denominator == 0.0) {
        return std::nullopt;
    }
    return cost.majorUnits().toDouble() / denominator;
}

int lineRank(const QString &type)
{
    if (type == QLatin1String("applied_commit_or_credit")) {
        return 2; // after the charges it pays for
    }
    if (type == QLatin1String("usage")) {
        return 1;
    }
    return 0; // purchases, fixed fees, scheduled charges
}

int kindRank(Insight::Kind kind)
{
    return static_cast<int>(kind);
}

// A monthly invoice's draws on one commitment: its applied-commit lines for that commitment,
// in the commitment's unit, as positive amounts.
Decimal drawsOn(const Insight::Invoice &invoice, const Insight::Commitment &commitment)
{
    Decimal sum;
    for (const Insight::LineItem &line : invoice.lineItems) {
        if (line.type == QLatin1String("applied_commit_or_credit") && line.commitId == commitment.id &&
            line.total.creditType.name == commitment.total.creditType.name) {
            sum += -line.total.amount;
        }
    }
    return sum;
}

} // namespace

QString CustomerInsightBuilder::kindName(Insight::Kind kind)
{
    switch (kind) {
    case Insight::Kind::Prepaid:
        return tr("Prepaid commit");
    case Insight::Kind::Postpaid:
        return tr("Postpaid commit");
    case Insight::Kind::Credit:
        return tr("Credit");
    case Insight::Kind::Grant:
        return tr("Credit grant (legacy)");
    }
    return QString();
}

QDateTime CustomerInsightBuilder::asOfFor(const WorkspaceDatabase &database)
{
    const QDate until = QDate::fromString(database.setting(SettingKeys::UsageUntil), Qt::ISODate);
    if (until.isValid()) {
        // Metronome bills whole days before "today": balances and drafts run to its midnight.
        return QDateTime(until, QTime(0, 0), Qt::UTC);
    }
    return QDateTime::currentDateTimeUtc();
}

CustomerInsightBuilder::Input CustomerInsightBuilder::read(const WorkspaceDatabase &database,
                                                           const QString &customerId, const QDateTime &asOf)
{
    Input input;
    input.customerId = customerId;
    input.asOf = asOf.isValid() ? asOf : asOfFor(database);
    QSqlDatabase db = database.connection();

    QSqlQuery runs(db);
    runs.setForwardOnly(true);
    if (runs.exec(u"SELECT id, finished_at FROM sync_runs WHERE finished_at IS NOT NULL "
                  u"AND state IN ('completed', 'completed_with_errors') ORDER BY id DESC LIMIT 1"_s) &&
        runs.next()) {
        input.lastRunId = runs.value(0).toLongLong();
        input.lastSync = QDateTime::fromString(runs.value(1).toString(), Qt::ISODateWithMs).toUTC();
    }

    // What the latest run reported for this customer's rows, for the badges' tooltips.
    QHash<QString, QString> errors;
    if (input.lastRunId > 0) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT object, external_id, status_code, message FROM sync_row_errors "
                  u"WHERE run_id = ? AND customer_id = ?"_s);
        q.addBindValue(input.lastRunId);
        q.addBindValue(customerId);
        if (q.exec()) {
            while (q.next()) {
                errors.insert(q.value(0).toString() + QChar(0x1f) + q.value(1).toString(),
                              q.value(2).toString() + u": "_s + q.value(3).toString());
            }
        }
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT s.source, s.object, s.external_id, s.mapped_hash, s.payload, r.hash, r.run_id, r.synced_at "
        u"FROM source_rows s LEFT JOIN sync_record_state r "
        u"ON r.object = s.object AND r.external_id = s.external_id WHERE s.customer_id = ?"_s);
    q.addBindValue(customerId);
    if (q.exec()) {
        while (q.next()) {
            SourceRow row;
            row.source = q.value(0).toString();
            row.row = SourceCache::decode(q.value(4).toByteArray());
            const QString object = q.value(1).toString();
            const QString externalId = q.value(2).toString();
            row.badge = InsightBadge::of(object, externalId, static_cast<quint64>(q.value(3).toLongLong()),
                                         static_cast<quint64>(q.value(5).toLongLong()),
                                         QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs),
                                         q.value(6).toLongLong());
            row.badge.lastError = errors.value(object + QChar(0x1f) + externalId);
            input.rows.append(row);
        }
    }

    QSqlQuery catalog(db);
    catalog.setForwardOnly(true);
    if (catalog.exec(u"SELECT source, payload FROM source_rows "
                     u"WHERE source IN ('rate_cards', 'credit_types', 'billable_metrics')"_s)) {
        while (catalog.next()) {
            const QString source = catalog.value(0).toString();
            const QVariantHash row = SourceCache::decode(catalog.value(1).toByteArray());
            if (source == QLatin1String("rate_cards")) {
                input.rateCards.append(row);
            } else if (source == QLatin1String("credit_types")) {
                input.creditTypes.append(row);
            } else {
                input.metrics.append(row);
            }
        }
    }
    return input;
}

CustomerInsight CustomerInsightBuilder::build(const WorkspaceDatabase &database, const QString &customerId,
                                              const QDateTime &asOf)
{
    return assemble(read(database, customerId, asOf));
}

CustomerInsight CustomerInsightBuilder::assemble(const Input &input)
{
    Insight insight;
    insight.customerId = input.customerId;
    insight.asOf = input.asOf;
    insight.lastSync = input.lastSync;
    insight.lastRunId = input.lastRunId;

    QHash<QString, MetronomeCreditType> unitsByName;
    for (const QVariantHash &t : input.creditTypes) {
        MetronomeCreditType type;
        type.id = text(t, u"id"_s);
        type.name = text(t, u"name"_s);
        if (t.contains(u"is_currency"_s)) {
            type.isCurrency = t.value(u"is_currency"_s).toBool();
        }
        unitsByName.insert(type.name, type);
    }
    auto unit = [&unitsByName](const QString &name, const QString &id = QString()) {
        const auto it = unitsByName.constFind(name);
        return it != unitsByName.constEnd() ? it.value() : MoneyFormat::creditType(name, id);
    };
    auto money = [&unit](const QVariantHash &row, const QString &key, const QString &unitKey) {
        return MetronomeMoney{decimal(row, key).value_or(Decimal()), unit(text(row, unitKey))};
    };
    QHash<QString, QString> rateCardNames;
    for (const QVariantHash &r : input.rateCards) {
        rateCardNames.insert(text(r, u"id"_s), text(r, u"name"_s));
    }
    QHash<QString, QVariantHash> metrics;
    for (const QVariantHash &m : input.metrics) {
        metrics.insert(text(m, u"id"_s), m);
    }

    QHash<QString, QList<Insight::SubLineItem>> subsByLine;
    QHash<QString, QList<Insight::LineItem>> linesByInvoice;
    QMap<QString, Insight::Usage> usage; // by metric id
    QList<const SourceRow *> invoiceRows;
    QList<const SourceRow *> lineRows;

    for (const SourceRow &source : input.rows) {
        const QVariantHash &r = source.row;
        const QString &kind = source.source;
        if (kind == QLatin1String("customers")) {
            if (text(r, u"id"_s) != input.customerId) {
                continue;
            }
            insight.found = true;
            insight.name = text(r, u"name"_s);
            insight.salesforceAccountId = text(r, u"account_id"_s);
            insight.archived = r.value(u"archived"_s).toBool();
            insight.customerBadge = source.badge;
        } else if (kind == QLatin1String("contracts")) {
            Insight::Term t;
            t.id = text(r, u"id"_s);
            t.name = text(r, u"display_name"_s);
            if (t.name.isEmpty()) {
                t.name = text(r, u"name"_s);
            }
            t.rateCardId = text(r, u"rate_card_id"_s);
            t.rateCardName = rateCardNames.value(t.rateCardId);
            t.start = time(r, u"starting_at"_s);
            t.end = time(r, u"ending_before"_s);
            t.usageStatementFrequency = text(r, u"usage_statement_frequency"_s);
            if (const std::optional<Decimal> value = decimal(r, u"total_contract_value"_s)) {
                t.totalValue = MetronomeMoney{*value, unit(text(r, u"credit_type_name"_s))};
            }
            t.archived = r.value(u"archived"_s).toBool();
            t.badge = source.badge;
            insight.terms.append(t);
        } else if (kind == QLatin1String("customer_plans")) {
            Insight::Term t;
            t.id = text(r, u"id"_s);
            t.legacyPlan = true;
            t.name = text(r, u"plan_name"_s);
            t.rateCardId = text(r, u"plan_id"_s);
            t.rateCardName = t.name;
            t.start = time(r, u"starting_on"_s);
            t.end = time(r, u"ending_before"_s);
            t.badge = source.badge;
            insight.terms.append(t);
        } else if (kind == QLatin1String("commits")) {
            Insight::Commitment c;
            c.id = text(r, u"id"_s);
            c.contractId = text(r, u"contract_id"_s);
            c.name = text(r, u"display_name"_s);
            if (c.name.isEmpty()) {
                c.name = text(r, u"name"_s);
            }
            c.productName = text(r, u"product_name"_s);
            c.description = text(r, u"description"_s);
            const QString type = text(r, u"type"_s).toUpper();
            c.kind = type == QLatin1String("POSTPAID") ? Insight::Kind::Postpaid
                     : type == QLatin1String("CREDIT") ? Insight::Kind::Credit
                                                       : Insight::Kind::Prepaid;
            c.priority = number(r, u"priority"_s);
            c.accessStart = time(r, u"starting_at"_s);
            c.accessEnd = time(r, u"ending_before"_s);
            const MetronomeCreditType u = unit(text(r, u"credit_type_name"_s), text(r, u"credit_type_id"_s));
            c.total = MetronomeMoney{decimal(r, u"total_amount"_s).value_or(Decimal()), u};
            if (const std::optional<Decimal> cost = decimal(r, u"total_cost"_s)) {
                c.cost = MetronomeMoney{*cost, u};
                c.costBasis = ratio(*c.cost, c.total);
            }
            if (const std::optional<Decimal> balance = decimal(r, u"current_balance"_s)) {
                c.balance = MetronomeMoney{*balance, u};
            }
            c.badge = source.badge;
            insight.commitments.append(c);
        } else if (kind == QLatin1String("credit_grants")) {
            Insight::Commitment g;
            g.id = text(r, u"id"_s);
            g.kind = Insight::Kind::Grant;
            g.name = text(r, u"name"_s);
            g.description = text(r, u"reason"_s);
            g.priority = number(r, u"priority"_s);
            g.accessStart = time(r, u"effective_at"_s);
            g.accessEnd = time(r, u"expires_at"_s);
            g.total = money(r, u"grant_amount"_s, u"grant_credit_type_name"_s);
            g.cost = money(r, u"paid_amount"_s, u"paid_credit_type_name"_s);
            g.costBasis = ratio(*g.cost, g.total);
            g.costBasisPerUnit = g.cost->creditType.name != g.total.creditType.name;
            if (const std::optional<Decimal> b = decimal(r, u"balance_including_pending"_s)) {
                g.balance = MetronomeMoney{*b, g.total.creditType};
            }
            if (const std::optional<Decimal> b = decimal(r, u"balance_excluding_pending"_s)) {
                g.postedBalance = MetronomeMoney{*b, g.total.creditType};
            }
            g.badge = source.badge;
            insight.commitments.append(g);
        } else if (kind == QLatin1String("invoices")) {
            invoiceRows.append(&source);
        } else if (kind == QLatin1String("invoice_line_items")) {
            lineRows.append(&source);
        } else if (kind == QLatin1String("invoice_sub_line_items")) {
            Insight::SubLineItem s;
            s.id = text(r, u"id"_s);
            s.name = text(r, u"name"_s);
            s.quantity = decimal(r, u"quantity"_s);
            s.price = decimal(r, u"price"_s);
            s.subtotal = money(r, u"subtotal"_s, u"credit_type_name"_s);
            s.badge = source.badge;
            subsByLine[text(r, u"line_item_id"_s)].append(s);
        } else if (kind == QLatin1String("usage")) {
            const QString metricId = text(r, u"billable_metric_id"_s);
            Insight::Usage &u = usage[metricId];
            if (u.metricId.isEmpty()) {
                u.metricId = metricId;
                u.metricName = text(r, u"billable_metric_name"_s);
                if (u.metricName.isEmpty()) {
                    u.metricName = text(metrics.value(metricId), u"name"_s);
                }
            }
            const QDate day = time(r, u"start"_s).date();
            const Decimal value = decimal(r, u"value"_s).value_or(Decimal());
            const QString groupKey = text(r, u"group_key"_s);
            if (groupKey.isEmpty()) {
                u.days[day] += value;
                u.total += value;
            } else {
                u.groupKey = groupKey;
                u.groups[text(r, u"group_value"_s)][day] += value;
            }
            ++u.rows;
            u.syncedRows += source.badge.isSynced() ? 1 : 0;
        }
    }

    for (const SourceRow *source : std::as_const(lineRows)) {
        const QVariantHash &r = source->row;
        Insight::LineItem l;
        l.id = text(r, u"id"_s);
        l.name = text(r, u"name"_s);
        l.type = text(r, u"type"_s);
        l.commitId = text(r, u"commit_id"_s);
        l.quantity = decimal(r, u"quantity"_s);
        l.unitPrice = decimal(r, u"unit_price"_s);
        l.total = MetronomeMoney{decimal(r, u"total"_s).value_or(Decimal()),
                                 unit(text(r, u"credit_type_name"_s), text(r, u"credit_type_id"_s))};
        l.start = time(r, u"starting_at"_s);
        l.end = time(r, u"ending_before"_s);
        l.badge = source->badge;
        l.subLineItems = subsByLine.value(l.id);
        std::sort(
            l.subLineItems.begin(), l.subLineItems.end(),
            [](const Insight::SubLineItem &a, const Insight::SubLineItem &b) { return a.name < b.name; });
        linesByInvoice[text(r, u"invoice_id"_s)].append(l);
    }
    for (const SourceRow *source : std::as_const(invoiceRows)) {
        const QVariantHash &r = source->row;
        Insight::Invoice i;
        i.id = text(r, u"id"_s);
        i.type = text(r, u"type"_s);
        i.status = text(r, u"status"_s);
        i.contractId = text(r, u"contract_id"_s);
        i.planId = text(r, u"plan_id"_s);
        i.start = time(r, u"starting_on"_s);
        i.end = time(r, u"ending_before"_s);
        i.issuedAt = time(r, u"issued_at"_s);
        const MetronomeCreditType u = unit(text(r, u"credit_type_name"_s), text(r, u"credit_type_id"_s));
        i.total = MetronomeMoney{decimal(r, u"total"_s).value_or(Decimal()), u};
        if (const std::optional<Decimal> subtotal = decimal(r, u"subtotal"_s)) {
            i.subtotal = MetronomeMoney{*subtotal, u};
        }
        i.badge = source->badge;
        i.lineItems = linesByInvoice.value(i.id);
        std::sort(i.lineItems.begin(), i.lineItems.end(),
                  [](const Insight::LineItem &a, const Insight::LineItem &b) {
                      const int ra = lineRank(a.type);
                      const int rb = lineRank(b.type);
                      return ra != rb ? ra < rb : a.name < b.name;
                  });
        insight.invoices.append(i);
    }
    std::sort(insight.invoices.begin(), insight.invoices.end(),
              [](const Insight::Invoice &a, const Insight::Invoice &b) {
                  if (a.start != b.start) {
                      return a.start > b.start;
                  }
                  return a.id < b.id;
              });

    for (Insight::Term &t : insight.terms) {
        t.current =
            t.start.isValid() && t.start <= insight.asOf && (!t.end.isValid() || insight.asOf < t.end);
    }
    std::sort(insight.terms.begin(), insight.terms.end(), [](const Insight::Term &a, const Insight::Term &b) {
        if (a.current != b.current) {
            return a.current;
        }
        return a.start > b.start;
    });

    std::sort(insight.commitments.begin(), insight.commitments.end(),
              [](const Insight::Commitment &a, const Insight::Commitment &b) {
                  if ((a.kind == Insight::Kind::Grant) != (b.kind == Insight::Kind::Grant)) {
                      return b.kind == Insight::Kind::Grant;
                  }
                  const double pa = a.priority.value_or(1e9);
                  const double pb = b.priority.value_or(1e9);
                  if (pa != pb) {
                      return pa < pb; // drawn down first, listed first
                  }
                  if (a.accessStart != b.accessStart) {
                      return a.accessStart < b.accessStart;
                  }
                  if (a.kind != b.kind) {
                      return kindRank(a.kind) < kindRank(b.kind);
                  }
                  return a.name < b.name;
              });
    for (const Insight::Commitment &c : std::as_const(insight.commitments)) {
        Insight::BurnDown b = c.kind == Insight::Kind::Grant
                                  ? grantBurnDown(c, insight.invoices, insight.asOf)
                                  : burnDown(c, insight.invoices, insight.asOf);
        if (!b.points.isEmpty()) {
            insight.burnDown.append(b);
        }
    }

    for (Insight::Usage &u : usage) {
        insight.usage.append(u);
    }
    std::sort(insight.usage.begin(), insight.usage.end(),
              [](const Insight::Usage &a, const Insight::Usage &b) { return a.metricName < b.metricName; });

    computeSpend(insight);
    return insight;
}

// The burn-down of a contract's commit or credit is derived from the monthly invoices the
// workspace holds: each invoice's "applied_commit_or_credit" line items name the commitment
// they draw on and how much, so the balance after a billing period is the total minus every
// draw up to that period's end (and the total until the first usage period, as nothing draws
// on a commitment outside one) (the current draft's draws are placed at the as-of moment, as
// the seed's current balance includes the draft). Points are monthly; the chart joins them
// with straight lines. Once the access window closes, the balance drops to 0 (expiry). If
// the draws do not explain the balance Metronome reports (manual ledger entries, rollovers,
// draws on invoices the sync did not read), the difference is applied at the as-of moment,
// kept in `unexplained`, so the line always ends at the current balance.
CustomerInsight::BurnDown CustomerInsightBuilder::burnDown(const Insight::Commitment &commitment,
                                                           const QList<Insight::Invoice> &invoices,
                                                           const QDateTime &asOf)
{
    Insight::BurnDown out;
    out.commitmentId = commitment.id;
    out.name = commitment.name;
    out.kind = commitment.kind;
    out.unit = commitment.total.creditType;
    if (!commitment.accessStart.isValid() || commitment.accessStart > asOf) {
        return out; // not usable yet: nothing to draw
    }
    const QDateTime last =
        commitment.accessEnd.isValid() && commitment.accessEnd < asOf ? commitment.accessEnd : asOf;
    const bool expired = commitment.accessEnd.isValid() && commitment.accessEnd <= asOf;

    struct Draw
    {
        QDateTime at;
        Decimal amount;
        bool onVoid = false;
    };
    QList<Draw> draws;
    Decimal voidDrawn;
    for (const Insight::Invoice &invoice : invoices) {
        const Decimal amount = drawsOn(invoice, commitment);
        if (amount.isZero()) {
            continue;
        }
        QDateTime at = invoice.end.isValid() ? invoice.end : asOf;
        at = std::clamp(at, commitment.accessStart, last);
        draws.append(Draw{at, amount, invoice.isVoid()});
        if (invoice.isVoid()) {
            voidDrawn += amount;
        }
    }
    std::sort(draws.begin(), draws.end(), [](const Draw &a, const Draw &b) { return a.at < b.at; });
    // A voided invoice keeps its draws in the ledger unless they were credited back; the
    // current balance tells which: leave them out only when that alone explains it.
    Decimal allDrawn;
    for (const Draw &d : std::as_const(draws)) {
        allDrawn += d.amount;
    }
    bool countVoid = true;
    if (!expired && commitment.balance && !voidDrawn.isZero()) {
        const Decimal withVoid = commitment.total.amount - allDrawn;
        const Decimal withoutVoid = withVoid + voidDrawn;
        countVoid = !(withVoid != commitment.balance->amount && withoutVoid == commitment.balance->amount);
    }

    Decimal balance = commitment.total.amount;
    out.points.append(Insight::BurnDownPoint{commitment.accessStart, balance});
    // Draws only happen on usage invoices, and the sync reads all of them: the balance stays
    // whole until the first usage billing period of the contract that overlaps the access.
    QDateTime firstBilled;
    for (const Insight::Invoice &invoice : invoices) {
        if (invoice.contractId != commitment.contractId || !invoice.start.isValid() ||
            !invoice.end.isValid() || invoice.end <= commitment.accessStart ||
            invoice.type.compare(QLatin1String("USAGE"), Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QDateTime from = std::max(invoice.start, commitment.accessStart);
        if (!firstBilled.isValid() || from < firstBilled) {
            firstBilled = from;
        }
    }
    if (firstBilled.isValid() && firstBilled > commitment.accessStart && firstBilled < last &&
        (draws.isEmpty() || firstBilled < draws.first().at)) {
        out.points.append(Insight::BurnDownPoint{firstBilled, balance});
    }
    for (const Draw &d : std::as_const(draws)) {
        if (d.onVoid && !countVoid) {
            continue;
        }
        balance = balance - d.amount;
        out.drawn += d.amount;
        if (out.points.last().at == d.at) {
            out.points.last().balance = balance;
        } else {
            out.points.append(Insight::BurnDownPoint{d.at, balance});
        }
    }
    const Decimal current = expired ? Decimal() : commitment.balance ? commitment.balance->amount : balance;
    if (expired) {
        if (out.points.last().at == last) {
            out.points.last().balance = Decimal(); // drawn and expired at the same moment
        } else {
            out.points.append(Insight::BurnDownPoint{last, Decimal()});
        }
        return out;
    }
    out.unexplained = current - balance;
    if (out.points.last().at == last) {
        out.points.last().balance = current;
    } else {
        out.points.append(Insight::BurnDownPoint{last, current});
    }
    return out;
}

// Plan invoices carry grant deductions as invoice adjustments, which the sync does not keep,
// so a grant's line is drawn from its own balances: its amount when it takes effect (and still
// at the start of the first plan billing period, since nothing draws on it before), its
// balance from finalized invoices ("excluding pending") at the end of the last finalized plan
// period, and its balance including the draft ("including pending") at the as-of moment —
// or 0 when it expired.
CustomerInsight::BurnDown CustomerInsightBuilder::grantBurnDown(const Insight::Commitment &grant,
                                                                const QList<Insight::Invoice> &invoices,
                                                                const QDateTime &asOf)
{
    Insight::BurnDown out;
    out.commitmentId = grant.id;
    out.name = grant.name;
    out.kind = grant.kind;
    out.unit = grant.total.creditType;
    if (!grant.accessStart.isValid() || grant.accessStart > asOf) {
        return out;
    }
    out.points.append(Insight::BurnDownPoint{grant.accessStart, grant.total.amount});
    const bool expired = grant.accessEnd.isValid() && grant.accessEnd <= asOf;
    const QDateTime last = expired ? grant.accessEnd : asOf;
    // Deductions only happen on plan invoices, and the sync reads all of them: the balance
    // stays whole until the first billing period that overlaps the grant.
    QDateTime firstBilled;
    for (const Insight::Invoice &invoice : invoices) {
        if (invoice.planId.isEmpty() || !invoice.start.isValid() || !invoice.end.isValid() ||
            invoice.end <= grant.accessStart) {
            continue;
        }
        const QDateTime from = std::max(invoice.start, grant.accessStart);
        if (!firstBilled.isValid() || from < firstBilled) {
            firstBilled = from;
        }
    }
    if (firstBilled.isValid() && firstBilled > grant.accessStart && firstBilled < last) {
        out.points.append(Insight::BurnDownPoint{firstBilled, grant.total.amount});
    }
    if (expired) {
        out.points.append(Insight::BurnDownPoint{grant.accessEnd, Decimal()});
        return out;
    }
    QDateTime posted;
    for (const Insight::Invoice &invoice : invoices) {
        if (!invoice.planId.isEmpty() && !invoice.isDraft() && invoice.end.isValid() && invoice.end <= asOf &&
            invoice.end > grant.accessStart && (!posted.isValid() || invoice.end > posted)) {
            posted = invoice.end;
        }
    }
    if (posted.isValid() && grant.postedBalance && posted < asOf && posted > out.points.last().at) {
        out.points.append(Insight::BurnDownPoint{posted, grant.postedBalance->amount});
    }
    const Decimal current = grant.balance ? grant.balance->amount : out.points.last().balance;
    out.drawn = grant.total.amount - current;
    out.points.append(Insight::BurnDownPoint{asOf, current});
    return out;
}

void CustomerInsightBuilder::computeSpend(Insight &insight)
{
    insight.spend.clear();
    insight.voidInvoices = 0;
    insight.otherUnitInvoices = 0;
    QHash<QString, int> unitCounts;
    QHash<QString, MetronomeCreditType> units;
    for (const Insight::Invoice &invoice : std::as_const(insight.invoices)) {
        if (invoice.isVoid()) {
            ++insight.voidInvoices;
            continue;
        }
        ++unitCounts[invoice.total.creditType.name];
        units.insert(invoice.total.creditType.name, invoice.total.creditType);
    }
    QString best;
    for (auto it = unitCounts.cbegin(); it != unitCounts.cend(); ++it) {
        if (best.isEmpty() || it.value() > unitCounts.value(best) ||
            (it.value() == unitCounts.value(best) && it.key() < best)) {
            best = it.key();
        }
    }
    insight.spendUnit = best.isEmpty() ? MetronomeCreditType::usdCents() : units.value(best);
    QMap<QDate, Insight::SpendMonth> months;
    for (const Insight::Invoice &invoice : std::as_const(insight.invoices)) {
        if (invoice.isVoid() || !invoice.start.isValid()) {
            continue;
        }
        if (invoice.total.creditType.name != insight.spendUnit.name) {
            ++insight.otherUnitInvoices;
            continue;
        }
        const QDate start = invoice.start.toUTC().date();
        const QDate month(start.year(), start.month(), 1);
        Insight::SpendMonth &m = months[month];
        m.month = month;
        const bool usage = invoice.type.compare(QLatin1String("USAGE"), Qt::CaseInsensitive) == 0;
        if (usage) {
            m.usageCharges += invoice.subtotal ? invoice.subtotal->amount : invoice.total.amount;
        }
        if (invoice.isDraft()) {
            m.draft += invoice.total.amount;
        } else if (usage) {
            m.usage += invoice.total.amount;
        } else {
            m.other += invoice.total.amount;
        }
        m.invoiceIds.append(invoice.id);
    }
    if (months.isEmpty()) {
        return;
    }
    // Every month from the first to the last, so the axis shows quiet months too.
    for (QDate m = months.firstKey(); m <= months.lastKey(); m = m.addMonths(1)) {
        Insight::SpendMonth month = months.value(m);
        month.month = m;
        insight.spend.append(month);
    }
}
