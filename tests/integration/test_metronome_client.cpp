// The Metronome client against nomesync-sandbox over real loopback sockets: every read,
// more than one page on every list, exact amounts against the sandbox's ground truth,
// writes, and each fault class (retried then fine, retry budget spent, 401/403 never
// retried, malformed answers, hangs, cancellation).
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "metronome/MetronomeClient.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

namespace {

template<typename T>
struct Collected
{
    QList<T> items;
    int pages = 0;
    int doneCalls = 0;
    MetronomeError error;
    bool done() const { return doneCalls > 0; }
};

// Starts an operation with collecting callbacks and spins the event loop until it is done.
template<typename T, typename Start>
Collected<T> run(Start start, int timeoutMs = 30000)
{
    auto result = std::make_shared<Collected<T>>();
    QObject context;
    start(
        &context,
        [result](const QList<T> &page) {
            result->items += page;
            ++result->pages;
        },
        [result](const MetronomeError &error) {
            result->error = error;
            ++result->doneCalls;
        });
    EXPECT_TRUE(TestEnvironment::waitFor([&]() { return result->done(); }, timeoutMs));
    return *result;
}

Decimal dec(const QString &text)
{
    return Decimal::fromString(text).value_or(Decimal::fromInt(-999999999));
}

class MetronomeClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_sandbox = new SandboxProcess({QStringLiteral("--customers"), QStringLiteral("60")});
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << qPrintable(error);
        // Find customers of each kind from the ground truth.
        const QJsonArray customers = s_sandbox->adminGet(QStringLiteral("/metronome/customers"))
                                         .object()
                                         .value(QStringLiteral("data"))
                                         .toArray();
        for (const QJsonValue &c : customers) {
            const QString id = c.toObject().value(QStringLiteral("id")).toString();
            const QJsonObject truth =
                s_sandbox->adminGet(QStringLiteral("/metronome/customers/") + id).object();
            s_truth.insert(id, truth);
            int credits = 0;
            int commits = 0;
            for (const QJsonValue &x : truth.value(QStringLiteral("commitments")).toArray()) {
                (x.toObject().value(QStringLiteral("type")).toString() == QLatin1String("CREDIT")
                     ? credits
                     : commits)++;
            }
            const bool archived = truth.value(QStringLiteral("archived")).toBool();
            if (credits > 10 && !archived) {
                s_manyCredits = id;
            }
            if (commits >= 1 && credits >= 1 && !archived &&
                truth.value(QStringLiteral("contracts")).toInt() == 1 && s_contractCustomer.isEmpty()) {
                s_contractCustomer = id;
            }
            if (truth.value(QStringLiteral("customer_plans")).toInt() == 2) {
                s_twoPlans = id;
            }
            if (truth.value(QStringLiteral("customer_plans")).toInt() >= 1 &&
                !truth.value(QStringLiteral("credit_grants")).toArray().isEmpty() && !archived) {
                s_legacyWithGrants = id;
            }
            if (archived) {
                s_archived = id;
            }
        }
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override
    {
        s_sandbox->admin("PUT", QStringLiteral("/metronome/faults"), QJsonDocument(QJsonObject()));
        m_client = std::make_unique<MetronomeClient>();
        m_client->setBaseUrl(s_sandbox->info().metronomeUrl);
        m_client->setToken(s_sandbox->info().metronomeToken);
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        fast.maxRetries = 3;
        m_client->transport()->setRetryPolicy(fast);
    }
    void TearDown() override
    {
        m_client.reset();
        s_sandbox->admin("PUT", QStringLiteral("/metronome/faults"), QJsonDocument(QJsonObject()));
    }

    static void setFaults(const QJsonObject &faults)
    {
        s_sandbox->adminPost(QStringLiteral("/metronome/faults"), faults);
    }
    static int callCount(const QString &route)
    {
        const QJsonArray calls = s_sandbox->adminGet(QStringLiteral("/metronome/calls"))
                                     .object()
                                     .value(QStringLiteral("calls"))
                                     .toArray();
        int total = 0;
        for (const QJsonValue &c : calls) {
            if (c.toObject().value(QStringLiteral("route")).toString() == route) {
                total += c.toObject().value(QStringLiteral("count")).toInt();
            }
        }
        return total;
    }

    std::unique_ptr<MetronomeClient> m_client;
    static SandboxProcess *s_sandbox;
    static QHash<QString, QJsonObject> s_truth;
    static QString s_manyCredits;
    static QString s_contractCustomer;
    static QString s_twoPlans;
    static QString s_legacyWithGrants;
    static QString s_archived;
};

SandboxProcess *MetronomeClientTest::s_sandbox = nullptr;
QHash<QString, QJsonObject> MetronomeClientTest::s_truth;
QString MetronomeClientTest::s_manyCredits;
QString MetronomeClientTest::s_contractCustomer;
QString MetronomeClientTest::s_twoPlans;
QString MetronomeClientTest::s_legacyWithGrants;
QString MetronomeClientTest::s_archived;

} // namespace

TEST_F(MetronomeClientTest, WorldHasEveryKindOfCustomer)
{
    EXPECT_FALSE(s_manyCredits.isEmpty());
    EXPECT_FALSE(s_contractCustomer.isEmpty());
    EXPECT_FALSE(s_twoPlans.isEmpty());
    EXPECT_FALSE(s_legacyWithGrants.isEmpty());
    EXPECT_FALSE(s_archived.isEmpty());
}

TEST_F(MetronomeClientTest, ListsActiveAndArchivedCustomersAcrossPages)
{
    m_client->setPageSize(7);
    const auto result = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(MetronomeCustomerQuery(), ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
    EXPECT_EQ(result.doneCalls, 1);
    ASSERT_EQ(result.items.size(), s_truth.size());
    EXPECT_GE(result.pages, 60 / 7); // two passes of 7-customer pages
    QSet<QString> seen;
    int archived = 0;
    for (const MetronomeCustomer &c : result.items) {
        ASSERT_TRUE(s_truth.contains(c.id));
        seen.insert(c.id);
        const QJsonObject truth = s_truth.value(c.id);
        EXPECT_EQ(c.name, truth.value(QStringLiteral("name")).toString());
        EXPECT_EQ(c.isArchived(), truth.value(QStringLiteral("archived")).toBool());
        EXPECT_EQ(c.salesforceAccountId, truth.value(QStringLiteral("salesforce_account_id")).toString());
        EXPECT_TRUE(c.hasCustomerConfig);
        EXPECT_EQ(QJsonArray::fromStringList(c.ingestAliases),
                  truth.value(QStringLiteral("ingest_aliases")).toArray());
        EXPECT_FALSE(c.ingestAliases.isEmpty());
        EXPECT_TRUE(c.createdAt.isValid());
        archived += c.isArchived() ? 1 : 0;
    }
    EXPECT_EQ(seen.size(), s_truth.size()); // no duplicates across pages or passes
    EXPECT_GT(archived, 0);
}

TEST_F(MetronomeClientTest, FiltersCustomersByLinkAliasAndId)
{
    const QJsonObject archivedTruth = s_truth.value(s_archived);
    QString linkedId;
    QString linkedAccount;
    for (auto it = s_truth.cbegin(); it != s_truth.cend(); ++it) {
        if (!it.value().value(QStringLiteral("salesforce_account_id")).isNull() &&
            !it.value().value(QStringLiteral("archived")).toBool()) {
            linkedId = it.key();
            linkedAccount = it.value().value(QStringLiteral("salesforce_account_id")).toString();
            break;
        }
    }
    ASSERT_FALSE(linkedId.isEmpty());
    MetronomeCustomerQuery bySalesforce;
    bySalesforce.salesforceAccountIds = {linkedAccount};
    auto result = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(bySalesforce, ctx, onPage, onDone);
    });
    ASSERT_EQ(result.items.size(), 1);
    EXPECT_EQ(result.items.constFirst().id, linkedId);

    MetronomeCustomerQuery byAlias;
    byAlias.ingestAlias = archivedTruth.value(QStringLiteral("ingest_aliases")).toArray().at(0).toString();
    byAlias.scope = MetronomeCustomerQuery::Scope::Archived;
    result = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(byAlias, ctx, onPage, onDone);
    });
    ASSERT_EQ(result.items.size(), 1);
    EXPECT_EQ(result.items.constFirst().id, s_archived);
    EXPECT_TRUE(result.items.constFirst().isArchived());

    // An alias with characters that need encoding in a query string.
    QString mailAlias;
    QString mailOwner;
    for (auto it = s_truth.cbegin(); it != s_truth.cend() && mailAlias.isEmpty(); ++it) {
        for (const QJsonValue &alias : it.value().value(QStringLiteral("ingest_aliases")).toArray()) {
            if (alias.toString().contains(QLatin1Char('@'))) {
                mailAlias = alias.toString();
                mailOwner = it.key();
            }
        }
    }
    ASSERT_FALSE(mailAlias.isEmpty());
    MetronomeCustomerQuery byMail;
    byMail.ingestAlias = mailAlias;
    result = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(byMail, ctx, onPage, onDone);
    });
    ASSERT_EQ(result.items.size(), 1);
    EXPECT_EQ(result.items.constFirst().id, mailOwner);

    // Active only never shows the archived customer, even when asked for it by id.
    MetronomeCustomerQuery activeById;
    activeById.scope = MetronomeCustomerQuery::Scope::Active;
    activeById.customerIds = {s_archived, linkedId};
    result = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(activeById, ctx, onPage, onDone);
    });
    ASSERT_EQ(result.items.size(), 1);
    EXPECT_EQ(result.items.constFirst().id, linkedId);
}

TEST_F(MetronomeClientTest, GetsOneCustomerAndReportsAnUnknownOne)
{
    auto result = run<MetronomeCustomer>([&](QObject *ctx, auto onItem, auto onDone) {
        return m_client->getCustomer(
            s_archived, ctx, [onItem](const MetronomeCustomer &c) { onItem({c}); }, onDone);
    });
    ASSERT_TRUE(result.error.isOk());
    ASSERT_EQ(result.items.size(), 1);
    EXPECT_TRUE(result.items.constFirst().isArchived()); // archived customers stay readable

    result = run<MetronomeCustomer>([&](QObject *ctx, auto onItem, auto onDone) {
        return m_client->getCustomer(
            QStringLiteral("00000000-0000-4000-8000-000000000000"), ctx,
            [onItem](const MetronomeCustomer &c) { onItem({c}); }, onDone);
    });
    EXPECT_EQ(result.error.kind(), MetronomeError::Kind::NotFound);
    EXPECT_EQ(result.error.httpStatus(), 404);
    EXPECT_TRUE(result.items.isEmpty());
    EXPECT_TRUE(result.error.serverMessage().contains(QLatin1String("not found")));
}

TEST_F(MetronomeClientTest, CompletesTruncatedContractsAndKeepsBalancesExact)
{
    m_client->setCommitPageSize(4);
    s_sandbox->admin("DELETE", QStringLiteral("/metronome/calls"));
    const auto result = run<MetronomeContract>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listContracts(s_manyCredits, MetronomeContractQuery(), ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
    ASSERT_EQ(result.items.size(), 1);
    const MetronomeContract &contract = result.items.constFirst();
    const QJsonArray truth = s_truth.value(s_manyCredits).value(QStringLiteral("commitments")).toArray();
    int truthCredits = 0;
    for (const QJsonValue &x : truth) {
        truthCredits +=
            x.toObject().value(QStringLiteral("type")).toString() == QLatin1String("CREDIT") ? 1 : 0;
    }
    EXPECT_GT(truthCredits, 10);
    EXPECT_EQ(contract.credits.size(), truthCredits); // the 10 embedded ones were completed
    EXPECT_FALSE(contract.hasMoreCredits);
    EXPECT_GE(callCount(QStringLiteral("/v1/contracts/customerCredits/list")), (truthCredits + 3) / 4);
    EXPECT_EQ(contract.customerId, s_manyCredits);
    EXPECT_TRUE(contract.startingAt.isValid());
    EXPECT_EQ(contract.usageStatementFrequency, QStringLiteral("MONTHLY"));

    QHash<QString, MetronomeCommit> byId;
    for (const MetronomeCommit &c : contract.commits + contract.credits) {
        byId.insert(c.id, c);
    }
    for (const QJsonValue &x : truth) {
        const QJsonObject t = x.toObject();
        const MetronomeCommit c = byId.value(t.value(QStringLiteral("id")).toString());
        ASSERT_FALSE(c.id.isEmpty());
        EXPECT_EQ(c.type, t.value(QStringLiteral("type")).toString());
        ASSERT_TRUE(c.balance.has_value());
        EXPECT_EQ(c.balance->toString(), dec(t.value(QStringLiteral("balance")).toString()).toString());
        EXPECT_EQ(c.totalAmount().amount, dec(t.value(QStringLiteral("amount")).toString()));
        EXPECT_TRUE(c.totalAmount().creditType.isUsdCents());
        EXPECT_EQ(c.contractId, contract.id);
        EXPECT_TRUE(c.startingAt().isValid());
    }
}

TEST_F(MetronomeClientTest, ListsCommitsAndCreditsPageByPage)
{
    m_client->setCommitPageSize(2);
    const auto commits = run<MetronomeCommit>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCommits(s_contractCustomer, MetronomeCommitQuery(), ctx, onPage, onDone);
    });
    const auto credits = run<MetronomeCommit>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCredits(s_manyCredits, MetronomeCommitQuery(), ctx, onPage, onDone);
    });
    ASSERT_TRUE(commits.error.isOk());
    ASSERT_TRUE(credits.error.isOk());
    EXPECT_GE(commits.items.size(), 1);
    for (const MetronomeCommit &c : commits.items) {
        EXPECT_NE(c.kind(), MetronomeCommit::Kind::Credit);
        EXPECT_TRUE(c.balance.has_value());
        if (c.kind() == MetronomeCommit::Kind::Prepaid) {
            EXPECT_FALSE(c.invoiceItems.isEmpty());
            EXPECT_TRUE(c.totalCost().amount < c.totalAmount().amount); // bought at a discount
        }
    }
    EXPECT_GT(credits.items.size(), 10);
    EXPECT_GT(credits.pages, 5);
    for (const MetronomeCommit &c : credits.items) {
        EXPECT_TRUE(c.isCredit());
    }
}

TEST_F(MetronomeClientTest, ReadsTheCatalogAcrossPages)
{
    m_client->setPageSize(2);
    const auto rateCards = run<MetronomeRateCard>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listRateCards(ctx, onPage, onDone); });
    const auto products = run<MetronomeProduct>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listProducts(ctx, onPage, onDone); });
    const auto creditTypes = run<MetronomeCreditType>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCreditTypes(ctx, onPage, onDone);
    });
    const auto metrics = run<MetronomeBillableMetric>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listBillableMetrics(true, ctx, onPage, onDone);
    });
    const auto activeMetrics = run<MetronomeBillableMetric>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listBillableMetrics(false, ctx, onPage, onDone);
    });
    const auto plans = run<MetronomePlan>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listPlans(ctx, onPage, onDone); });
    const QJsonObject summary = s_sandbox->adminGet(QStringLiteral("/metronome/summary")).object();

    ASSERT_TRUE(rateCards.error.isOk());
    EXPECT_EQ(rateCards.items.size(), summary.value(QStringLiteral("rate_cards")).toInt());
    EXPECT_EQ(rateCards.pages, 2);
    bool converts = false;
    for (const MetronomeRateCard &card : rateCards.items) {
        EXPECT_TRUE(card.fiatCreditType.isUsdCents());
        for (const MetronomeRateCard::Conversion &conversion : card.creditTypeConversions) {
            converts = true;
            EXPECT_EQ(conversion.fiatPerCustomCredit, Decimal::fromInt(100));
            EXPECT_EQ(conversion.customCreditType.name, QStringLiteral("Compute Credits"));
        }
    }
    EXPECT_TRUE(converts);

    ASSERT_TRUE(products.error.isOk());
    EXPECT_EQ(products.pages, 4);
    EXPECT_EQ(products.items.size(),
              summary.value(QStringLiteral("products")).toObject().value(QStringLiteral("all")).toInt());
    bool archivedProduct = false;
    bool groupedProduct = false;
    for (const MetronomeProduct &p : products.items) {
        EXPECT_FALSE(p.name.isEmpty());
        archivedProduct = archivedProduct || p.archivedAt.isValid();
        groupedProduct =
            groupedProduct || (!p.pricingGroupKey.isEmpty() && !p.presentationGroupKey.isEmpty());
    }
    EXPECT_TRUE(archivedProduct);
    EXPECT_TRUE(groupedProduct);

    ASSERT_TRUE(creditTypes.error.isOk());
    EXPECT_EQ(creditTypes.pages, 2);
    EXPECT_EQ(creditTypes.items.size(), summary.value(QStringLiteral("credit_types")).toInt());
    bool usd = false;
    bool custom = false;
    for (const MetronomeCreditType &t : creditTypes.items) {
        usd = usd || (t.isUsdCents() && t.name == QLatin1String("USD (cents)"));
        custom = custom || (t.isCurrency == false);
    }
    EXPECT_TRUE(usd);
    EXPECT_TRUE(custom);

    ASSERT_TRUE(metrics.error.isOk());
    EXPECT_EQ(metrics.pages, 3);
    EXPECT_EQ(
        metrics.items.size(),
        summary.value(QStringLiteral("billable_metrics")).toObject().value(QStringLiteral("all")).toInt());
    EXPECT_EQ(
        activeMetrics.items.size(),
        summary.value(QStringLiteral("billable_metrics")).toObject().value(QStringLiteral("active")).toInt());
    bool compound = false;
    for (const MetronomeBillableMetric &m : metrics.items) {
        for (const QStringList &key : m.groupKeys) {
            compound = compound || key.size() == 2;
        }
    }
    EXPECT_TRUE(compound);

    ASSERT_TRUE(plans.error.isOk());
    EXPECT_EQ(plans.items.size(), summary.value(QStringLiteral("plans")).toInt());
    EXPECT_EQ(plans.pages, 2);
}

TEST_F(MetronomeClientTest, ReadsInvoicesWithExactTotalsAndLineItems)
{
    m_client->setPageSize(2);
    int checkedInvoices = 0;
    bool sawSubLines = false;
    bool sawGroups = false;
    bool sawAdjustment = false;
    for (const QString &customer : {s_contractCustomer, s_legacyWithGrants, s_archived, s_manyCredits}) {
        const auto result = run<MetronomeInvoice>([&](QObject *ctx, auto onPage, auto onDone) {
            return m_client->listInvoices(customer, MetronomeInvoiceQuery(), ctx, onPage, onDone);
        });
        ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
        const QJsonArray truth = s_truth.value(customer).value(QStringLiteral("invoices")).toArray();
        ASSERT_EQ(result.items.size(), truth.size());
        EXPECT_GE(result.pages, (truth.size() + 1) / 2);
        for (int i = 0; i < truth.size(); ++i) {
            const QJsonObject t = truth.at(i).toObject();
            const MetronomeInvoice &invoice = result.items.at(i);
            EXPECT_EQ(invoice.id, t.value(QStringLiteral("id")).toString());
            EXPECT_EQ(invoice.status, t.value(QStringLiteral("status")).toString());
            EXPECT_EQ(invoice.total.toString(), dec(t.value(QStringLiteral("total")).toString()).toString());
            EXPECT_TRUE(invoice.hasLineItems);
            // total = line items (without postpaid applications) + adjustments, exactly
            Decimal sum;
            for (const MetronomeInvoice::LineItem &line : invoice.lineItems) {
                if (line.countsTowardTotal()) {
                    sum += line.total;
                }
                sawGroups = sawGroups ||
                            (!line.pricingGroupValues.isEmpty() && !line.presentationGroupValues.isEmpty());
                if (!line.subLineItems.isEmpty()) {
                    sawSubLines = true;
                    Decimal subs;
                    for (const MetronomeInvoice::SubLineItem &s : line.subLineItems) {
                        subs += s.subtotal;
                    }
                    EXPECT_EQ(subs, line.total);
                }
            }
            for (const MetronomeInvoice::Adjustment &a : invoice.adjustments) {
                sum += a.total;
                sawAdjustment = true;
                EXPECT_FALSE(a.creditGrantId.isEmpty());
            }
            EXPECT_EQ(sum, invoice.total) << qPrintable(invoice.id);
            EXPECT_EQ(invoice.totalMoney().majorUnits(), invoice.total.shifted(-2)); // cents to dollars
            EXPECT_EQ(invoice.totalMoney().unitName(), QStringLiteral("USD"));
            ++checkedInvoices;
        }
        if (customer == s_archived) {
            for (const MetronomeInvoice &invoice : result.items) {
                EXPECT_EQ(invoice.status, QStringLiteral("VOID"));
            }
        }
    }
    EXPECT_GT(checkedInvoices, 8);
    EXPECT_TRUE(sawSubLines);
    EXPECT_TRUE(sawGroups);
    EXPECT_TRUE(sawAdjustment);

    // Exactly one current draft, and the status filter is applied by the server.
    MetronomeInvoiceQuery drafts;
    drafts.status = QStringLiteral("DRAFT");
    const auto draft = run<MetronomeInvoice>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listInvoices(s_contractCustomer, drafts, ctx, onPage, onDone);
    });
    ASSERT_EQ(draft.items.size(), 1);
    EXPECT_FALSE(draft.items.constFirst().issuedAt.isValid());

    const QString invoiceId = draft.items.constFirst().id;
    const auto one = run<MetronomeInvoice>([&](QObject *ctx, auto onItem, auto onDone) {
        return m_client->getInvoice(
            s_contractCustomer, invoiceId, ctx, [onItem](const MetronomeInvoice &i) { onItem({i}); }, onDone);
    });
    ASSERT_EQ(one.items.size(), 1);
    EXPECT_EQ(one.items.constFirst().total, draft.items.constFirst().total);
    EXPECT_EQ(one.items.constFirst().lineItems.size(), draft.items.constFirst().lineItems.size());
}

TEST_F(MetronomeClientTest, ReadsCustomerPlansAcrossPages)
{
    m_client->setPageSize(1);
    const auto result = run<MetronomeCustomerPlan>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomerPlans(s_twoPlans, ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk());
    ASSERT_EQ(result.items.size(), 2);
    EXPECT_EQ(result.pages, 2);
    EXPECT_TRUE(result.items.at(0).endingBefore.isValid()); // the earlier plan ended
    EXPECT_EQ(result.items.at(0).endingBefore, result.items.at(1).startingOn);
    EXPECT_FALSE(result.items.at(1).planName.isEmpty());
}

TEST_F(MetronomeClientTest, ReadsCreditGrantsWithBalancesInTheirUnits)
{
    m_client->setPageSize(3);
    const auto result = run<MetronomeCreditGrant>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCreditGrants(MetronomeCreditGrantQuery(), ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
    const QJsonObject summary = s_sandbox->adminGet(QStringLiteral("/metronome/summary")).object();
    EXPECT_EQ(result.items.size(), summary.value(QStringLiteral("credit_grants")).toInt());
    EXPECT_GT(result.pages, 2);
    bool customUnit = false;
    for (const MetronomeCreditGrant &grant : result.items) {
        QJsonObject truth;
        for (const QJsonValue &g :
             s_truth.value(grant.customerId).value(QStringLiteral("credit_grants")).toArray()) {
            if (g.toObject().value(QStringLiteral("id")).toString() == grant.id) {
                truth = g.toObject();
            }
        }
        ASSERT_FALSE(truth.isEmpty()) << qPrintable(grant.id);
        EXPECT_EQ(grant.balanceIncludingPending,
                  dec(truth.value(QStringLiteral("including_pending")).toString()));
        EXPECT_EQ(grant.balanceExcludingPending,
                  dec(truth.value(QStringLiteral("excluding_pending")).toString()));
        EXPECT_EQ(grant.grantAmount.creditType.id, truth.value(QStringLiteral("credit_type_id")).toString());
        if (!grant.grantAmount.creditType.isUsdCents()) {
            customUnit = true;
            EXPECT_EQ(grant.balance().unitName(), QStringLiteral("Compute Credits"));
            EXPECT_EQ(grant.balance().majorUnits(), grant.balanceIncludingPending); // no cents to shift
            EXPECT_TRUE(grant.paidAmount.creditType.isUsdCents());
        }
    }
    EXPECT_TRUE(customUnit);

    MetronomeCreditGrantQuery one;
    one.customerIds = {s_legacyWithGrants};
    const auto filtered = run<MetronomeCreditGrant>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCreditGrants(one, ctx, onPage, onDone);
    });
    EXPECT_EQ(filtered.items.size(),
              s_truth.value(s_legacyWithGrants).value(QStringLiteral("credit_grants")).toArray().size());
}

TEST_F(MetronomeClientTest, ReadsDailyUsageAcrossPagesMatchingTheTruth)
{
    const QJsonObject truth = s_truth.value(s_contractCustomer);
    const QJsonObject summary = s_sandbox->adminGet(QStringLiteral("/metronome/summary")).object();
    const QDateTime end =
        QDateTime::fromString(summary.value(QStringLiteral("today")).toString(), Qt::ISODate);
    MetronomeUsageQuery query;
    query.customerIds = {s_contractCustomer};
    query.startingOn = end.addDays(-200);
    query.endingBefore = end.addDays(5).addSecs(3600); // rounded up to midnight by the client
    const auto result = run<MetronomeUsage>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listDailyUsage(query, ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
    const int days = truth.value(QStringLiteral("usage_days")).toInt();
    EXPECT_EQ(result.items.size(), 4 * days);
    EXPECT_GT(result.pages, 1);
    QSet<QString> keys;
    QHash<QString, Decimal> totals;
    for (const MetronomeUsage &row : result.items) {
        keys.insert(row.dedupeKey());
        EXPECT_EQ(row.startTimestamp.time(), QTime(0, 0));
        EXPECT_EQ(row.startTimestamp.addDays(1), row.endTimestamp);
        ASSERT_TRUE(row.value.has_value());
        totals[row.billableMetricId] += *row.value;
    }
    EXPECT_EQ(keys.size(), result.items.size());
    const QJsonObject truthTotals = truth.value(QStringLiteral("usage_totals")).toObject();
    EXPECT_EQ(totals.size(), truthTotals.size());
    for (auto it = truthTotals.begin(); it != truthTotals.end(); ++it) {
        EXPECT_EQ(totals.value(it.key()), dec(it.value().toString())) << qPrintable(it.key());
    }

    // Grouped by region in the same call: the groups add up to the value.
    MetronomeUsageQuery grouped = query;
    grouped.startingOn = end.addDays(-10);
    const auto metrics = run<MetronomeBillableMetric>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listBillableMetrics(false, ctx, onPage, onDone);
    });
    for (const MetronomeBillableMetric &m : metrics.items) {
        if (m.simpleGroupKeys().contains(QStringLiteral("region"))) {
            grouped.metrics.append({m.id, QStringLiteral("region"), {}});
        }
    }
    ASSERT_FALSE(grouped.metrics.isEmpty());
    const auto groupedRows = run<MetronomeUsage>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listDailyUsage(grouped, ctx, onPage, onDone);
    });
    ASSERT_TRUE(groupedRows.error.isOk());
    EXPECT_EQ(groupedRows.items.size(), 10 * grouped.metrics.size());
    for (const MetronomeUsage &row : groupedRows.items) {
        EXPECT_EQ(row.groups.size(), 3);
        Decimal sum;
        for (const std::optional<Decimal> &v : row.groups) {
            sum += v.value_or(Decimal());
        }
        EXPECT_EQ(sum, *row.value);
    }
}

TEST_F(MetronomeClientTest, ReadsGroupedUsageWithCompoundKeys)
{
    const auto metrics = run<MetronomeBillableMetric>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listBillableMetrics(false, ctx, onPage, onDone);
    });
    QString compute;
    for (const MetronomeBillableMetric &m : metrics.items) {
        for (const QStringList &key : m.groupKeys) {
            if (key.size() == 2) {
                compute = m.id;
            }
        }
    }
    ASSERT_FALSE(compute.isEmpty());
    const QJsonObject summary = s_sandbox->adminGet(QStringLiteral("/metronome/summary")).object();
    const QDateTime today =
        QDateTime::fromString(summary.value(QStringLiteral("today")).toString(), Qt::ISODate);
    m_client->setPageSize(5);
    MetronomeGroupedUsageQuery query;
    query.customerId = s_contractCustomer;
    query.billableMetricId = compute;
    query.groupKey = {QStringLiteral("region"), QStringLiteral("instance_type")};
    query.startingOn = today.addDays(-7);
    query.endingBefore = today;
    const auto result = run<MetronomeGroupedUsage>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listGroupedUsage(query, ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
    EXPECT_GT(result.pages, 1);
    QSet<QString> keys;
    QHash<QDateTime, Decimal> perDay;
    for (const MetronomeGroupedUsage &row : result.items) {
        EXPECT_EQ(row.customerId, s_contractCustomer);
        EXPECT_EQ(row.group.size(), 2);
        keys.insert(row.dedupeKey());
        perDay[row.startingOn] += row.value.value_or(Decimal());
    }
    EXPECT_EQ(keys.size(), result.items.size());

    MetronomeUsageQuery daily;
    daily.customerIds = {s_contractCustomer};
    daily.metrics = {{compute, QString(), {}}};
    daily.startingOn = query.startingOn;
    daily.endingBefore = query.endingBefore;
    const auto rows = run<MetronomeUsage>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listDailyUsage(daily, ctx, onPage, onDone);
    });
    ASSERT_EQ(rows.items.size(), 7);
    for (const MetronomeUsage &row : rows.items) {
        EXPECT_EQ(perDay.value(row.startTimestamp), row.value.value_or(Decimal()));
    }
}

TEST_F(MetronomeClientTest, LinksUnlinksAndCreatesCustomers)
{
    const QString customer = s_contractCustomer;
    const QString account = QStringLiteral("0015g00000ZZZZZAAA");
    auto write = [&](const std::optional<QString> &value) {
        return run<int>([&](QObject *ctx, auto, auto onDone) {
            return m_client->setSalesforceAccountId(customer, value, ctx, onDone);
        });
    };
    auto read = [&]() {
        return run<MetronomeCustomer>([&](QObject *ctx, auto onItem, auto onDone) {
                   return m_client->getCustomer(
                       customer, ctx, [onItem](const MetronomeCustomer &c) { onItem({c}); }, onDone);
               })
            .items.value(0);
    };
    const QString before = read().salesforceAccountId;
    ASSERT_TRUE(write(account).error.isOk());
    EXPECT_EQ(read().salesforceAccountId, account);
    ASSERT_TRUE(write(std::nullopt).error.isOk());
    EXPECT_TRUE(read().salesforceAccountId.isEmpty());
    EXPECT_FALSE(read().isLinked());
    if (!before.isEmpty()) {
        ASSERT_TRUE(write(before).error.isOk());
    }

    MetronomeNewCustomer fresh;
    fresh.name = QStringLiteral("Zeta Robotics");
    fresh.ingestAliases = {QStringLiteral("zeta-robotics-prod"), QStringLiteral("billing@zeta.example")};
    fresh.customFields = {{QStringLiteral("x_account_tier"), QStringLiteral("growth")}};
    const auto created = run<MetronomeCustomer>([&](QObject *ctx, auto onItem, auto onDone) {
        return m_client->createCustomer(
            fresh, ctx, [onItem](const MetronomeCustomer &c) { onItem({c}); }, onDone);
    });
    ASSERT_TRUE(created.error.isOk()) << qPrintable(created.error.userMessage());
    ASSERT_EQ(created.items.size(), 1);
    EXPECT_EQ(created.items.constFirst().ingestAliases, fresh.ingestAliases);
    EXPECT_FALSE(created.items.constFirst().hasCustomerConfig); // the short form
    const QString newId = created.items.constFirst().id;
    const auto reread = run<MetronomeCustomer>([&](QObject *ctx, auto onItem, auto onDone) {
        return m_client->getCustomer(
            newId, ctx, [onItem](const MetronomeCustomer &c) { onItem({c}); }, onDone);
    });
    ASSERT_EQ(reread.items.size(), 1);
    EXPECT_EQ(reread.items.constFirst().name, fresh.name);
    EXPECT_EQ(reread.items.constFirst().customFields.value(QStringLiteral("x_account_tier")),
              QStringLiteral("growth"));
    EXPECT_TRUE(reread.items.constFirst().hasCustomerConfig);
    EXPECT_TRUE(reread.items.constFirst().salesforceAccountId.isEmpty());

    // An alias already in use is a conflict, reported as such and not retried.
    const auto duplicate = run<MetronomeCustomer>([&](QObject *ctx, auto onItem, auto onDone) {
        return m_client->createCustomer(
            fresh, ctx, [onItem](const MetronomeCustomer &c) { onItem({c}); }, onDone);
    });
    EXPECT_EQ(duplicate.error.kind(), MetronomeError::Kind::Conflict);
    EXPECT_EQ(duplicate.error.attempts(), 1);
    EXPECT_TRUE(duplicate.error.userMessage().contains(QStringLiteral("zeta-robotics-prod")));
}

TEST_F(MetronomeClientTest, RetriesServerErrorsAndRateLimitsThenSucceeds)
{
    setFaults({{QStringLiteral("fail_path"), QStringLiteral("/v1/credit-types/list")},
               {QStringLiteral("fail_count"), 2},
               {QStringLiteral("fail_status"), 503}});
    auto result = run<MetronomeCreditType>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCreditTypes(ctx, onPage, onDone);
    });
    ASSERT_TRUE(result.error.isOk()) << qPrintable(result.error.userMessage());
    EXPECT_EQ(result.items.size(), 4);
    EXPECT_EQ(m_client->transport()->stats().retries, 2u);

    // A 429 with Retry-After: waited for, then fine.
    setFaults({{QStringLiteral("fail_path"), QStringLiteral("/v1/plans")},
               {QStringLiteral("fail_count"), 1},
               {QStringLiteral("fail_status"), 429},
               {QStringLiteral("retry_after_seconds"), 1}});
    QElapsedTimer clock;
    clock.start();
    const auto plans = run<MetronomePlan>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listPlans(ctx, onPage, onDone); });
    ASSERT_TRUE(plans.error.isOk());
    EXPECT_EQ(plans.items.size(), 3);
    EXPECT_GE(clock.elapsed(), 900);

    // Random 5xx and 429 on every call of a many-page read: every page still arrives once.
    setFaults({{QStringLiteral("server_error_rate"), 0.2},
               {QStringLiteral("rate_limit_rate"), 0.1},
               {QStringLiteral("retry_after_share"), 0.0}});
    RetryPolicy patient = m_client->transport()->retryPolicy();
    patient.maxRetries = 10;
    m_client->transport()->setRetryPolicy(patient);
    m_client->setPageSize(5);
    const auto customers = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(MetronomeCustomerQuery(), ctx, onPage, onDone);
    });
    ASSERT_TRUE(customers.error.isOk()) << qPrintable(customers.error.userMessage());
    const qsizetype expected = s_sandbox->adminGet(QStringLiteral("/metronome/customers"))
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toArray()
                                   .size();
    EXPECT_EQ(customers.items.size(), expected);
    QSet<QString> unique;
    for (const MetronomeCustomer &c : customers.items) {
        unique.insert(c.id);
    }
    EXPECT_EQ(unique.size(), expected); // no page lost or repeated by a retry
}

TEST_F(MetronomeClientTest, GivesUpAfterTheRetryBudgetWithAClearError)
{
    setFaults({{QStringLiteral("fail_path"), QStringLiteral("/v1/billable-metrics")},
               {QStringLiteral("fail_count"), 100},
               {QStringLiteral("fail_status"), 502}});
    RetryPolicy budget = m_client->transport()->retryPolicy();
    budget.maxRetries = 2;
    m_client->transport()->setRetryPolicy(budget);
    const auto result = run<MetronomeBillableMetric>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listBillableMetrics(false, ctx, onPage, onDone);
    });
    EXPECT_EQ(result.doneCalls, 1);
    EXPECT_TRUE(result.items.isEmpty());
    EXPECT_EQ(result.error.kind(), MetronomeError::Kind::Server);
    EXPECT_EQ(result.error.httpStatus(), 502);
    EXPECT_EQ(result.error.attempts(), 3);
    EXPECT_TRUE(result.error.isTransient());
    EXPECT_TRUE(result.error.userMessage().contains(QStringLiteral("server error (HTTP 502)")))
        << qPrintable(result.error.userMessage());
    EXPECT_TRUE(result.error.userMessage().contains(QStringLiteral("3 attempt")));
    EXPECT_TRUE(result.error.userMessage().contains(QStringLiteral("reading billable metrics")));
}

TEST_F(MetronomeClientTest, NeverRetriesARejectedTokenAndSaysSo)
{
    m_client->setToken(QStringLiteral("not-the-token"));
    const auto result = run<MetronomeCustomer>([&](QObject *ctx, auto onPage, auto onDone) {
        return m_client->listCustomers(MetronomeCustomerQuery(), ctx, onPage, onDone);
    });
    EXPECT_EQ(result.error.kind(), MetronomeError::Kind::Unauthorized);
    EXPECT_EQ(result.error.httpStatus(), 401);
    EXPECT_EQ(result.error.attempts(), 1);
    EXPECT_EQ(m_client->transport()->stats().sent, 1u);
    EXPECT_EQ(result.error.serverMessage(), QStringLiteral("Unauthorized"));
    EXPECT_TRUE(result.error.userMessage().contains(QStringLiteral("token was rejected")));
    EXPECT_FALSE(result.error.isTransient());
}

TEST_F(MetronomeClientTest, NeverRetriesAForbiddenWriteAndNamesWhatWasRefused)
{
    const QString readOnly = s_sandbox->adminGet(QStringLiteral("/metronome/tokens"))
                                 .object()
                                 .value(QStringLiteral("read_only_token"))
                                 .toString();
    ASSERT_FALSE(readOnly.isEmpty());
    m_client->setToken(readOnly);
    // Reads are allowed with it...
    const auto plans = run<MetronomePlan>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listPlans(ctx, onPage, onDone); });
    EXPECT_TRUE(plans.error.isOk());
    // ...writes are not.
    m_client->transport()->resetStats();
    const auto result = run<int>([&](QObject *ctx, auto, auto onDone) {
        return m_client->setSalesforceAccountId(s_contractCustomer, QStringLiteral("0015g00000ABCDEAAA"), ctx,
                                                onDone);
    });
    EXPECT_EQ(result.error.kind(), MetronomeError::Kind::Forbidden);
    EXPECT_EQ(result.error.httpStatus(), 403);
    EXPECT_EQ(m_client->transport()->stats().sent, 1u);
    EXPECT_FALSE(result.error.serverMessage().isEmpty());
    EXPECT_TRUE(result.error.userMessage().contains(QStringLiteral("lacks permission for linking customer")))
        << qPrintable(result.error.userMessage());
}

TEST_F(MetronomeClientTest, ReportsAMalformedAnswerClearly)
{
    setFaults({{QStringLiteral("malformed_paths"),
                QJsonArray{QStringLiteral("/v1/contract-pricing/rate-cards/list")}}});
    const auto result = run<MetronomeRateCard>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listRateCards(ctx, onPage, onDone); });
    EXPECT_EQ(result.error.kind(), MetronomeError::Kind::Malformed);
    EXPECT_TRUE(result.items.isEmpty());
    EXPECT_EQ(m_client->transport()->stats().sent, 1u);
    EXPECT_TRUE(
        result.error.userMessage().contains(QStringLiteral("could not read while reading rate cards")))
        << qPrintable(result.error.userMessage());
}

TEST_F(MetronomeClientTest, TimesOutAHangingAnswerAfterRetrying)
{
    setFaults({{QStringLiteral("hang_paths"), QJsonArray{QStringLiteral("/v1/plans")}}});
    RetryPolicy once = m_client->transport()->retryPolicy();
    once.maxRetries = 1;
    m_client->transport()->setRetryPolicy(once);
    m_client->setRequestTimeoutMs(300);
    const auto result = run<MetronomePlan>(
        [&](QObject *ctx, auto onPage, auto onDone) { return m_client->listPlans(ctx, onPage, onDone); });
    EXPECT_EQ(result.error.kind(), MetronomeError::Kind::Timeout);
    EXPECT_EQ(result.error.attempts(), 2);
    EXPECT_EQ(m_client->transport()->inFlight(), 0);
}

TEST_F(MetronomeClientTest, CancelsMidStreamWithNothingLeftRunning)
{
    setFaults({{QStringLiteral("latency_ms"), 40}});
    m_client->setPageSize(3);
    auto pages = std::make_shared<int>(0);
    auto doneCalls = std::make_shared<int>(0);
    auto last = std::make_shared<MetronomeError>();
    QObject context;
    QPointer<MetronomeOperation> op = m_client->listCustomers(
        MetronomeCustomerQuery(), &context, [pages](const QList<MetronomeCustomer> &) { ++*pages; },
        [doneCalls, last](const MetronomeError &e) {
            ++*doneCalls;
            *last = e;
        });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return *pages >= 2; }));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return m_client->transport()->inFlight() == 1; }));
    op->cancel();
    EXPECT_EQ(*doneCalls, 1);
    EXPECT_TRUE(last->isCancelled());
    EXPECT_EQ(m_client->transport()->inFlight(), 0);
    EXPECT_EQ(m_client->transport()->pending(), 0);
    EXPECT_EQ(m_client->runningOperations(), 0);
    const int pagesAtCancel = *pages;
    QTest::qWait(300);
    EXPECT_EQ(*pages, pagesAtCancel);
    EXPECT_EQ(*doneCalls, 1);
    EXPECT_TRUE(op.isNull()); // cleaned up

    // Cancelling from inside a page handler stops before the next page is asked for.
    auto inside = std::make_shared<int>(0);
    auto insideDone = std::make_shared<MetronomeError>();
    auto handle = std::make_shared<QPointer<MetronomeOperation>>();
    *handle = m_client->listCustomers(
        MetronomeCustomerQuery(), &context,
        [inside, handle](const QList<MetronomeCustomer> &) {
            ++*inside;
            (*handle)->cancel();
        },
        [insideDone](const MetronomeError &e) { *insideDone = e; });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return insideDone->isCancelled(); }));
    QTest::qWait(150);
    EXPECT_EQ(*inside, 1);
    EXPECT_EQ(m_client->transport()->inFlight(), 0);
}

TEST_F(MetronomeClientTest, CancelAllAbortsHangingCallsAndAGoneContextGetsNoCallback)
{
    setFaults({{QStringLiteral("hang_paths"), QJsonArray{QStringLiteral("/invoices")}}});
    int cancelled = 0;
    QObject context;
    for (const QString &customer : {s_contractCustomer, s_manyCredits, s_legacyWithGrants}) {
        m_client->listInvoices(customer, MetronomeInvoiceQuery(), &context, nullptr,
                               [&](const MetronomeError &e) { cancelled += e.isCancelled() ? 1 : 0; });
    }
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return m_client->transport()->inFlight() == 3; }));
    m_client->cancelAll();
    EXPECT_EQ(cancelled, 3);
    EXPECT_EQ(m_client->transport()->inFlight(), 0);

    bool called = false;
    {
        QObject shortLived;
        m_client->listInvoices(
            s_contractCustomer, MetronomeInvoiceQuery(), &shortLived,
            [&](const QList<MetronomeInvoice> &) { called = true; },
            [&](const MetronomeError &) { called = true; });
        ASSERT_TRUE(TestEnvironment::waitFor([&]() { return m_client->transport()->inFlight() == 1; }));
    }
    EXPECT_EQ(m_client->transport()->inFlight(), 0);
    EXPECT_EQ(m_client->runningOperations(), 0);
    QTest::qWait(100);
    EXPECT_FALSE(called);
}

TEST_F(MetronomeClientTest, KeepsTheConfiguredNumberOfCallsInFlight)
{
    setFaults({{QStringLiteral("latency_ms"), 150}});
    m_client->setMaxInFlight(4);
    int highest = 0;
    int finished = 0;
    QObject context;
    int customers = 0;
    for (auto it = s_truth.cbegin(); it != s_truth.cend() && customers < 10; ++it, ++customers) {
        m_client->listCustomerPlans(it.key(), &context, nullptr, [&](const MetronomeError &e) {
            EXPECT_TRUE(e.isOk());
            ++finished;
        });
    }
    QElapsedTimer clock;
    clock.start();
    TestEnvironment::waitFor([&]() {
        highest = std::max(highest, m_client->transport()->inFlight());
        return finished == 10;
    });
    EXPECT_EQ(finished, 10);
    EXPECT_EQ(highest, 4);
    EXPECT_GE(clock.elapsed(), 3 * 150 - 50); // 10 calls, 4 at a time: three rounds
}

TEST_F(MetronomeClientTest, RunsOnAWorkerThreadThatOwnsIt)
{
    // What the sync engine does: the client is created, used and destroyed on a worker
    // thread with its own event loop; only the results cross back.
    const QUrl url = s_sandbox->info().metronomeUrl;
    const QString token = s_sandbox->info().metronomeToken;
    qsizetype customers = 0;
    bool ok = false;
    Qt::HANDLE callbackThread = nullptr;
    QThread *worker = QThread::create([&]() {
        QEventLoop loop;
        MetronomeClient client;
        client.setBaseUrl(url);
        client.setToken(token);
        client.setPageSize(10);
        client.listCustomers(
            MetronomeCustomerQuery(), &loop,
            [&](const QList<MetronomeCustomer> &page) {
                customers += page.size();
                callbackThread = QThread::currentThreadId();
            },
            [&](const MetronomeError &e) {
                ok = e.isOk();
                loop.quit();
            });
        loop.exec();
    });
    worker->start();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return worker->isFinished(); }, 30000));
    delete worker;
    EXPECT_TRUE(ok);
    EXPECT_GE(customers, s_truth.size());
    EXPECT_NE(callbackThread, QThread::currentThreadId()); // callbacks ran on the worker
}
