// The customer view's figures against the sandbox's Metronome ground truth
// (/metronome/customers/{id}): after a real sync into a workspace, every generated customer's
// contracts, commitment totals and balances, grant balances, invoices with exact totals,
// daily usage per metric, burn-down end points and monthly spend; then "Refresh from
// Metronome" for single customers after the sandbox moved a day on.
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "insight/CustomerInsightBuilder.h"
#include "insight/CustomerRefresh.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RunRepository.h"
#include "util/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <gtest/gtest.h>

using Insight = CustomerInsight;

namespace {

Decimal dec(const QJsonValue &value)
{
    return Decimal::fromString(value.toString()).value_or(Decimal::fromInt(-999999999));
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime iso(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODate).toUTC();
}

struct World
{
    std::unique_ptr<SyncHarness> rig;
    QHash<QString, QJsonObject> truth; // customer id -> ground truth
    QStringList order;
};

World *g_world = nullptr;

class CustomerInsightAgainstSandbox : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        g_world = new World;
        g_world->rig =
            std::make_unique<SyncHarness>(QStringList{QStringLiteral("--customers"), QStringLiteral("40"),
                                                      QStringLiteral("--seed"), QStringLiteral("7")});
        QString error;
        ASSERT_TRUE(g_world->rig->start(&error)) << qPrintable(error);
        const SyncHarness::Outcome run = g_world->rig->sync();
        ASSERT_EQ(run.state, Sync::RunState::Completed) << qPrintable(run.message);
        loadTruth();
    }

    static void TearDownTestSuite()
    {
        delete g_world;
        g_world = nullptr;
    }

    static void loadTruth()
    {
        g_world->truth.clear();
        g_world->order.clear();
        const QList<QJsonObject> customers = g_world->rig->metronomeCustomers();
        for (const QJsonObject &c : customers) {
            const QString id = str(c, "id");
            g_world->order.append(id);
            g_world->truth.insert(id, g_world->rig->metronomeCustomer(id));
        }
    }

    static Insight build(const QString &customerId)
    {
        WorkspaceDatabase db(g_world->rig->workspace().databasePath);
        return CustomerInsightBuilder::build(db, customerId);
    }

    // First customer whose ground truth satisfies `pick`.
    static QString find(const std::function<bool(const QJsonObject &)> &pick)
    {
        for (const QString &id : std::as_const(g_world->order)) {
            if (pick(g_world->truth.value(id))) {
                return id;
            }
        }
        return QString();
    }

    static bool hasVoidInvoice(const QJsonObject &truth)
    {
        const QJsonArray invoices = truth.value(QStringLiteral("invoices")).toArray();
        for (const QJsonValue &v : invoices) {
            if (str(v.toObject(), "status") == QLatin1String("VOID")) {
                return true;
            }
        }
        return false;
    }

    // Every figure the view shows for one customer, against the ground truth.
    static void expectMatchesTruth(const QString &id, bool expectSynced)
    {
        SCOPED_TRACE(id.toStdString());
        const QJsonObject truth = g_world->truth.value(id);
        const Insight insight = build(id);
        ASSERT_TRUE(insight.found);
        EXPECT_EQ(insight.name, str(truth, "name"));
        EXPECT_EQ(insight.salesforceAccountId, str(truth, "salesforce_account_id"));
        EXPECT_EQ(insight.archived, truth.value(QStringLiteral("archived")).toBool());

        int contracts = 0;
        int plans = 0;
        for (const Insight::Term &t : insight.terms) {
            (t.legacyPlan ? plans : contracts) += 1;
            EXPECT_TRUE(t.start.isValid());
            if (!t.legacyPlan) {
                EXPECT_FALSE(t.rateCardName.isEmpty()); // resolved from the rate card list
                EXPECT_EQ(t.usageStatementFrequency, QStringLiteral("MONTHLY"));
            }
            if (expectSynced) {
                EXPECT_TRUE(t.badge.isSynced()) << qPrintable(t.badge.toolTip());
            }
        }
        EXPECT_EQ(contracts, truth.value(QStringLiteral("contracts")).toInt());
        EXPECT_EQ(plans, truth.value(QStringLiteral("customer_plans")).toInt());

        // Commits and credits: total and current balance (draft included), to the cent.
        const QJsonArray commitments = truth.value(QStringLiteral("commitments")).toArray();
        const QJsonArray grants = truth.value(QStringLiteral("credit_grants")).toArray();
        EXPECT_EQ(insight.commitments.size(), commitments.size() + grants.size());
        for (const QJsonValue &v : commitments) {
            const QJsonObject m = v.toObject();
            const Insight::Commitment *c = insight.commitment(str(m, "id"));
            ASSERT_NE(c, nullptr) << qPrintable(str(m, "id"));
            EXPECT_EQ(c->contractId, str(m, "contract_id"));
            EXPECT_EQ(c->total.amount, dec(m.value(QStringLiteral("amount"))));
            ASSERT_TRUE(c->balance.has_value());
            EXPECT_EQ(c->balance->amount, dec(m.value(QStringLiteral("balance"))));
            EXPECT_TRUE(c->total.creditType.isMinorCurrencyUnit());
            const QString type = str(m, "type");
            EXPECT_EQ(c->kind, type == QLatin1String("CREDIT")     ? Insight::Kind::Credit
                               : type == QLatin1String("POSTPAID") ? Insight::Kind::Postpaid
                                                                   : Insight::Kind::Prepaid);
            // Cost basis = cost / amount; credits cost nothing.
            ASSERT_TRUE(c->costBasis.has_value());
            EXPECT_NEAR(*c->costBasis, c->cost->amount.toDouble() / c->total.amount.toDouble(), 1e-12);
            if (c->kind == Insight::Kind::Credit) {
                EXPECT_EQ(*c->costBasis, 0.0);
            }
            // The burn-down starts at the total and ends at the balance (0 once expired).
            const Insight::BurnDown *b = insight.burnDownOf(c->id);
            if (c->accessStart <= insight.asOf) {
                ASSERT_NE(b, nullptr);
                EXPECT_EQ(b->points.first().balance, c->total.amount);
                EXPECT_EQ(b->points.last().balance,
                          c->isActive(insight.asOf) ? c->balance->amount : Decimal());
                EXPECT_TRUE(b->unexplained.isZero()) << "the invoices explain every draw";
                for (int i = 1; i < b->points.size(); ++i) {
                    EXPECT_LE(b->points.at(i - 1).at, b->points.at(i).at);
                    EXPECT_FALSE(b->points.at(i).balance > b->points.at(i - 1).balance);
                }
            } else {
                EXPECT_EQ(b, nullptr);
            }
            if (expectSynced) {
                EXPECT_TRUE(c->badge.isSynced()) << qPrintable(c->badge.toolTip());
            }
        }
        for (const QJsonValue &v : grants) {
            const QJsonObject g = v.toObject();
            const Insight::Commitment *c = insight.commitment(str(g, "id"));
            ASSERT_NE(c, nullptr);
            EXPECT_EQ(c->kind, Insight::Kind::Grant);
            EXPECT_EQ(c->balance->amount, dec(g.value(QStringLiteral("including_pending"))));
            EXPECT_EQ(c->postedBalance->amount, dec(g.value(QStringLiteral("excluding_pending"))));
            const Insight::BurnDown *b = insight.burnDownOf(c->id);
            if (b) {
                EXPECT_EQ(b->points.last().balance,
                          c->isActive(insight.asOf) ? c->balance->amount : Decimal());
            }
        }

        // Invoices: the same set, status, period and exact totals; spend adds the non-void ones.
        const QJsonArray invoices = truth.value(QStringLiteral("invoices")).toArray();
        EXPECT_EQ(insight.invoices.size(), invoices.size());
        Decimal spent;
        Decimal draft;
        Decimal charges;
        int voided = 0;
        for (const QJsonValue &v : invoices) {
            const QJsonObject t = v.toObject();
            const Insight::Invoice *i = insight.invoice(str(t, "id"));
            ASSERT_NE(i, nullptr) << qPrintable(str(t, "id"));
            EXPECT_EQ(i->status, str(t, "status"));
            EXPECT_EQ(i->type, str(t, "type"));
            EXPECT_EQ(i->start, iso(t, "start"));
            EXPECT_EQ(i->end, iso(t, "end"));
            EXPECT_EQ(i->total.amount, dec(t.value(QStringLiteral("total"))));
            ASSERT_TRUE(i->subtotal.has_value());
            EXPECT_EQ(i->subtotal->amount, dec(t.value(QStringLiteral("subtotal"))));
            int usageLines = 0;
            for (const Insight::LineItem &l : i->lineItems) {
                usageLines += l.type == QLatin1String("usage") && !l.subLineItems.isEmpty()
                                  ? l.subLineItems.size()
                              : l.type == QLatin1String("usage") ? 1
                                                                 : 0;
                if (!l.subLineItems.isEmpty()) {
                    Decimal subs;
                    for (const Insight::SubLineItem &s : l.subLineItems) {
                        subs += s.subtotal.amount;
                    }
                    EXPECT_EQ(subs, l.total.amount) << "sub line items add up to their line";
                }
            }
            EXPECT_EQ(usageLines, t.value(QStringLiteral("usage_lines")).toInt());
            if (str(t, "status") == QLatin1String("VOID")) {
                ++voided;
            } else {
                spent += i->total.amount;
                if (str(t, "type") == QLatin1String("USAGE")) {
                    charges += dec(t.value(QStringLiteral("subtotal")));
                }
                if (str(t, "status") == QLatin1String("DRAFT")) {
                    draft += i->total.amount;
                }
            }
            if (expectSynced) {
                EXPECT_TRUE(i->badge.isSynced()) << qPrintable(i->badge.toolTip());
            }
        }
        Decimal chartSpend;
        Decimal chartDraft;
        Decimal chartCharges;
        for (const Insight::SpendMonth &m : insight.spend) {
            chartSpend += m.usage + m.other + m.draft;
            chartDraft += m.draft;
            chartCharges += m.usageCharges;
        }
        EXPECT_EQ(chartSpend, spent);
        EXPECT_EQ(chartDraft, draft);
        EXPECT_EQ(chartCharges, charges);
        EXPECT_EQ(insight.voidInvoices, voided);

        // Daily usage per metric: the days add up to Metronome's totals, one value per day, and
        // the per-group values of each day add up to that day.
        const QJsonObject totals = truth.value(QStringLiteral("usage_totals")).toObject();
        QSet<QDate> days;
        for (auto it = totals.begin(); it != totals.end(); ++it) {
            const Insight::Usage *u = insight.usageOf(it.key());
            const Decimal expected = dec(it.value());
            if (expected.isZero()) {
                EXPECT_TRUE(u == nullptr || u->total.isZero()) << qPrintable(it.key());
                continue;
            }
            ASSERT_NE(u, nullptr) << qPrintable(it.key());
            EXPECT_EQ(u->total, expected) << qPrintable(u->metricName);
            Decimal sum;
            for (auto d = u->days.cbegin(); d != u->days.cend(); ++d) {
                sum += d.value();
                days.insert(d.key());
                if (!u->groups.isEmpty()) {
                    Decimal grouped;
                    for (const QMap<QDate, Decimal> &g : u->groups) {
                        grouped += g.value(d.key());
                    }
                    EXPECT_EQ(grouped, d.value())
                        << qPrintable(u->metricName) << " " << qPrintable(d.key().toString(Qt::ISODate));
                }
            }
            EXPECT_EQ(sum, expected);
            if (expectSynced) {
                EXPECT_EQ(u->syncedRows, u->rows);
            }
        }
        EXPECT_EQ(days.size(), truth.value(QStringLiteral("usage_days")).toInt());
        if (expectSynced) {
            EXPECT_TRUE(insight.customerBadge.isSynced());
        }
    }
};

// One day's usage per metric straight from the Metronome API (a single NONE window), to check
// the view's daily figures day by day, not only in total.
QHash<QString, Decimal> usageOfDay(const QString &customerId, const QDate &day)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        g_world->rig->sandbox().info().metronomeUrl.resolved(QUrl(QStringLiteral("/v1/usage"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + g_world->rig->metronomeToken().toUtf8());
    const QJsonObject body{
        {QStringLiteral("starting_on"), QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("ending_before"),
         QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("window_size"), QStringLiteral("NONE")},
        {QStringLiteral("customer_ids"), QJsonArray{customerId}}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    TestEnvironment::waitFor([reply]() { return reply->isFinished(); });
    QHash<QString, Decimal> out;
    const QJsonArray data =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject row = v.toObject();
        if (!row.value(QStringLiteral("value")).isNull()) {
            out.insert(str(row, "billable_metric_id"),
                       *Decimal::fromDouble(row.value(QStringLiteral("value")).toDouble()));
        }
    }
    reply->deleteLater();
    return out;
}

} // namespace

TEST_F(CustomerInsightAgainstSandbox, DailyUsageMatchesMetronomeDayByDay)
{
    const QString id = find([](const QJsonObject &t) {
        return t.value(QStringLiteral("contracts")).toInt() > 0 &&
               t.value(QStringLiteral("usage_days")).toInt() >= 60;
    });
    ASSERT_FALSE(id.isEmpty());
    const Insight insight = build(id);
    ASSERT_FALSE(insight.usage.isEmpty());
    const QDate last = insight.usage.first().days.lastKey();
    int compared = 0;
    for (const QDate &day : {last, last.addDays(-1), last.addDays(-30), last.addDays(-59)}) {
        const QHash<QString, Decimal> truth = usageOfDay(id, day);
        ASSERT_FALSE(truth.isEmpty()) << qPrintable(day.toString(Qt::ISODate));
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            const Insight::Usage *u = insight.usageOf(it.key());
            const Decimal shown = u ? u->days.value(day) : Decimal();
            EXPECT_EQ(shown, it.value())
                << qPrintable(it.key()) << " " << qPrintable(day.toString(Qt::ISODate));
            ++compared;
        }
    }
    EXPECT_GE(compared, 8);
}

TEST_F(CustomerInsightAgainstSandbox, EveryGeneratedCustomersFiguresMatchMetronome)
{
    ASSERT_GE(g_world->order.size(), 40);
    for (const QString &id : std::as_const(g_world->order)) {
        expectMatchesTruth(id, true);
    }
}

TEST_F(CustomerInsightAgainstSandbox, CustomerWithNoContractShowsUsageButNoTermsOrMoney)
{
    const QString id = find([](const QJsonObject &t) {
        return t.value(QStringLiteral("contracts")).toInt() == 0 &&
               t.value(QStringLiteral("customer_plans")).toInt() == 0 &&
               t.value(QStringLiteral("usage_days")).toInt() > 0;
    });
    ASSERT_FALSE(id.isEmpty()) << "the generator makes customers without any arrangement";
    const Insight insight = build(id);
    EXPECT_TRUE(insight.terms.isEmpty());
    EXPECT_FALSE(insight.hasContract());
    EXPECT_TRUE(insight.commitments.isEmpty());
    EXPECT_TRUE(insight.invoices.isEmpty());
    EXPECT_TRUE(insight.spend.isEmpty());
    EXPECT_TRUE(insight.burnDown.isEmpty());
    EXPECT_FALSE(insight.usage.isEmpty());
}

TEST_F(CustomerInsightAgainstSandbox, LegacyPlanCustomerShowsPlansGrantsAndPlanInvoices)
{
    const QString id = find([](const QJsonObject &t) {
        return t.value(QStringLiteral("contracts")).toInt() == 0 &&
               t.value(QStringLiteral("customer_plans")).toInt() > 0 &&
               !t.value(QStringLiteral("credit_grants")).toArray().isEmpty() &&
               !t.value(QStringLiteral("archived")).toBool();
    });
    ASSERT_FALSE(id.isEmpty()) << "the generator makes legacy plan customers with grants";
    const Insight insight = build(id);
    ASSERT_FALSE(insight.terms.isEmpty());
    for (const Insight::Term &t : insight.terms) {
        EXPECT_TRUE(t.legacyPlan);
        EXPECT_FALSE(t.rateCardName.isEmpty()); // the plan's name
    }
    bool grantInvoiceFound = false;
    for (const Insight::Invoice &i : insight.invoices) {
        EXPECT_FALSE(i.planId.isEmpty());
        for (const Insight::LineItem &l : i.lineItems) {
            grantInvoiceFound = grantInvoiceFound || !l.subLineItems.isEmpty();
        }
    }
    EXPECT_TRUE(grantInvoiceFound) << "plan invoices carry sub line items per charge";
    int grants = 0;
    for (const Insight::Commitment &c : insight.commitments) {
        EXPECT_EQ(c.kind, Insight::Kind::Grant);
        ++grants;
    }
    EXPECT_EQ(grants, g_world->truth.value(id).value(QStringLiteral("credit_grants")).toArray().size());
    expectMatchesTruth(id, true);
}

TEST_F(CustomerInsightAgainstSandbox, RefreshBringsOneCustomerUpToDateWithoutTouchingSalesforce)
{
    // Pick a busy contract customer, then let Metronome move a day on: drafts grow, balances
    // burn, one finalized invoice is voided.
    const QString busy = find([](const QJsonObject &t) {
        return t.value(QStringLiteral("contracts")).toInt() > 0 &&
               !t.value(QStringLiteral("archived")).toBool() &&
               t.value(QStringLiteral("commitments")).toArray().size() >= 2;
    });
    ASSERT_FALSE(busy.isEmpty());
    const Insight before = build(busy);
    const QJsonObject report =
        g_world->rig->sandbox().adminPost(QStringLiteral("/metronome/next-day")).object();
    ASSERT_FALSE(report.value(QStringLiteral("voided_invoices")).toArray().isEmpty());
    const QJsonObject oldTruth = g_world->truth.value(busy);
    loadTruth();
    const QString voided = find([](const QJsonObject &t) {
        return !t.value(QStringLiteral("archived")).toBool() && hasVoidInvoice(t);
    });
    ASSERT_FALSE(voided.isEmpty()) << "next-day voids a finalized invoice of an active customer";
    const qint64 writes = g_world->rig->salesforceWriteCalls();

    MemorySecretStore secrets;
    bool stored = false;
    secrets.write(SecretStore::keyFor(g_world->rig->workspace().id, SecretStore::Kind::MetronomeToken),
                  g_world->rig->metronomeToken(), nullptr, [&](const SecretResult &) { stored = true; });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return stored; }));

    auto refresh = [&](const QString &id) {
        CustomerRefresh refresher;
        QSignalSpy finished(&refresher, &CustomerRefresh::finished);
        bool prepared = false;
        CustomerRefresh::prepare(g_world->rig->workspace(), id, &secrets, false, &refresher,
                                 [&](bool ok, const CustomerRefresh::Request &request, const QString &error) {
                                     ASSERT_TRUE(ok) << qPrintable(error);
                                     ASSERT_TRUE(refresher.start(request));
                                     prepared = true;
                                 });
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return prepared && finished.size() == 1; }, 30000));
        refresher.waitForFinished();
        return finished.isEmpty() ? false : finished.first().at(0).toBool();
    };

    // Before the refresh the workspace still shows yesterday's numbers...
    EXPECT_EQ(build(busy).invoices.size(), before.invoices.size());
    ASSERT_TRUE(refresh(busy));
    ASSERT_TRUE(refresh(voided));
    // ...afterwards both customers match today's Metronome, to the cent and the day.
    expectMatchesTruth(busy, false);
    expectMatchesTruth(voided, false);
    EXPECT_EQ(g_world->rig->salesforceWriteCalls(), writes) << "a refresh never writes to Salesforce";

    // The figures that changed are no longer "as synced": Salesforce still has yesterday's.
    const Insight after = build(busy);
    int outdated = 0;
    for (const Insight::Invoice &i : after.invoices) {
        if (i.isDraft()) {
            EXPECT_NE(i.badge.state, InsightBadge::State::Synced);
        }
        outdated += i.badge.state == InsightBadge::State::Outdated ? 1 : 0;
    }
    EXPECT_GE(outdated, 1);
    const Insight voidView = build(voided);
    bool sawVoid = false;
    for (const Insight::Invoice &i : voidView.invoices) {
        if (i.isVoid()) {
            sawVoid = true;
            EXPECT_EQ(i.badge.state, InsightBadge::State::Outdated)
                << "Salesforce still says it is finalized";
        }
    }
    EXPECT_TRUE(sawVoid);
    EXPECT_GT(voidView.voidInvoices, 0);

    // A customer nobody refreshed keeps what the last sync read.
    const QString other = find([&](const QJsonObject &t) {
        const QString id = t.value(QStringLiteral("id")).toString();
        return id != busy && id != voided && t.value(QStringLiteral("contracts")).toInt() > 0 &&
               !t.value(QStringLiteral("archived")).toBool();
    });
    ASSERT_FALSE(other.isEmpty());
    for (const Insight::Invoice &i : build(other).invoices) {
        EXPECT_TRUE(i.badge.isSynced());
    }

    // After a sync everything is as synced again.
    const SyncHarness::Outcome run = g_world->rig->sync();
    ASSERT_EQ(run.state, Sync::RunState::Completed) << qPrintable(run.message);
    expectMatchesTruth(busy, true);
    expectMatchesTruth(voided, true);
    (void)oldTruth;
}

TEST_F(CustomerInsightAgainstSandbox, RefreshWithABadTokenChangesNothing)
{
    const QString id = g_world->order.first();
    const Insight before = build(id);
    CustomerRefresh::Request request;
    {
        WorkspaceDatabase db(g_world->rig->workspace().databasePath);
        request.databasePath = db.filePath();
    }
    request.environment = g_world->rig->workspace().environment;
    request.metronomeUrl = g_world->rig->sandbox().info().metronomeUrl;
    request.token = QStringLiteral("not-the-token");
    request.customerId = id;
    CustomerRefresh refresher;
    QSignalSpy finished(&refresher, &CustomerRefresh::finished);
    ASSERT_TRUE(refresher.start(request));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return finished.size() == 1; }, 30000));
    refresher.waitForFinished();
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(finished.first().at(1).toString().isEmpty());
    const Insight after = build(id);
    EXPECT_EQ(after.invoices.size(), before.invoices.size());
    EXPECT_EQ(after.usage.size(), before.usage.size());
}
