// The customer view's figures assembled from workspace rows: money in the user's locale,
// burn-down derived from the invoices' applied-commit lines, monthly spend with the draft
// apart, the "as synced" badges, and how rows of each source become contracts, commitments,
// invoices and usage.
#include "insight/CustomerInsightBuilder.h"
#include "insight/InsightBadge.h"
#include "insight/MoneyFormat.h"
#include "util/Decimal.h"

#include <gtest/gtest.h>

using Insight = CustomerInsight;

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value_or(Decimal());
}

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

MetronomeMoney usd(const char *cents)
{
    return MetronomeMoney{dec(cents), MetronomeCreditType::usdCents()};
}

Insight::Commitment prepaid(const char *total, const char *balance, const QDateTime &start,
                            const QDateTime &end)
{
    Insight::Commitment c;
    c.id = QStringLiteral("commit-1");
    c.name = QStringLiteral("Prepaid 2025");
    c.kind = Insight::Kind::Prepaid;
    c.accessStart = start;
    c.accessEnd = end;
    c.total = usd(total);
    c.balance = usd(balance);
    return c;
}

Insight::Invoice invoice(const QString &id, const QDateTime &start, const QDateTime &end, const char *status,
                         const char *drawOnCommit1)
{
    Insight::Invoice i;
    i.id = id;
    i.type = QStringLiteral("USAGE");
    i.status = QString::fromLatin1(status);
    i.start = start;
    i.end = end;
    Insight::LineItem usage;
    usage.type = QStringLiteral("usage");
    usage.total = usd("99999"); // never a draw, whatever it says
    usage.commitId = QStringLiteral("commit-1");
    i.lineItems.append(usage);
    Insight::LineItem applied;
    applied.type = QStringLiteral("applied_commit_or_credit");
    applied.commitId = QStringLiteral("commit-1");
    applied.total = usd(drawOnCommit1);
    applied.total.amount = -applied.total.amount;
    i.lineItems.append(applied);
    Insight::LineItem other;
    other.type = QStringLiteral("applied_commit_or_credit");
    other.commitId = QStringLiteral("commit-2");
    other.total = usd("-5000");
    i.lineItems.append(other);
    return i;
}

QList<QPair<QDateTime, QString>> points(const Insight::BurnDown &b)
{
    QList<QPair<QDateTime, QString>> out;
    for (const Insight::BurnDownPoint &p : b.points) {
        out.append({p.at, p.balance.toString()});
    }
    return out;
}

} // namespace

TEST(MoneyFormat, CurrencyInTheUsersLocaleAndCustomUnitsByName)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(MoneyFormat::money(usd("123456"), us), QStringLiteral("$1,234.56"));
    EXPECT_EQ(MoneyFormat::money(usd("-5000"), us), QStringLiteral("-$50.00"));
    // Sub-cent prices keep their digits (up to four decimals of the major unit).
    // Cents by default (exactly rounded), sub-cent digits where asked for (unit prices).
    EXPECT_EQ(MoneyFormat::money(usd("23238527.33"), us), QStringLiteral("$232,385.27"));
    EXPECT_EQ(MoneyFormat::money(usd("0.5"), us), QStringLiteral("$0.01"));
    EXPECT_EQ(MoneyFormat::money(usd("0.5"), us, 4), QStringLiteral("$0.005"));
    const MetronomeMoney euros{dec("1200"), MoneyFormat::creditType(QStringLiteral("EUR (cents)"))};
    EXPECT_EQ(MoneyFormat::money(euros, us), QStringLiteral("€12.00"));
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(MoneyFormat::money(usd("123456"), de), QStringLiteral("1.234,56\u00a0$"));
    EXPECT_EQ(MoneyFormat::money(euros, de), QStringLiteral("12,00\u00a0€"));
    const MetronomeMoney credits{dec("1250"), MoneyFormat::creditType(QStringLiteral("Compute Credits"))};
    EXPECT_EQ(MoneyFormat::money(credits, us), QStringLiteral("1,250 Compute Credits"));
    EXPECT_EQ(MoneyFormat::money(MetronomeMoney{dec("12.5"), credits.creditType}, us),
              QStringLiteral("12.5 Compute Credits"));
    EXPECT_EQ(MoneyFormat::unitLabel(credits.creditType), QStringLiteral("Compute Credits"));
    EXPECT_EQ(MoneyFormat::unitLabel(MetronomeCreditType::usdCents()), QStringLiteral("USD"));
}

TEST(InsightBadge, ComparesTheMappedHashWithWhatSalesforceConfirmed)
{
    const QString object = QStringLiteral("NOME__Metronome_Commit__c");
    EXPECT_EQ(InsightBadge::of(object, QStringLiteral("c1"), 42, 42).state, InsightBadge::State::Synced);
    EXPECT_EQ(InsightBadge::of(object, QStringLiteral("c1"), 42, 41).state, InsightBadge::State::Outdated);
    EXPECT_EQ(InsightBadge::of(object, QStringLiteral("c1"), 42, 0).state, InsightBadge::State::NotSent);
    EXPECT_EQ(InsightBadge::of(QString(), QStringLiteral("c1"), 0, 0).state, InsightBadge::State::NoObject);
    InsightBadge failed = InsightBadge::of(object, QStringLiteral("c1"), 42, 0);
    failed.lastError = QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION: no");
    EXPECT_TRUE(failed.toolTip().contains(object));
    EXPECT_TRUE(failed.toolTip().contains(QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION")));
    EXPECT_NE(InsightBadge::of(object, QStringLiteral("c1"), 42, 42).text(),
              InsightBadge::of(object, QStringLiteral("c1"), 42, 41).text());
}

TEST(CustomerInsightBurnDown, StepsDownByEachInvoicesDrawsAndEndsAtTheCurrentBalance)
{
    const Insight::Commitment c = prepaid("100000", "40000", at(2025, 1, 1), at(2026, 1, 1));
    const QList<Insight::Invoice> invoices = {
        invoice(QStringLiteral("draft"), at(2025, 3, 1), at(2025, 4, 1), "DRAFT", "10000"),
        invoice(QStringLiteral("feb"), at(2025, 2, 1), at(2025, 3, 1), "FINALIZED", "30000"),
        invoice(QStringLiteral("jan"), at(2025, 1, 1), at(2025, 2, 1), "FINALIZED", "20000"),
    };
    const Insight::BurnDown b = CustomerInsightBuilder::burnDown(c, invoices, at(2025, 3, 15));
    const QList<QPair<QDateTime, QString>> expected = {{at(2025, 1, 1), QStringLiteral("100000")},
                                                       {at(2025, 2, 1), QStringLiteral("80000")},
                                                       {at(2025, 3, 1), QStringLiteral("50000")},
                                                       {at(2025, 3, 15), QStringLiteral("40000")}};
    EXPECT_EQ(points(b), expected);
    EXPECT_EQ(b.drawn.toString(), QStringLiteral("60000"));
    EXPECT_TRUE(b.unexplained.isZero());

    // A balance the invoices do not explain still ends the line, and the gap is reported.
    Insight::Commitment adjusted = c;
    adjusted.balance = usd("35000");
    const Insight::BurnDown a = CustomerInsightBuilder::burnDown(adjusted, invoices, at(2025, 3, 15));
    EXPECT_EQ(a.points.last().balance.toString(), QStringLiteral("35000"));
    EXPECT_EQ(a.unexplained.toString(), QStringLiteral("-5000"));

    // Bought before the first usage period: whole until that period starts, not a slope.
    Insight::Commitment early = c;
    early.accessStart = at(2024, 10, 1);
    const Insight::BurnDown e = CustomerInsightBuilder::burnDown(early, invoices, at(2025, 3, 15));
    ASSERT_EQ(e.points.size(), 5);
    EXPECT_EQ(e.points.at(1).at, at(2025, 1, 1));
    EXPECT_EQ(e.points.at(1).balance.toString(), QStringLiteral("100000"));
}

TEST(CustomerInsightBurnDown, ExpiredCommitmentsDropToZeroAndFutureOnesAreNotDrawn)
{
    const QList<Insight::Invoice> invoices = {
        invoice(QStringLiteral("jan"), at(2025, 1, 1), at(2025, 2, 1), "FINALIZED", "20000"),
        invoice(QStringLiteral("feb"), at(2025, 2, 1), at(2025, 3, 1), "FINALIZED", "30000"),
    };
    const Insight::Commitment expired = prepaid("100000", "0", at(2025, 1, 1), at(2025, 2, 15));
    const Insight::BurnDown b = CustomerInsightBuilder::burnDown(expired, invoices, at(2025, 3, 15));
    const QList<QPair<QDateTime, QString>> expected = {{at(2025, 1, 1), QStringLiteral("100000")},
                                                       {at(2025, 2, 1), QStringLiteral("80000")},
                                                       {at(2025, 2, 15), QStringLiteral("0")}};
    EXPECT_EQ(points(b), expected);

    const Insight::Commitment future = prepaid("100000", "0", at(2025, 6, 1), at(2026, 1, 1));
    EXPECT_TRUE(CustomerInsightBuilder::burnDown(future, invoices, at(2025, 3, 15)).points.isEmpty());
}

TEST(CustomerInsightBurnDown, VoidInvoicesCountOnlyWhenTheBalanceSaysTheirDrawsStayed)
{
    const QList<Insight::Invoice> invoices = {
        invoice(QStringLiteral("jan"), at(2025, 1, 1), at(2025, 2, 1), "VOID", "20000"),
        invoice(QStringLiteral("feb"), at(2025, 2, 1), at(2025, 3, 1), "FINALIZED", "30000"),
    };
    // Voiding gave nothing back: 100000 - 20000 - 30000.
    const Insight::BurnDown kept = CustomerInsightBuilder::burnDown(
        prepaid("100000", "50000", at(2025, 1, 1), at(2026, 1, 1)), invoices, at(2025, 3, 15));
    EXPECT_EQ(kept.drawn.toString(), QStringLiteral("50000"));
    EXPECT_TRUE(kept.unexplained.isZero());
    // Voiding credited the draws back: 100000 - 30000.
    const Insight::BurnDown credited = CustomerInsightBuilder::burnDown(
        prepaid("100000", "70000", at(2025, 1, 1), at(2026, 1, 1)), invoices, at(2025, 3, 15));
    EXPECT_EQ(credited.drawn.toString(), QStringLiteral("30000"));
    EXPECT_TRUE(credited.unexplained.isZero());
    EXPECT_EQ(credited.points.size(), 3); // start, February, as-of
}

TEST(CustomerInsightBurnDown, GrantsKeepTheirAmountUntilBilledThenPostedThenPendingBalances)
{
    Insight::Commitment grant;
    grant.id = QStringLiteral("g");
    grant.kind = Insight::Kind::Grant;
    grant.accessStart = at(2024, 7, 1);
    grant.accessEnd = at(2026, 7, 1);
    grant.total = usd("150000");
    grant.balance = usd("90000");
    grant.postedBalance = usd("100000");
    QList<Insight::Invoice> invoices;
    for (int month = 2; month <= 5; ++month) {
        Insight::Invoice i;
        i.id = QString::number(month);
        i.planId = QStringLiteral("plan");
        i.start = at(2025, month, 1);
        i.end = at(2025, month + 1, 1);
        i.status = month == 5 ? QStringLiteral("DRAFT") : QStringLiteral("FINALIZED");
        invoices.append(i);
    }
    const Insight::BurnDown b = CustomerInsightBuilder::grantBurnDown(grant, invoices, at(2025, 5, 14));
    const QList<QPair<QDateTime, QString>> expected = {{at(2024, 7, 1), QStringLiteral("150000")},
                                                       {at(2025, 2, 1), QStringLiteral("150000")},
                                                       {at(2025, 5, 1), QStringLiteral("100000")},
                                                       {at(2025, 5, 14), QStringLiteral("90000")}};
    EXPECT_EQ(points(b), expected);
    EXPECT_EQ(b.drawn.toString(), QStringLiteral("60000"));
}

TEST(CustomerInsightSpend, MonthlyTotalsWithTheDraftApartAndVoidLeftOut)
{
    Insight insight;
    auto add = [&insight](const char *id, const QDateTime &start, const char *type, const char *status,
                          const char *total) {
        Insight::Invoice i;
        i.id = QString::fromLatin1(id);
        i.start = start;
        i.end = start.addMonths(1);
        i.type = QString::fromLatin1(type);
        i.status = QString::fromLatin1(status);
        i.total = usd(total);
        i.subtotal = usd(total);
        i.subtotal->amount += dec("100"); // 100 cents drawn from commitments on each
        insight.invoices.append(i);
    };
    add("jan", at(2025, 1, 5), "USAGE", "FINALIZED", "10000");
    add("purchase", at(2025, 1, 5), "SCHEDULED", "FINALIZED", "90000");
    add("feb", at(2025, 2, 5), "USAGE", "VOID", "5000");
    add("apr", at(2025, 4, 5), "USAGE", "DRAFT", "3000");
    Insight::Invoice credits;
    credits.id = QStringLiteral("ccu");
    credits.start = at(2025, 4, 5);
    credits.status = QStringLiteral("FINALIZED");
    credits.type = QStringLiteral("USAGE");
    credits.total = MetronomeMoney{dec("7"), MoneyFormat::creditType(QStringLiteral("Compute Credits"))};
    insight.invoices.append(credits);

    CustomerInsightBuilder::computeSpend(insight);
    EXPECT_EQ(insight.spendUnit.name, QStringLiteral("USD (cents)"));
    ASSERT_EQ(insight.spend.size(), 4); // January to April, February and March empty
    EXPECT_EQ(insight.spend.at(0).month, QDate(2025, 1, 1));
    EXPECT_EQ(insight.spend.at(0).usage.toString(), QStringLiteral("10000"));
    EXPECT_EQ(insight.spend.at(0).other.toString(), QStringLiteral("90000"));
    EXPECT_TRUE(insight.spend.at(1).usage.isZero()); // the void one is not spend
    EXPECT_TRUE(insight.spend.at(2).usage.isZero());
    EXPECT_EQ(insight.spend.at(3).draft.toString(), QStringLiteral("3000"));
    // Usage charges before commitments: usage invoices' subtotals, the draft's too.
    EXPECT_EQ(insight.spend.at(0).usageCharges.toString(), QStringLiteral("10100"));
    EXPECT_EQ(insight.spend.at(3).usageCharges.toString(), QStringLiteral("3100"));
    EXPECT_TRUE(insight.spend.at(1).usageCharges.isZero());
    EXPECT_TRUE(insight.spend.at(3).usage.isZero());
    EXPECT_EQ(insight.voidInvoices, 1);
    EXPECT_EQ(insight.otherUnitInvoices, 1);
}

TEST(CustomerInsightAssemble, RowsBecomeTermsCommitmentsInvoicesAndUsage)
{
    CustomerInsightBuilder::Input input;
    input.customerId = QStringLiteral("cust");
    input.asOf = at(2025, 5, 14);
    const InsightBadge synced = InsightBadge::of(QStringLiteral("X"), QStringLiteral("x"), 7, 7);
    const InsightBadge stale = InsightBadge::of(QStringLiteral("X"), QStringLiteral("x"), 7, 6);
    auto row = [&input](const char *source, const QVariantHash &r, const InsightBadge &badge) {
        input.rows.append({QString::fromLatin1(source), r, badge});
    };
    auto money = [](const char *text) { return QVariant::fromValue(dec(text)); };
    const QString usdName = QStringLiteral("USD (cents)");
    input.rateCards.append({{QStringLiteral("id"), QStringLiteral("rc")},
                            {QStringLiteral("name"), QStringLiteral("Enterprise 2025")}});
    input.creditTypes.append({{QStringLiteral("id"), QStringLiteral("ccu")},
                              {QStringLiteral("name"), QStringLiteral("Compute Credits")},
                              {QStringLiteral("is_currency"), false}});
    row("customers",
        {{QStringLiteral("id"), QStringLiteral("cust")},
         {QStringLiteral("name"), QStringLiteral("Acme")},
         {QStringLiteral("account_id"), QStringLiteral("001000000000001AAA")}},
        synced);
    row("contracts",
        {{QStringLiteral("id"), QStringLiteral("k1")},
         {QStringLiteral("display_name"), QStringLiteral("Enterprise")},
         {QStringLiteral("rate_card_id"), QStringLiteral("rc")},
         {QStringLiteral("starting_at"), QStringLiteral("2025-01-01T00:00:00.000Z")},
         {QStringLiteral("ending_before"), QStringLiteral("2026-01-01T00:00:00.000Z")},
         {QStringLiteral("usage_statement_frequency"), QStringLiteral("MONTHLY")},
         {QStringLiteral("credit_type_name"), usdName}},
        stale);
    row("customer_plans",
        {{QStringLiteral("id"), QStringLiteral("cp")},
         {QStringLiteral("plan_name"), QStringLiteral("Pro")},
         {QStringLiteral("starting_on"), QStringLiteral("2024-01-01T00:00:00.000Z")},
         {QStringLiteral("ending_before"), QStringLiteral("2025-01-01T00:00:00.000Z")}},
        synced);
    row("commits",
        {{QStringLiteral("id"), QStringLiteral("m1")},
         {QStringLiteral("contract_id"), QStringLiteral("k1")},
         {QStringLiteral("display_name"), QStringLiteral("Prepaid")},
         {QStringLiteral("type"), QStringLiteral("PREPAID")},
         {QStringLiteral("priority"), 2.0},
         {QStringLiteral("starting_at"), QStringLiteral("2025-01-01T00:00:00.000Z")},
         {QStringLiteral("ending_before"), QStringLiteral("2026-01-01T00:00:00.000Z")},
         {QStringLiteral("credit_type_name"), usdName},
         {QStringLiteral("total_amount"), money("100000")},
         {QStringLiteral("total_cost"), money("90000")},
         {QStringLiteral("current_balance"), money("64000.5")}},
        synced);
    row("credit_grants",
        {{QStringLiteral("id"), QStringLiteral("g1")},
         {QStringLiteral("name"), QStringLiteral("Compute pack")},
         {QStringLiteral("effective_at"), QStringLiteral("2025-01-01T00:00:00.000Z")},
         {QStringLiteral("expires_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
         {QStringLiteral("grant_amount"), money("1000")},
         {QStringLiteral("grant_credit_type_name"), QStringLiteral("Compute Credits")},
         {QStringLiteral("paid_amount"), money("100000")},
         {QStringLiteral("paid_credit_type_name"), usdName},
         {QStringLiteral("balance_including_pending"), money("250")},
         {QStringLiteral("balance_excluding_pending"), money("400")}},
        synced);
    row("invoices",
        {{QStringLiteral("id"), QStringLiteral("i1")},
         {QStringLiteral("status"), QStringLiteral("DRAFT")},
         {QStringLiteral("type"), QStringLiteral("USAGE")},
         {QStringLiteral("credit_type_name"), usdName},
         {QStringLiteral("starting_on"), QStringLiteral("2025-05-01T00:00:00.000Z")},
         {QStringLiteral("ending_before"), QStringLiteral("2025-06-01T00:00:00.000Z")},
         {QStringLiteral("total"), money("1234")}},
        stale);
    row("invoice_line_items",
        {{QStringLiteral("id"), QStringLiteral("l-applied")},
         {QStringLiteral("invoice_id"), QStringLiteral("i1")},
         {QStringLiteral("type"), QStringLiteral("applied_commit_or_credit")},
         {QStringLiteral("name"), QStringLiteral("Prepaid")},
         {QStringLiteral("commit_id"), QStringLiteral("m1")},
         {QStringLiteral("credit_type_name"), usdName},
         {QStringLiteral("total"), money("-500")}},
        synced);
    row("invoice_line_items",
        {{QStringLiteral("id"), QStringLiteral("l-usage")},
         {QStringLiteral("invoice_id"), QStringLiteral("i1")},
         {QStringLiteral("type"), QStringLiteral("usage")},
         {QStringLiteral("name"), QStringLiteral("API requests")},
         {QStringLiteral("credit_type_name"), usdName},
         {QStringLiteral("total"), money("1734")}},
        synced);
    row("invoice_sub_line_items",
        {{QStringLiteral("id"), QStringLiteral("s1")},
         {QStringLiteral("line_item_id"), QStringLiteral("l-usage")},
         {QStringLiteral("name"), QStringLiteral("API requests (us-east-1)")},
         {QStringLiteral("credit_type_name"), usdName},
         {QStringLiteral("subtotal"), money("1734")}},
        synced);
    for (int day = 1; day <= 2; ++day) {
        const QString start = QStringLiteral("2025-05-0%1T00:00:00.000Z").arg(day);
        row("usage",
            {{QStringLiteral("billable_metric_id"), QStringLiteral("api")},
             {QStringLiteral("billable_metric_name"), QStringLiteral("API requests")},
             {QStringLiteral("start"), start},
             {QStringLiteral("value"), money(day == 1 ? "10" : "20")}},
            synced);
        row("usage",
            {{QStringLiteral("billable_metric_id"), QStringLiteral("api")},
             {QStringLiteral("billable_metric_name"), QStringLiteral("API requests")},
             {QStringLiteral("start"), start},
             {QStringLiteral("group_key"), QStringLiteral("region")},
             {QStringLiteral("group_value"), QStringLiteral("us-east-1")},
             {QStringLiteral("value"), money(day == 1 ? "10" : "20")}},
            stale);
    }

    const Insight insight = CustomerInsightBuilder::assemble(input);
    ASSERT_TRUE(insight.found);
    EXPECT_EQ(insight.name, QStringLiteral("Acme"));
    ASSERT_EQ(insight.terms.size(), 2);
    EXPECT_EQ(insight.terms.at(0).id, QStringLiteral("k1")); // the current one first
    EXPECT_TRUE(insight.terms.at(0).current);
    EXPECT_EQ(insight.terms.at(0).rateCardName, QStringLiteral("Enterprise 2025"));
    EXPECT_EQ(insight.terms.at(0).badge.state, InsightBadge::State::Outdated);
    EXPECT_TRUE(insight.terms.at(1).legacyPlan);
    EXPECT_FALSE(insight.terms.at(1).current);

    ASSERT_EQ(insight.commitments.size(), 2);
    const Insight::Commitment &m = insight.commitments.at(0);
    EXPECT_EQ(m.kind, Insight::Kind::Prepaid);
    EXPECT_EQ(m.balance->amount.toString(), QStringLiteral("64000.5"));
    EXPECT_DOUBLE_EQ(*m.costBasis, 0.9);
    const Insight::Commitment &g = insight.commitments.at(1); // grants after contract commitments
    EXPECT_EQ(g.kind, Insight::Kind::Grant);
    EXPECT_FALSE(g.total.creditType.isMinorCurrencyUnit()); // Compute Credits, from the catalog
    EXPECT_TRUE(g.costBasisPerUnit);
    EXPECT_DOUBLE_EQ(*g.costBasis, 1.0); // $1,000 for 1,000 credits
    EXPECT_EQ(g.postedBalance->amount.toString(), QStringLiteral("400"));

    ASSERT_EQ(insight.invoices.size(), 1);
    const Insight::Invoice &i = insight.invoices.at(0);
    ASSERT_EQ(i.lineItems.size(), 2);
    EXPECT_EQ(i.lineItems.at(0).id, QStringLiteral("l-usage")); // charges before the draws on them
    ASSERT_EQ(i.lineItems.at(0).subLineItems.size(), 1);
    EXPECT_EQ(i.lineItems.at(0).subLineItems.at(0).subtotal.amount.toString(), QStringLiteral("1734"));

    const Insight::BurnDown *b = insight.burnDownOf(QStringLiteral("m1"));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->points.last().balance.toString(), QStringLiteral("64000.5"));
    const Insight::BurnDown *grantLine = insight.burnDownOf(QStringLiteral("g1"));
    ASSERT_NE(grantLine, nullptr);
    EXPECT_EQ(grantLine->points.last().balance.toString(), QStringLiteral("250"));

    ASSERT_EQ(insight.usage.size(), 1);
    const Insight::Usage &u = insight.usage.at(0);
    EXPECT_EQ(u.total.toString(), QStringLiteral("30"));
    EXPECT_EQ(u.days.value(QDate(2025, 5, 2)).toString(), QStringLiteral("20"));
    EXPECT_EQ(u.groupKey, QStringLiteral("region"));
    EXPECT_EQ(u.groups.value(QStringLiteral("us-east-1")).value(QDate(2025, 5, 1)).toString(),
              QStringLiteral("10"));
    EXPECT_EQ(u.rows, 4);
    EXPECT_EQ(u.syncedRows, 2);
    ASSERT_EQ(insight.spend.size(), 1);
    EXPECT_EQ(insight.spend.at(0).draft.toString(), QStringLiteral("1234"));
}
