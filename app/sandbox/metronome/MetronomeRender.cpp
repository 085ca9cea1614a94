#include "metronome/MetronomeRender.h"

#include "metronome/MetronomeDays.h"
#include "metronome/MetronomeWorld.h"
#include "util/Decimal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject groupValues(const QStringList &keys, const QStringList &values)
{
    QJsonObject out;
    for (int i = 0; i < keys.size(); ++i) {
        out.insert(keys.at(i), values.at(i));
    }
    return out;
}

double number(qint64 priceUnits)
{
    return MetronomeWorld::cents(priceUnits);
}

} // namespace

MetronomeRender::MetronomeRender(const MetronomeWorld &world)
    : m_world(world)
{}

QJsonValue MetronomeRender::nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject MetronomeRender::customerShort(const MetronomeStore::Customer &c) const
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"name"_s, c.name},
                       {u"external_id"_s, c.externalId.isEmpty() ? c.id : c.externalId},
                       {u"ingest_aliases"_s, QJsonArray::fromStringList(c.aliases)},
                       {u"custom_fields"_s, c.customFields}};
}

QJsonObject MetronomeRender::customerDetail(const MetronomeStore::Customer &c) const
{
    QJsonObject json = customerShort(c);
    json.insert(u"customer_config"_s,
                QJsonObject{{u"salesforce_account_id"_s, nullable(c.salesforceAccountId)}});
    json.insert(u"created_at"_s, MetronomeDays::isoAt(c.createdDay, c.createdSecond));
    json.insert(u"updated_at"_s, c.updatedAt);
    json.insert(u"archived_at"_s, c.archivedDay > 0 ? QJsonValue(MetronomeDays::isoAt(c.archivedDay, 3600))
                                                    : QJsonValue(QJsonValue::Null));
    json.insert(u"current_billable_status"_s,
                QJsonObject{{u"value"_s, c.archivedDay > 0 ? u"unbillable"_s : u"billable"_s},
                            {u"effective_at"_s,
                             MetronomeDays::iso(c.archivedDay > 0 ? c.archivedDay : c.createdDay)}});
    return json;
}

QJsonObject MetronomeRender::commitment(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                                        const MetronomeLedger &ledger, int contractIndex, int index,
                                        bool includeBalance) const
{
    const MetronomeCatalog &catalog = m_world.catalog();
    const MetronomeBook::Contract &c = book.contracts.at(contractIndex);
    const MetronomeBook::Commitment &x = c.commitments.at(index);
    const QJsonObject usd = catalog.creditTypeRef(MetronomeCatalog::UsdCents);
    QJsonArray applicable;
    for (int p = 0; p < MetronomeCatalog::UsageMetricCount; ++p) {
        applicable.append(catalog.products().at(p).id);
    }
    QJsonObject json{
        {u"id"_s, x.id},
        {u"type"_s, x.type},
        {u"name"_s, x.name},
        {u"description"_s, x.description},
        {u"priority"_s, x.priority},
        {u"product"_s, catalog.productRef(x.product)},
        {u"created_at"_s, MetronomeDays::iso(x.createdDay, true)},
        {u"created_by"_s, u"sandbox"_s},
        {u"contract"_s, QJsonObject{{u"id"_s, c.id}}},
        {u"applicable_product_ids"_s, applicable},
        {u"rate_type"_s, u"COMMIT_RATE"_s},
        {u"custom_fields"_s, QJsonObject()},
        {u"access_schedule"_s,
         QJsonObject{{u"credit_type"_s, usd},
                     {u"schedule_items"_s,
                      QJsonArray{QJsonObject{{u"id"_s, x.accessItemId},
                                             {u"amount"_s, static_cast<double>(x.amountCents)},
                                             {u"starting_at"_s, MetronomeDays::iso(x.accessStart)},
                                             {u"ending_before"_s, MetronomeDays::iso(x.accessEnd)}}}}}},
    };
    if (x.type != QLatin1String("CREDIT")) {
        json.insert(u"invoice_contract"_s, QJsonObject{{u"id"_s, c.id}});
        const bool issued = !x.invoiceId.isEmpty() && x.invoiceDay <= m_world.today();
        json.insert(u"invoice_schedule"_s,
                    QJsonObject{{u"credit_type"_s, usd},
                                {u"do_not_invoice"_s, false},
                                {u"schedule_items"_s,
                                 QJsonArray{QJsonObject{
                                     {u"id"_s, x.invoiceItemId},
                                     {u"timestamp"_s, MetronomeDays::iso(x.invoiceDay)},
                                     {u"amount"_s, static_cast<double>(x.invoiceAmountCents)},
                                     {u"unit_price"_s, static_cast<double>(x.invoiceAmountCents)},
                                     {u"quantity"_s, 1},
                                     {u"invoice_id"_s,
                                      issued ? QJsonValue(x.invoiceId) : QJsonValue(QJsonValue::Null)},
                                 }}}});
    }
    if (customer.archivedDay > 0) {
        json.insert(u"archived_at"_s, MetronomeDays::iso(customer.archivedDay, true));
    }
    if (includeBalance) {
        json.insert(u"balance"_s, number(ledger.commitmentBalance(contractIndex, index)));
    }
    return json;
}

QJsonObject MetronomeRender::contract(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                                      const MetronomeLedger &ledger, int index, bool includeBalance) const
{
    const MetronomeCatalog &catalog = m_world.catalog();
    const MetronomeBook::Contract &c = book.contracts.at(index);
    QJsonArray commits;
    QJsonArray credits;
    bool moreCommits = false;
    bool moreCredits = false;
    qint64 totalValue = 0;
    for (int i = 0; i < c.commitments.size(); ++i) {
        const bool isCredit = c.commitments.at(i).type == QLatin1String("CREDIT");
        QJsonArray &target = isCredit ? credits : commits;
        bool &more = isCredit ? moreCredits : moreCommits;
        totalValue += c.commitments.at(i).invoiceAmountCents;
        if (target.size() >= EmbeddedCommitments) {
            more = true;
            continue;
        }
        target.append(commitment(customer, book, ledger, index, i, includeBalance));
    }
    QJsonObject json{
        {u"id"_s, c.id},
        {u"customer_id"_s, customer.id},
        {u"name"_s, c.name},
        {u"starting_at"_s, MetronomeDays::iso(c.start)},
        {u"rate_card_id"_s, catalog.rateCards().at(c.rateCard).id},
        {u"usage_statement_schedule"_s, QJsonObject{{u"frequency"_s, u"MONTHLY"_s},
                                                    {u"billing_anchor_date"_s, MetronomeDays::iso(c.start)}}},
        {u"commits"_s, commits},
        {u"credits"_s, credits},
        {u"has_more"_s, QJsonObject{{u"commits"_s, moreCommits}, {u"credits"_s, moreCredits}}},
        {u"created_at"_s, MetronomeDays::iso(c.createdDay, true)},
        {u"created_by"_s, u"sandbox"_s},
        {u"custom_fields"_s, QJsonObject()},
        {u"priority"_s, 1},
        {u"net_payment_terms_days"_s, c.netPaymentTermsDays},
        {u"total_contract_value"_s, static_cast<double>(totalValue)},
        {u"transitions"_s, QJsonArray()},
        {u"overrides"_s, QJsonArray()},
        {u"scheduled_charges"_s, QJsonArray()},
        {u"usage_filter"_s, QJsonArray()},
        {u"recurring_commits"_s, QJsonArray()},
        {u"recurring_credits"_s, QJsonArray()},
        {u"subscriptions"_s, QJsonArray()},
    };
    if (c.end > 0) {
        json.insert(u"ending_before"_s, MetronomeDays::iso(c.end));
    }
    if (!c.salesforceOpportunityId.isEmpty()) {
        json.insert(u"salesforce_opportunity_id"_s, c.salesforceOpportunityId);
    }
    if (customer.archivedDay > 0) {
        json.insert(u"archived_at"_s, MetronomeDays::iso(customer.archivedDay, true));
    }
    return json;
}

QJsonObject MetronomeRender::invoice(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                                     const MetronomeLedger::Invoice &invoice) const
{
    const MetronomeCatalog &catalog = m_world.catalog();
    const QJsonObject usd = catalog.creditTypeRef(MetronomeCatalog::UsdCents);
    const QString periodStart = MetronomeDays::iso(invoice.start);
    const QString periodEnd = MetronomeDays::iso(invoice.end);
    QJsonArray lines;
    QJsonArray adjustments;
    QJsonObject json{
        {u"id"_s, invoice.id},
        {u"customer_id"_s, customer.id},
        {u"status"_s, invoice.status},
        {u"type"_s, invoice.type},
        {u"start_timestamp"_s, periodStart},
        {u"end_timestamp"_s, periodEnd},
        {u"credit_type"_s, usd},
        {u"subtotal"_s, number(invoice.subtotal)},
        {u"total"_s, number(invoice.total)},
        {u"custom_fields"_s, QJsonObject()},
        {u"customer_custom_fields"_s, customer.customFields},
    };
    if (!invoice.draft) {
        json.insert(u"issued_at"_s, MetronomeDays::iso(invoice.issuedDay()));
    }

    if (invoice.isContract) {
        const MetronomeBook::Contract &c = book.contracts.at(invoice.arrangement);
        json.insert(u"contract_id"_s, c.id);
        json.insert(u"contract_custom_fields"_s, QJsonObject());
        json.insert(u"net_payment_terms_days"_s, c.netPaymentTermsDays);
        if (!c.salesforceOpportunityId.isEmpty()) {
            json.insert(u"salesforce_opportunity_id"_s, c.salesforceOpportunityId);
        }
        if (invoice.commitment >= 0) {
            const MetronomeBook::Commitment &x = c.commitments.at(invoice.commitment);
            lines.append(QJsonObject{
                {u"name"_s, x.name},
                {u"type"_s, u"commit_purchase"_s},
                {u"total"_s, number(invoice.total)},
                {u"credit_type"_s, usd},
                {u"quantity"_s, 1},
                {u"unit_price"_s, number(invoice.total)},
                {u"product_id"_s, catalog.products().at(x.product).id},
                {u"product_type"_s, u"FixedProductListItem"_s},
                {u"commit_id"_s, x.id},
                {u"commit_type"_s,
                 x.type == QLatin1String("POSTPAID") ? u"PostpaidCommit"_s : u"PrepaidCommit"_s},
                {u"starting_at"_s, periodStart},
                {u"ending_before"_s, periodEnd},
                {u"custom_fields"_s, QJsonObject()},
            });
        }
        for (const MetronomeLedger::Line &line : invoice.lines) {
            const MetronomeCatalog::Metric &metric = catalog.metrics().at(line.metric);
            const MetronomeCatalog::Product &product = catalog.products().at(metric.product);
            lines.append(QJsonObject{
                {u"name"_s, product.name},
                {u"type"_s, u"usage"_s},
                {u"total"_s, number(line.total)},
                {u"credit_type"_s, usd},
                {u"quantity"_s, static_cast<double>(line.quantity)},
                {u"unit_price"_s, number(line.unitPrice)},
                {u"product_id"_s, product.id},
                {u"product_type"_s, u"UsageProductListItem"_s},
                {u"product_tags"_s, QJsonArray::fromStringList(product.tags)},
                {u"pricing_group_values"_s,
                 groupValues(product.pricingGroupKey,
                             catalog.cellValues(line.metric, line.cell, product.pricingGroupKey))},
                {u"presentation_group_values"_s,
                 groupValues(product.presentationGroupKey,
                             catalog.cellValues(line.metric, line.cell, product.presentationGroupKey))},
                {u"starting_at"_s, periodStart},
                {u"ending_before"_s, periodEnd},
                {u"custom_fields"_s, QJsonObject()},
            });
        }
        for (const MetronomeLedger::Draw &draw : invoice.draws) {
            const MetronomeBook::Commitment &x = c.commitments.at(draw.source);
            lines.append(QJsonObject{
                {u"name"_s, x.name},
                {u"type"_s, u"applied_commit_or_credit"_s},
                {u"total"_s, number(-draw.amount)},
                {u"credit_type"_s, usd},
                {u"product_id"_s, catalog.products().at(x.product).id},
                {u"commit_id"_s, x.id},
                {u"commit_type"_s,
                 x.type == QLatin1String("POSTPAID") ? u"PostpaidCommit"_s : u"PrepaidCommit"_s},
                {u"applied_commit_or_credit"_s, QJsonObject{{u"id"_s, x.id}, {u"type"_s, x.type}}},
                {u"starting_at"_s, periodStart},
                {u"ending_before"_s, periodEnd},
                {u"custom_fields"_s, QJsonObject()},
            });
        }
    } else {
        const MetronomeBook::CustomerPlan &customerPlan = book.plans.at(invoice.arrangement);
        const MetronomeCatalog::Plan &plan = catalog.plans().at(customerPlan.plan);
        json.insert(u"plan_id"_s, plan.id);
        json.insert(u"plan_name"_s, plan.name);
        json.insert(u"plan_custom_fields"_s, QJsonObject());
        json.insert(u"net_payment_terms_days"_s, 30);
        if (invoice.feeUnits > 0) {
            const QJsonObject sub{{u"name"_s, u"Platform fee"_s},
                                  {u"quantity"_s, 1},
                                  {u"subtotal"_s, number(invoice.feeUnits)},
                                  {u"price"_s, number(invoice.feeUnits)},
                                  {u"charge_id"_s, catalog.platformFeeChargeId(customerPlan.plan)},
                                  {u"custom_fields"_s, QJsonObject()}};
            lines.append(QJsonObject{{u"name"_s, u"Platform fee"_s},
                                     {u"type"_s, u"fixed"_s},
                                     {u"total"_s, number(invoice.feeUnits)},
                                     {u"credit_type"_s, usd},
                                     {u"quantity"_s, 1},
                                     {u"unit_price"_s, number(invoice.feeUnits)},
                                     {u"starting_at"_s, periodStart},
                                     {u"ending_before"_s, periodEnd},
                                     {u"sub_line_items"_s, QJsonArray{sub}},
                                     {u"custom_fields"_s, QJsonObject()}});
        }
        // One line per product; its charges per group value are the sub line items.
        for (int m = 0; m < MetronomeCatalog::UsageMetricCount; ++m) {
            const MetronomeCatalog::Metric &metric = catalog.metrics().at(m);
            const MetronomeCatalog::Product &product = catalog.products().at(metric.product);
            QJsonArray subs;
            qint64 quantity = 0;
            qint64 total = 0;
            for (const MetronomeLedger::Line &line : invoice.lines) {
                if (line.metric != m) {
                    continue;
                }
                quantity += line.quantity;
                total += line.total;
                const QString label = catalog.cellLabel(m, line.cell);
                subs.append(QJsonObject{
                    {u"name"_s, label.isEmpty() ? product.name : product.name + u" ("_s + label + u')'},
                    {u"quantity"_s, static_cast<double>(line.quantity)},
                    {u"subtotal"_s, number(line.total)},
                    {u"price"_s, number(line.unitPrice)},
                    {u"charge_id"_s, catalog.chargeId(customerPlan.plan, m, line.cell)},
                    {u"custom_fields"_s, QJsonObject()},
                });
            }
            if (subs.isEmpty()) {
                continue;
            }
            lines.append(QJsonObject{{u"name"_s, product.name},
                                     {u"type"_s, u"usage"_s},
                                     {u"total"_s, number(total)},
                                     {u"credit_type"_s, usd},
                                     {u"quantity"_s, static_cast<double>(quantity)},
                                     {u"product_id"_s, product.id},
                                     {u"product_type"_s, u"UsageProductListItem"_s},
                                     {u"starting_at"_s, periodStart},
                                     {u"ending_before"_s, periodEnd},
                                     {u"sub_line_items"_s, subs},
                                     {u"custom_fields"_s, QJsonObject()}});
        }
        for (const MetronomeLedger::Draw &draw : invoice.draws) {
            const MetronomeBook::Grant &grant = book.grants.at(draw.source);
            adjustments.append(QJsonObject{{u"name"_s, grant.name},
                                           {u"total"_s, number(-draw.amount)},
                                           {u"credit_type"_s, usd},
                                           {u"credit_grant_id"_s, grant.id}});
        }
    }
    json.insert(u"line_items"_s, lines);
    json.insert(u"invoice_adjustments"_s, adjustments);
    return json;
}

QJsonObject MetronomeRender::customerPlan(const MetronomeBook &book, int index) const
{
    const MetronomeBook::CustomerPlan &p = book.plans.at(index);
    const MetronomeCatalog::Plan &plan = m_world.catalog().plans().at(p.plan);
    QJsonObject json{
        {u"id"_s, p.id},
        {u"plan_id"_s, plan.id},
        {u"plan_name"_s, plan.name},
        {u"plan_description"_s, plan.description},
        {u"starting_on"_s, MetronomeDays::iso(p.start)},
        {u"net_payment_terms_days"_s, 30},
        {u"custom_fields"_s, QJsonObject()},
    };
    if (p.end > 0) {
        json.insert(u"ending_before"_s, MetronomeDays::iso(p.end));
    }
    return json;
}

QJsonObject MetronomeRender::creditGrant(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                                         const MetronomeLedger &ledger, int index) const
{
    const MetronomeCatalog &catalog = m_world.catalog();
    const MetronomeBook::Grant &g = book.grants.at(index);
    const bool ccu = g.creditType == MetronomeCatalog::ComputeCredits;
    // Grant balances are in the grant's own unit; ledger amounts are cents-equivalents.
    auto inUnit = [ccu](qint64 units) { return Decimal::fromInt(units).shifted(ccu ? -6 : -4).toDouble(); };
    QJsonArray products;
    for (int p = 0; p < MetronomeCatalog::UsageMetricCount; ++p) {
        products.append(catalog.productRef(p));
    }
    QJsonArray deductions;
    QJsonArray pending;
    qint64 running = MetronomeLedger::grantCapacity(g);
    for (const MetronomeLedger::Invoice &invoice : ledger.invoices()) {
        if (invoice.isContract) {
            continue;
        }
        for (const MetronomeLedger::Draw &draw : invoice.draws) {
            if (draw.source != index) {
                continue;
            }
            running -= draw.amount;
            QJsonObject entry{
                {u"amount"_s, inUnit(-draw.amount)},
                {u"created_by"_s, u"Metronome"_s},
                {u"credit_grant_id"_s, g.id},
                {u"effective_at"_s, MetronomeDays::iso(invoice.draft ? m_world.today() : invoice.end)},
                {u"reason"_s, u"Invoice deduction"_s},
                {u"running_balance"_s, inUnit(running)},
                {u"invoice_id"_s, invoice.id}};
            (invoice.draft ? pending : deductions).append(entry);
        }
    }
    const qint64 balanceDay = ledger.currentPeriodEnd().value_or(m_world.today());
    return QJsonObject{
        {u"id"_s, g.id},
        {u"customer_id"_s, customer.id},
        {u"name"_s, g.name},
        {u"reason"_s, g.reason},
        {u"priority"_s, g.priority},
        {u"effective_at"_s, MetronomeDays::iso(g.effective)},
        {u"expires_at"_s, MetronomeDays::iso(g.expires)},
        {u"grant_amount"_s, QJsonObject{{u"amount"_s, static_cast<double>(g.amount)},
                                        {u"credit_type"_s, catalog.creditTypeRef(g.creditType)}}},
        {u"paid_amount"_s,
         QJsonObject{{u"amount"_s, static_cast<double>(g.paidCents)},
                     {u"credit_type"_s, catalog.creditTypeRef(MetronomeCatalog::UsdCents)}}},
        {u"balance"_s, QJsonObject{{u"effective_at"_s, MetronomeDays::iso(balanceDay)},
                                   {u"excluding_pending"_s, inUnit(ledger.grantBalance(index, false))},
                                   {u"including_pending"_s, inUnit(ledger.grantBalance(index, true))}}},
        {u"deductions"_s, deductions},
        {u"pending_deductions"_s, pending},
        {u"products"_s, products},
        {u"custom_fields"_s, QJsonObject()},
        {u"credit_grant_type"_s, ccu ? u"purchased"_s : u"promotional"_s},
        {u"invoice_id"_s, QJsonValue(QJsonValue::Null)},
        {u"uniqueness_key"_s, QJsonValue(QJsonValue::Null)},
    };
}
