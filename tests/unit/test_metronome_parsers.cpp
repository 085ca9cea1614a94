// The typed Metronome structs read the API's JSON exactly: amounts without losing a digit,
// both timestamp forms, missing optional fields and unknown fields tolerated, wrong types
// rejected with the path of the offending field. Plus the error messages a user reads.
#include "metronome/MetronomeBillableMetric.h"
#include "metronome/MetronomeContract.h"
#include "metronome/MetronomeCreditGrant.h"
#include "metronome/MetronomeCustomer.h"
#include "metronome/MetronomeCustomerPlan.h"
#include "metronome/MetronomeError.h"
#include "metronome/MetronomeGroupedUsage.h"
#include "metronome/MetronomeInvoice.h"
#include "metronome/MetronomePlan.h"
#include "metronome/MetronomeProduct.h"
#include "metronome/MetronomeRateCard.h"
#include "metronome/MetronomeUsage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

QJsonValue parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

TEST(MetronomeParsers, CustomerDetailWithLinkAliasesAndCustomFields)
{
    QString error;
    const auto c = MetronomeCustomer::fromJson(parse(R"J({
        "id": "d7abd0cd-4ae9-4db7-8676-e986a4ebd8dc", "name": "Example, Inc.", "external_id": "team@example.com",
        "ingest_aliases": ["team@example.com", "acct-42"], "custom_fields": {"x_account_id": "KyVn"},
        "customer_config": {"salesforce_account_id": "0015500001WO1ZiABL"},
        "created_at": "2024-01-01T00:00:00.000Z", "updated_at": "2024-01-02T00:00:00Z", "archived_at": null,
        "current_billable_status": {"value": "billable", "effective_at": "2024-01-01T00:00:00Z"},
        "some_future_field": {"nested": [1, 2, 3]}})J"),
                                               &error);
    ASSERT_TRUE(c.has_value()) << qPrintable(error);
    EXPECT_EQ(c->name, QStringLiteral("Example, Inc."));
    EXPECT_EQ(c->ingestAliases, QStringList({QStringLiteral("team@example.com"), QStringLiteral("acct-42")}));
    EXPECT_EQ(c->customFields.value(QStringLiteral("x_account_id")), QStringLiteral("KyVn"));
    EXPECT_EQ(c->salesforceAccountId, QStringLiteral("0015500001WO1ZiABL"));
    EXPECT_TRUE(c->isLinked());
    EXPECT_FALSE(c->isArchived());
    EXPECT_EQ(c->createdAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(c->updatedAt, QDateTime(QDate(2024, 1, 2), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(c->billableStatus, QStringLiteral("billable"));
}

TEST(MetronomeParsers, CustomerShortFormAndAClearedLink)
{
    QString error;
    auto c = MetronomeCustomer::fromJson(parse(R"J({"id": "a", "name": "Short"})J"), &error);
    ASSERT_TRUE(c.has_value()) << qPrintable(error);
    EXPECT_FALSE(c->hasCustomerConfig);
    EXPECT_TRUE(c->ingestAliases.isEmpty());
    EXPECT_FALSE(c->createdAt.isValid());
    c = MetronomeCustomer::fromJson(
        parse(R"J({"id": "a", "name": "N", "customer_config": {"salesforce_account_id": null},
                  "archived_at": "2025-03-01T10:00:00+02:00"})J"));
    ASSERT_TRUE(c.has_value());
    EXPECT_TRUE(c->hasCustomerConfig);
    EXPECT_FALSE(c->isLinked());
    EXPECT_TRUE(c->isArchived());
    EXPECT_EQ(c->archivedAt, QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC)); // offsets become UTC
}

TEST(MetronomeParsers, RejectsWrongTypesWithTheFieldPath)
{
    QString error;
    EXPECT_FALSE(MetronomeCustomer::fromJson(parse(R"J({"id": 42, "name": "N"})J"), &error));
    EXPECT_EQ(error, QStringLiteral("customer.id: expected a string, got a number"));
    EXPECT_FALSE(MetronomeCustomer::fromJson(parse(R"J({"name": "N"})J"), &error));
    EXPECT_EQ(error, QStringLiteral("customer.id: missing"));
    EXPECT_FALSE(
        MetronomeCustomer::fromJson(parse(R"J({"id": "a", "name": "N", "ingest_aliases": "x"})J"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("ingest_aliases: expected an array")));
    EXPECT_FALSE(MetronomeCustomer::fromJson(
        parse(R"J({"id": "a", "name": "N", "custom_fields": {"k": 1}})J"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("custom_fields.k: expected a string, got a number")));
    EXPECT_FALSE(MetronomeCustomer::fromJson(
        parse(R"J({"id": "a", "name": "N", "created_at": "yesterday"})J"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("created_at: expected an RFC 3339 timestamp")));
    // A timestamp without a zone is not RFC 3339.
    EXPECT_FALSE(MetronomeCustomer::fromJson(
        parse(R"J({"id": "a", "name": "N", "created_at": "2024-01-01T00:00:00"})J")));
    EXPECT_FALSE(MetronomeCustomer::fromJson(parse(R"J(["not", "an", "object"])J"), &error));
    EXPECT_EQ(error, QStringLiteral("customer: expected an object, got an array"));
    // Nested paths name the exact element.
    EXPECT_FALSE(MetronomeInvoice::fromJson(
        parse(R"J({"id": "i", "status": "DRAFT", "total": 1, "start_timestamp": "2025-01-01T00:00:00Z",
                  "end_timestamp": "2025-02-01T00:00:00Z",
                  "line_items": [{"name": "a", "total": 1}, {"name": "b", "total": "2"}]})J"),
        &error));
    EXPECT_EQ(error, QStringLiteral("invoice.line_items[1].total: expected a number, got a string"));
}

TEST(MetronomeParsers, ContractWithCommitsCreditsSchedulesAndBalances)
{
    QString error;
    const auto c = MetronomeContract::fromJson(parse(R"J({
        "id": "c1", "customer_id": "cu1", "name": "Enterprise 2025", "rate_card_id": "rc1",
        "starting_at": "2025-01-01T00:00:00.000Z",
        "usage_statement_schedule": {"frequency": "MONTHLY", "billing_anchor_date": "2025-01-01T00:00:00Z"},
        "priority": 1, "net_payment_terms_days": 30, "total_contract_value": 1200000.5,
        "has_more": {"commits": false, "credits": true},
        "commits": [{"id": "m1", "type": "PREPAID", "product": {"id": "p1", "name": "Prepaid"}, "priority": 2,
                     "contract": {"id": "c1"}, "balance": 9876543.2109,
                     "access_schedule": {"credit_type": {"id": "2714e483-4ff1-48e4-9e25-ac732e8f24f2", "name": "USD (cents)"},
                        "schedule_items": [{"id": "a1", "amount": 600000, "starting_at": "2025-01-01T00:00:00Z",
                                            "ending_before": "2025-07-01T00:00:00Z"},
                                           {"id": "a2", "amount": 400000.25, "starting_at": "2025-07-01T00:00:00Z",
                                            "ending_before": "2026-01-01T00:00:00Z"}]},
                     "invoice_schedule": {"schedule_items": [{"id": "i1", "timestamp": "2025-01-01T00:00:00Z",
                                            "amount": 900000, "unit_price": 900000, "quantity": 1, "invoice_id": null}]}}],
        "credits": [{"id": "k1", "type": "CREDIT", "product": {"id": "p2", "name": "Promo"},
                     "access_schedule": {"credit_type": {"id": "ccu", "name": "Compute Credits"},
                        "schedule_items": [{"id": "a3", "amount": 50, "starting_at": "2025-01-01T00:00:00Z"}]}}]})J"),
                                               &error);
    ASSERT_TRUE(c.has_value()) << qPrintable(error);
    EXPECT_FALSE(c->endingBefore.isValid()); // open-ended
    EXPECT_EQ(c->usageStatementFrequency, QStringLiteral("MONTHLY"));
    EXPECT_EQ(*c->totalContractValue, dec("1200000.5"));
    EXPECT_TRUE(c->hasMoreCredits);
    ASSERT_EQ(c->commits.size(), 1);
    const MetronomeCommit &m = c->commits.constFirst();
    EXPECT_EQ(m.kind(), MetronomeCommit::Kind::Prepaid);
    EXPECT_EQ(m.balance->toString(), QStringLiteral("9876543.2109"));
    EXPECT_EQ(m.totalAmount().amount, dec("1000000.25"));
    EXPECT_EQ(m.totalAmount().majorUnits(), dec("10000.0025"));
    EXPECT_EQ(m.totalCost().amount, dec("900000"));
    EXPECT_TRUE(m.totalCost().creditType.isUsdCents()); // invoice schedule without a credit type: USD cents
    EXPECT_TRUE(m.invoiceItems.constFirst().invoiceId.isEmpty());
    EXPECT_EQ(m.startingAt(), QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(m.endingBefore(), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(*m.priority, 2.0);
    const MetronomeCommit &k = c->credits.constFirst();
    EXPECT_TRUE(k.isCredit());
    EXPECT_FALSE(k.balance.has_value());
    EXPECT_FALSE(k.endingBefore().isValid());
    EXPECT_EQ(k.totalAmount().unitName(), QStringLiteral("Compute Credits"));
    EXPECT_EQ(k.totalAmount().majorUnits(), dec("50")); // a custom unit is not shifted
}

TEST(MetronomeParsers, InvoiceLinesSubLinesGroupsAndTotals)
{
    QString error;
    const auto i = MetronomeInvoice::fromJson(parse(R"J({
        "id": "inv", "customer_id": "cu", "status": "FINALIZED", "type": "USAGE",
        "start_timestamp": "2025-01-01T00:00:00Z", "end_timestamp": "2025-02-01T00:00:00Z",
        "issued_at": "2025-02-01T00:00:00Z", "credit_type": {"id": "2714e483-4ff1-48e4-9e25-ac732e8f24f2", "name": "USD (cents)"},
        "subtotal": 15000.0123, "total": 14392.0123,
        "line_items": [
          {"name": "Compute", "type": "usage", "total": 15000.0123, "quantity": 1562.5, "unit_price": 9.6000079,
           "credit_type": {"id": "2714e483-4ff1-48e4-9e25-ac732e8f24f2", "name": "USD (cents)"}, "product_id": "p",
           "pricing_group_values": {"instance_type": "gpu"}, "presentation_group_values": {"region": null},
           "sub_line_items": [{"name": "a", "quantity": 1, "subtotal": 10000.0123, "price": 10000.0123},
                              {"name": "b", "subtotal": 5000}]},
          {"name": "Prepaid", "type": "applied_commit_or_credit", "total": -608, "credit_type": {"id": "2714e483-4ff1-48e4-9e25-ac732e8f24f2"},
           "applied_commit_or_credit": {"id": "m1", "type": "PREPAID"}},
          {"name": "Minimum", "type": "applied_commit_or_credit", "total": -500, "commit_type": "PostpaidCommit",
           "applied_commit_or_credit": {"id": "m2", "type": "POSTPAID"}}],
        "invoice_adjustments": [{"name": "Grant", "total": 0, "credit_grant_id": "g"}]})J"),
                                              &error);
    ASSERT_TRUE(i.has_value()) << qPrintable(error);
    EXPECT_EQ(i->total.toString(), QStringLiteral("14392.0123"));
    EXPECT_EQ(i->totalMoney().majorUnits().toString(), QStringLiteral("143.920123"));
    ASSERT_EQ(i->lineItems.size(), 3);
    const MetronomeInvoice::LineItem &usage = i->lineItems.at(0);
    EXPECT_EQ(usage.unitPrice->toString(), QStringLiteral("9.6000079"));
    EXPECT_EQ(*usage.quantity, dec("1562.5"));
    EXPECT_EQ(usage.pricingGroupValues.value(QStringLiteral("instance_type")), QStringLiteral("gpu"));
    EXPECT_TRUE(usage.presentationGroupValues.contains(QStringLiteral("region")));
    EXPECT_TRUE(usage.presentationGroupValues.value(QStringLiteral("region")).isNull());
    ASSERT_EQ(usage.subLineItems.size(), 2);
    EXPECT_FALSE(usage.subLineItems.at(1).quantity.has_value());
    Decimal sum;
    for (const MetronomeInvoice::LineItem &line : i->lineItems) {
        if (line.countsTowardTotal()) {
            sum += line.total;
        }
    }
    EXPECT_EQ(sum, i->total); // the postpaid application is shown, not deducted
    EXPECT_FALSE(i->lineItems.at(2).countsTowardTotal());
    EXPECT_TRUE(i->hasLineItems);
    EXPECT_EQ(i->adjustments.constFirst().creditGrantId, QStringLiteral("g"));

    // A summary without line items is recognisable (the client completes it).
    const auto summary = MetronomeInvoice::fromJson(parse(R"J({"id": "s", "status": "DRAFT", "total": 0,
        "start_timestamp": "2025-01-01T00:00:00Z", "end_timestamp": "2025-02-01T00:00:00Z"})J"));
    ASSERT_TRUE(summary.has_value());
    EXPECT_FALSE(summary->hasLineItems);
    EXPECT_TRUE(summary->creditType.isUsdCents());
}

TEST(MetronomeParsers, LineItemKeysAreStableAndDistinct)
{
    auto line = [](const char *text) {
        return *MetronomeInvoice::LineItem::fromJson(parse(text), nullptr, QString());
    };
    const auto a = line(R"J({"name": "Compute", "type": "usage", "total": 1, "product_id": "p",
                           "pricing_group_values": {"instance_type": "gpu", "zone": "a"}})J");
    const auto sameOtherOrder = line(R"J({"pricing_group_values": {"zone": "a", "instance_type": "gpu"},
                                        "total": 99, "type": "usage", "product_id": "p", "name": "Compute"})J");
    const auto otherGroup = line(R"J({"name": "Compute", "type": "usage", "total": 1, "product_id": "p",
                                    "pricing_group_values": {"instance_type": "standard", "zone": "a"}})J");
    EXPECT_EQ(a.naturalKey(), sameOtherOrder.naturalKey()); // identity, not amounts or key order
    EXPECT_NE(a.naturalKey(), otherGroup.naturalKey());
}

TEST(MetronomeParsers, CatalogObjects)
{
    QString error;
    const auto card =
        MetronomeRateCard::fromJson(parse(R"J({"id": "rc", "name": "Standard", "aliases": [{"name": "std"}],
        "fiat_credit_type": {"id": "2714e483-4ff1-48e4-9e25-ac732e8f24f2", "name": "USD (cents)"},
        "credit_type_conversions": [{"custom_credit_type": {"id": "ccu", "name": "credits"}, "fiat_per_custom_credit": "0.5"}]})J"),
                                    &error);
    ASSERT_TRUE(card.has_value()) << qPrintable(error);
    EXPECT_EQ(card->aliases, QStringList{QStringLiteral("std")});
    EXPECT_EQ(card->creditTypeConversions.constFirst().fiatPerCustomCredit, dec("0.5"));
    EXPECT_FALSE(MetronomeRateCard::fromJson(parse(R"J({"id": "rc", "name": "S",
        "credit_type_conversions": [{"custom_credit_type": {"id": "c"}, "fiat_per_custom_credit": "half"}]})J"),
                                             &error));
    EXPECT_TRUE(error.contains(QStringLiteral("fiat_per_custom_credit")));

    const auto product = MetronomeProduct::fromJson(
        parse(R"J({"id": "p", "type": "USAGE", "archived_at": "2024-12-01T00:00:00Z",
        "current": {"name": "CPU hours", "billable_metric_id": "m", "pricing_group_key": ["region"], "presentation_group_key": ["cluster"]},
        "initial": {"name": "old name"}})J"));
    ASSERT_TRUE(product.has_value());
    EXPECT_EQ(product->name, QStringLiteral("CPU hours"));
    EXPECT_EQ(product->pricingGroupKey, QStringList{QStringLiteral("region")});
    EXPECT_TRUE(product->archivedAt.isValid());

    const auto metric = MetronomeBillableMetric::fromJson(parse(R"J({"id": "m", "name": "CPU",
        "aggregation_type": "SUM", "group_keys": [["region"], ["region", "cluster"]],
        "event_type_filter": {"in_values": ["heartbeat"]}})J"));
    ASSERT_TRUE(metric.has_value());
    EXPECT_EQ(metric->groupKeys.size(), 2);
    EXPECT_EQ(metric->simpleGroupKeys(), QStringList{QStringLiteral("region")});
    EXPECT_EQ(metric->eventTypes, QStringList{QStringLiteral("heartbeat")});
    EXPECT_FALSE(MetronomeBillableMetric::fromJson(
        parse(R"J({"id": "m", "name": "CPU", "group_keys": ["region"]})J"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("group_keys[0]")));

    const auto plan = MetronomePlan::fromJson(parse(R"J({"id": "pl", "name": "Pro"})J"));
    ASSERT_TRUE(plan.has_value());
    EXPECT_TRUE(plan->description.isEmpty());
    const auto customerPlan =
        MetronomeCustomerPlan::fromJson(parse(R"J({"id": "cp", "plan_id": "pl", "plan_name": "Pro",
        "starting_on": "2024-01-01T00:00:00Z", "ending_before": "2025-01-01T00:00:00Z"})J"));
    ASSERT_TRUE(customerPlan.has_value());
    EXPECT_TRUE(customerPlan->endingBefore.isValid());
    EXPECT_FALSE(MetronomeCustomerPlan::fromJson(parse(R"J({"id": "cp", "plan_id": "pl"})J"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("starting_on: missing")));
}

TEST(MetronomeParsers, CreditGrantInACustomUnitBoughtWithDollars)
{
    QString error;
    const auto g = MetronomeCreditGrant::fromJson(
        parse(R"J({"id": "g", "customer_id": "cu", "name": "Bundle", "priority": 0.5,
        "effective_at": "2025-01-01T00:00:00Z", "expires_at": "2026-01-01T00:00:00Z",
        "grant_amount": {"amount": 500, "credit_type": {"id": "ccu", "name": "Compute Credits"}},
        "paid_amount": {"amount": 40000, "credit_type": {"id": "2714e483-4ff1-48e4-9e25-ac732e8f24f2", "name": "USD (cents)"}},
        "balance": {"effective_at": "2025-02-01T00:00:00Z", "excluding_pending": 321.123456, "including_pending": 300.000001},
        "deductions": [], "pending_deductions": [], "products": [{"id": "p1", "name": "x"}], "custom_fields": {}})J"),
        &error);
    ASSERT_TRUE(g.has_value()) << qPrintable(error);
    EXPECT_EQ(g->balance().amount.toString(), QStringLiteral("300.000001"));
    EXPECT_EQ(g->balance().unitName(), QStringLiteral("Compute Credits"));
    EXPECT_EQ(g->paidAmount.majorUnits(), dec("400"));
    EXPECT_EQ(g->paidAmount.unitName(), QStringLiteral("USD"));
    EXPECT_EQ(*g->priority, 0.5);
    EXPECT_EQ(g->productIds, QStringList{QStringLiteral("p1")});
    EXPECT_FALSE(MetronomeCreditGrant::fromJson(parse(R"J({"id": "g", "customer_id": "cu",
        "effective_at": "2025-01-01T00:00:00Z", "paid_amount": {"amount": 0}})J"),
                                                &error));
    EXPECT_TRUE(error.contains(QStringLiteral("grant_amount: missing")));
}

TEST(MetronomeParsers, UsageRowsAndGroupedUsage)
{
    QString error;
    const auto u = MetronomeUsage::fromJson(parse(R"J({"customer_id": "c", "billable_metric_id": "m",
        "start_timestamp": "2025-01-01T00:00:00Z", "end_timestamp": "2025-01-02T00:00:00Z", "value": 1234.5,
        "groups": {"us-east-1": 1000, "us-west-2": null, "eu-west-1": 234.5}})J"),
                                            &error);
    ASSERT_TRUE(u.has_value()) << qPrintable(error);
    EXPECT_EQ(*u->value, dec("1234.5"));
    EXPECT_FALSE(u->groups.value(QStringLiteral("us-west-2")).has_value()); // null: no usage for that value
    EXPECT_EQ(*u->groups.value(QStringLiteral("eu-west-1")), dec("234.5"));
    EXPECT_EQ(u->dedupeKey(), QStringLiteral("c|m|2025-01-01T00:00:00Z|2025-01-02T00:00:00Z"));
    const auto nullValue = MetronomeUsage::fromJson(parse(R"J({"customer_id": "c", "billable_metric_id": "m",
        "start_timestamp": "2025-01-01T00:00:00Z", "end_timestamp": "2025-01-02T00:00:00Z", "value": null})J"));
    ASSERT_TRUE(nullValue.has_value());
    EXPECT_FALSE(nullValue->value.has_value());
    EXPECT_FALSE(MetronomeUsage::fromJson(parse(R"J({"customer_id": "c", "billable_metric_id": "m",
        "start_timestamp": "2025-01-01T00:00:00Z", "end_timestamp": "2025-01-02T00:00:00Z", "groups": {"a": "1"}})J"),
                                          &error));
    EXPECT_TRUE(error.contains(QStringLiteral("groups.a")));

    const auto g = MetronomeGroupedUsage::fromJson(parse(R"J({"starting_on": "2025-01-01T00:00:00Z",
        "ending_before": "2025-01-02T00:00:00Z", "value": 42, "group": {"region": "us-east-1", "team": null}})J"));
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->group.size(), 2);
    const auto legacy = MetronomeGroupedUsage::fromJson(parse(R"J({"starting_on": "2025-01-01T00:00:00Z",
        "ending_before": "2025-01-02T00:00:00Z", "value": 1, "group_key": "region", "group_value": "eu"})J"));
    ASSERT_TRUE(legacy.has_value());
    EXPECT_EQ(legacy->group.value(QStringLiteral("region")), QStringLiteral("eu"));
}

TEST(MetronomeParsers, AmountsKeepEveryDigitTheServerWrote)
{
    for (const char *text :
         {"0.1", "14392", "0.0025", "-608.0001", "123456789.123456", "1e-7", "99999999999999.9"}) {
        const QByteArray json = QByteArrayLiteral("{\"id\":\"i\",\"status\":\"DRAFT\",\"start_timestamp\":"
                                                  "\"2025-01-01T00:00:00Z\",\"end_timestamp\":"
                                                  "\"2025-02-01T00:00:00Z\",\"total\":") +
                                QByteArray(text) + '}';
        const auto invoice = MetronomeInvoice::fromJson(QJsonDocument::fromJson(json).object());
        ASSERT_TRUE(invoice.has_value()) << text;
        EXPECT_EQ(invoice->total, dec(text)) << text;
    }
}

TEST(MetronomeErrors, SayWhatHappenedAndWhetherToTryAgain)
{
    HttpResponse r;
    r.outcome = HttpResponse::Outcome::Finished;
    r.attempts = 1;
    r.status = 401;
    r.body = QByteArrayLiteral(R"J({"message": "Unauthorized"})J");
    MetronomeError e = MetronomeError::fromResponse(r, QStringLiteral("reading customers"));
    EXPECT_EQ(e.kind(), MetronomeError::Kind::Unauthorized);
    EXPECT_EQ(e.serverMessage(), QStringLiteral("Unauthorized"));
    EXPECT_TRUE(e.userMessage().contains(QStringLiteral("token was rejected")));
    EXPECT_FALSE(e.isTransient());

    r.status = 403;
    r.body = QByteArrayLiteral(R"J({"message": "nope"})J");
    e = MetronomeError::fromResponse(r, QStringLiteral("linking customer c to a Salesforce account"));
    EXPECT_EQ(e.kind(), MetronomeError::Kind::Forbidden);
    EXPECT_EQ(e.userMessage(),
              QStringLiteral(
                  "The Metronome API token lacks permission for linking customer c to a Salesforce account. "
                  "Use a token that is allowed to do this."));

    r.status = 503;
    r.attempts = 5;
    r.body = QByteArrayLiteral("<html>oops</html>");
    e = MetronomeError::fromResponse(r, QStringLiteral("reading plans"));
    EXPECT_EQ(e.kind(), MetronomeError::Kind::Server);
    EXPECT_TRUE(e.isTransient());
    EXPECT_TRUE(e.serverMessage().isEmpty());
    EXPECT_EQ(e.userMessage(),
              QStringLiteral(
                  "Metronome had a server error (HTTP 503) while reading plans; NomeSync gave up after 5 "
                  "attempt(s)."));

    r.status = 429;
    EXPECT_EQ(MetronomeError::fromResponse(r, QStringLiteral("x")).kind(), MetronomeError::Kind::RateLimited);
    r.status = 409;
    EXPECT_EQ(MetronomeError::fromResponse(r, QStringLiteral("x")).kind(), MetronomeError::Kind::Conflict);
    r.status = 422;
    EXPECT_EQ(MetronomeError::fromResponse(r, QStringLiteral("x")).kind(), MetronomeError::Kind::BadRequest);

    HttpResponse network;
    network.outcome = HttpResponse::Outcome::Network;
    network.networkError = QNetworkReply::ConnectionRefusedError;
    network.errorString = QStringLiteral("Connection refused");
    e = MetronomeError::fromResponse(network, QStringLiteral("reading plans"));
    EXPECT_EQ(e.kind(), MetronomeError::Kind::Network);
    EXPECT_TRUE(e.userMessage().contains(QStringLiteral("Connection refused")));
    EXPECT_TRUE(MetronomeError::cancelled(QStringLiteral("x")).isCancelled());
    EXPECT_TRUE(MetronomeError().isOk());
    EXPECT_TRUE(MetronomeError().userMessage().isEmpty());
}
