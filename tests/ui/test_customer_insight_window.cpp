// The customer window, offscreen, on a workspace synced from the sandbox: what its labels,
// models and chart series show must be Metronome's ground truth (/metronome/customers/{id}).
#include "CopyableTableView.h"
#include "MainWindow.h"
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "WorkspaceSession.h"
#include "customers/LinkingPages.h"
#include "insight/BurnDownChart.h"
#include "insight/CommitmentsModel.h"
#include "insight/CustomerInsightWindow.h"
#include "insight/InsightChartFrame.h"
#include "insight/InsightDisplay.h"
#include "insight/InvoiceFilterProxy.h"
#include "insight/InvoiceTreeModel.h"
#include "insight/SpendChart.h"
#include "insight/TermsModel.h"
#include "insight/UsageChart.h"
#include "pages/CustomersPage.h"
#include "secrets/MemorySecretStore.h"
#include "store/WorkspaceRegistry.h"
#include "util/Decimal.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Truth amounts are cents as exact decimal text.
double dollars(const QJsonValue &cents)
{
    return Decimal::fromString(cents.toString())->shifted(-2).toDouble();
}

double sumOf(const QLineSeries *series)
{
    double sum = 0;
    const QList<QPointF> points = series->points();
    for (const QPointF &p : points) {
        sum += p.y();
    }
    return sum;
}

double sumOf(const QBarSet *set)
{
    double sum = 0;
    for (int i = 0; i < set->count(); ++i) {
        sum += set->at(i);
    }
    return sum;
}

struct Rig
{
    std::unique_ptr<SyncHarness> harness;
    std::unique_ptr<WorkspaceSession> session;
    MemorySecretStore secrets;
    QList<QJsonObject> truth;
};

Rig *g_rig = nullptr;

class CustomerInsightWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        g_rig = new Rig;
        g_rig->harness =
            std::make_unique<SyncHarness>(QStringList{QStringLiteral("--customers"), QStringLiteral("30"),
                                                      QStringLiteral("--seed"), QStringLiteral("5")});
        QString error;
        ASSERT_TRUE(g_rig->harness->start(&error)) << qPrintable(error);
        const SyncHarness::Outcome run = g_rig->harness->sync();
        ASSERT_EQ(run.state, Sync::RunState::Completed) << qPrintable(run.message);
        g_rig->session = std::make_unique<WorkspaceSession>(g_rig->harness->workspace(), nullptr);
        bool stored = false;
        g_rig->secrets.write(
            SecretStore::keyFor(g_rig->harness->workspace().id, SecretStore::Kind::MetronomeToken),
            g_rig->harness->metronomeToken(), nullptr, [&](const SecretResult &) { stored = true; });
        ASSERT_TRUE(TestEnvironment::waitFor([&]() { return stored; }));
        const QList<QJsonObject> customers = g_rig->harness->metronomeCustomers();
        for (const QJsonObject &c : customers) {
            g_rig->truth.append(g_rig->harness->metronomeCustomer(str(c, "id")));
        }
    }

    static void TearDownTestSuite()
    {
        delete g_rig;
        g_rig = nullptr;
        QLocale::setDefault(QLocale::c());
    }

    // The active contract customer with the most invoices (ties: most commitments).
    static QJsonObject busiest()
    {
        QJsonObject best;
        for (const QJsonObject &t : std::as_const(g_rig->truth)) {
            if (t.value(QStringLiteral("archived")).toBool() ||
                t.value(QStringLiteral("contracts")).toInt() == 0 ||
                t.value(QStringLiteral("commitments")).toArray().size() < 2) {
                continue;
            }
            const auto score = [](const QJsonObject &o) {
                return o.value(QStringLiteral("invoices")).toArray().size() * 100 +
                       o.value(QStringLiteral("commitments")).toArray().size();
            };
            if (best.isEmpty() || score(t) > score(best)) {
                best = t;
            }
        }
        return best;
    }

    static CustomerInsightWindow *open(const QString &id)
    {
        CustomerInsightWindow *window =
            CustomerInsightWindow::showCustomer(g_rig->session.get(), id, &g_rig->secrets);
        EXPECT_TRUE(TestEnvironment::waitFor([window]() { return window->isLoaded(); }));
        return window;
    }
};

} // namespace

TEST_F(CustomerInsightWindowTest, BusyCustomerShowsItsTermsCommitmentsAndInvoicesAsMetronomeHasThem)
{
    const QJsonObject truth = busiest();
    ASSERT_FALSE(truth.isEmpty());
    CustomerInsightWindow *window = open(str(truth, "id"));
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("customerName"))->text(), str(truth, "name"));
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("customerBadge"))
                    ->text()
                    .contains(QStringLiteral("As synced")));

    // Contracts: rate card resolved, monthly statements, current one first and marked.
    TermsModel *terms = window->termsModel();
    QAbstractItemModelTester termsTester(terms, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(terms->rowCount(), truth.value(QStringLiteral("contracts")).toInt() +
                                     truth.value(QStringLiteral("customer_plans")).toInt());
    EXPECT_EQ(terms->index(0, TermsModel::Status).data().toString(), QStringLiteral("Current"));
    EXPECT_FALSE(terms->index(0, TermsModel::RateCard).data().toString().isEmpty());
    EXPECT_EQ(terms->index(0, TermsModel::Statements).data().toString(), QStringLiteral("Monthly"));

    // Commits and credits: total and balance, in dollars, formatted for the locale.
    CommitmentsModel *commitments = window->commitmentsModel();
    QAbstractItemModelTester commitmentsTester(commitments,
                                               QAbstractItemModelTester::FailureReportingMode::Warning);
    const QJsonArray expected = truth.value(QStringLiteral("commitments")).toArray();
    ASSERT_EQ(commitments->rowCount(), expected.size());
    for (const QJsonValue &v : expected) {
        const QJsonObject m = v.toObject();
        int row = -1;
        for (int r = 0; r < commitments->rowCount(); ++r) {
            if (commitments->commitment(r).id == str(m, "id")) {
                row = r;
            }
        }
        ASSERT_GE(row, 0);
        EXPECT_DOUBLE_EQ(
            commitments->index(row, CommitmentsModel::Total).data(CommitmentsModel::SortRole).toDouble(),
            dollars(m.value(QStringLiteral("amount"))));
        EXPECT_DOUBLE_EQ(
            commitments->index(row, CommitmentsModel::Balance).data(CommitmentsModel::SortRole).toDouble(),
            dollars(m.value(QStringLiteral("balance"))));
        const QString balanceText = commitments->index(row, CommitmentsModel::Balance).data().toString();
        EXPECT_TRUE(balanceText.startsWith(QLocale().toCurrencyString(
            Decimal::fromString(str(m, "balance"))->shifted(-2).rounded(2).toDouble(), QStringLiteral("$"),
            2)))
            << qPrintable(balanceText);
        EXPECT_EQ(commitments->index(row, CommitmentsModel::Salesforce).data().toString(),
                  QStringLiteral("As synced"));
        EXPECT_FALSE(
            commitments->index(row, CommitmentsModel::Salesforce).data(Qt::ToolTipRole).toString().isEmpty());
    }

    // Invoices: every one, with its exact total, and the status filter.
    InvoiceTreeModel *invoices = window->invoiceModel();
    QAbstractItemModelTester invoiceTester(invoices, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QJsonArray truthInvoices = truth.value(QStringLiteral("invoices")).toArray();
    ASSERT_EQ(invoices->rowCount(), truthInvoices.size());
    int drafts = 0;
    int lines = 0;
    for (const QJsonValue &v : truthInvoices) {
        const QJsonObject t = v.toObject();
        drafts += str(t, "status") == QLatin1String("DRAFT") ? 1 : 0;
        bool found = false;
        for (int r = 0; r < invoices->rowCount(); ++r) {
            const QModelIndex index = invoices->index(r, InvoiceTreeModel::Total);
            if (index.data(InvoiceTreeModel::IdRole).toString() == str(t, "id")) {
                found = true;
                EXPECT_DOUBLE_EQ(index.data(InvoiceTreeModel::AmountRole).toDouble(),
                                 dollars(t.value(QStringLiteral("total"))));
                EXPECT_EQ(index.data(InvoiceTreeModel::StatusRole).toString(), str(t, "status"));
                lines += invoices->rowCount(invoices->index(r, 0));
            }
        }
        EXPECT_TRUE(found) << qPrintable(str(t, "id"));
    }
    EXPECT_GT(lines, truthInvoices.size()); // line items under the invoices
    window->invoiceFilter()->setStatus(QStringLiteral("DRAFT"));
    EXPECT_EQ(window->invoiceFilter()->rowCount(), drafts);
    window->invoiceFilter()->setStatus(QString());
    window->close();
}

TEST_F(CustomerInsightWindowTest, ChartsDrawTheBalancesUsageAndSpendMetronomeReports)
{
    const QJsonObject truth = busiest();
    CustomerInsightWindow *window = open(str(truth, "id"));
    const CustomerInsight &insight = window->insight();

    // Burn-down: one line per usable commitment, ending at its current balance (0 if expired).
    QChart *burn = window->burnDownChart()->chart();
    const QList<QAbstractSeries *> lines = burn->series();
    int usable = 0;
    for (const QJsonValue &v : truth.value(QStringLiteral("commitments")).toArray()) {
        const QJsonObject m = v.toObject();
        const CustomerInsight::Commitment *c = insight.commitment(str(m, "id"));
        ASSERT_NE(c, nullptr);
        if (c->accessStart > insight.asOf) {
            continue;
        }
        ++usable;
        const QLineSeries *line = nullptr;
        for (QAbstractSeries *s : lines) {
            if (s->name().startsWith(c->name)) {
                line = qobject_cast<QLineSeries *>(s);
            }
        }
        ASSERT_NE(line, nullptr) << qPrintable(c->name);
        EXPECT_DOUBLE_EQ(line->points().first().y(), dollars(m.value(QStringLiteral("amount"))));
        EXPECT_DOUBLE_EQ(line->points().last().y(),
                         c->isActive(insight.asOf) ? dollars(m.value(QStringLiteral("balance"))) : 0.0);
        EXPECT_EQ(InsightDisplay::fromChartTime(line->points().first().x()), c->accessStart);
    }
    EXPECT_EQ(lines.size(), usable);
    EXPECT_FALSE(window->burnDownChart()->frame()->legend()->isHidden());

    // Usage: every metric with usage is selectable; the daily points add up to Metronome's total,
    // split per group value or not.
    UsageChart *usage = window->usageChart();
    const QJsonObject totals = truth.value(QStringLiteral("usage_totals")).toObject();
    int metrics = 0;
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        metrics += Decimal::fromString(it.value().toString())->isZero() ? 0 : 1;
    }
    ASSERT_EQ(usage->metricSelector()->count(), metrics);
    bool sawGroups = false;
    for (int i = 0; i < usage->metricSelector()->count(); ++i) {
        usage->metricSelector()->setCurrentIndex(i);
        const double total =
            Decimal::fromString(totals.value(usage->metricSelector()->itemData(i).toString()).toString())
                ->toDouble();
        usage->groupToggle()->setChecked(false);
        ASSERT_EQ(usage->chart()->series().size(), 1);
        EXPECT_DOUBLE_EQ(sumOf(qobject_cast<QLineSeries *>(usage->chart()->series().first())), total);
        if (usage->groupToggle()->isVisible()) {
            // Stacked areas per group value: the bands add up to the day's total.
            usage->groupToggle()->setChecked(true);
            double grouped = 0;
            const QList<QAbstractSeries *> bands = usage->chart()->series();
            for (QAbstractSeries *s : bands) {
                auto *area = qobject_cast<QAreaSeries *>(s);
                ASSERT_NE(area, nullptr);
                grouped += sumOf(area->upperSeries()) - sumOf(area->lowerSeries());
            }
            if (bands.size() > 1) {
                sawGroups = true;
                EXPECT_LE(bands.size(), UsageChart::MaxGroupLines + 1);
                EXPECT_NEAR(grouped, total, 1e-6 * total);
                EXPECT_TRUE(usage->frame()->legend()->text().contains(bands.first()->name()));
            }
        }
    }
    EXPECT_TRUE(sawGroups) << "metrics with a group key split per group value";

    // Spend: every non-void invoice total, the draft in its own set with a hatched brush.
    window->spendChart()->purchasesToggle()->setChecked(true);
    auto *bars = qobject_cast<QStackedBarSeries *>(window->spendChart()->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    double spent = 0;
    double draft = 0;
    double charges = 0;
    for (const QJsonValue &v : truth.value(QStringLiteral("invoices")).toArray()) {
        const QJsonObject t = v.toObject();
        if (str(t, "status") == QLatin1String("VOID")) {
            continue;
        }
        spent += dollars(t.value(QStringLiteral("total")));
        charges +=
            str(t, "type") == QLatin1String("USAGE") ? dollars(t.value(QStringLiteral("subtotal"))) : 0.0;
        draft += str(t, "status") == QLatin1String("DRAFT") ? dollars(t.value(QStringLiteral("total"))) : 0.0;
    }
    double charted = 0;
    const QBarSet *draftSet = nullptr;
    const QList<QBarSet *> sets = bars->barSets();
    for (const QBarSet *set : sets) {
        charted += sumOf(set);
        if (set->objectName() == QLatin1String("spendDraft")) {
            draftSet = set;
        }
    }
    EXPECT_NEAR(charted, spent, 1e-6);
    ASSERT_NE(draftSet, nullptr);
    EXPECT_NEAR(sumOf(draftSet), draft, 1e-6);
    EXPECT_EQ(draftSet->brush().style(), Qt::BDiagPattern);
    EXPECT_NE(draftSet->brush().color(), sets.first()->brush().color());
    EXPECT_NEAR(draftSet->at(draftSet->count() - 1), draft, 1e-6) << "the draft is the last month";
    // Prepaid commits make usage invoices total little; the charges line shows the consumption.
    const QList<QAbstractSeries *> spendSeries = window->spendChart()->chart()->series();
    const QLineSeries *chargesLine = nullptr;
    for (QAbstractSeries *s : spendSeries) {
        if (s->objectName() == QLatin1String("spendUsageCharges")) {
            chargesLine = qobject_cast<QLineSeries *>(s);
        }
    }
    ASSERT_NE(chargesLine, nullptr);
    EXPECT_NEAR(sumOf(chargesLine), charges, 1e-6);
    EXPECT_GT(charges, 0.0);
    const QString legend = window->spendChart()->frame()->legend()->text();
    EXPECT_TRUE(legend.contains(QStringLiteral("Current&nbsp;month&nbsp;(draft)"))) << qPrintable(legend);
    EXPECT_TRUE(legend.contains(QStringLiteral("Usage&nbsp;charges")));

    // Without commit purchases the other invoices' set is empty and the note says how much.
    window->spendChart()->purchasesToggle()->setChecked(false);
    auto *trimmed = qobject_cast<QStackedBarSeries *>(window->spendChart()->chart()->series().value(0));
    ASSERT_NE(trimmed, nullptr);
    for (const QBarSet *set : trimmed->barSets()) {
        if (set->objectName() == QLatin1String("spendOther")) {
            EXPECT_EQ(sumOf(set), 0.0);
        }
    }
    window->close();
}

TEST_F(CustomerInsightWindowTest, CustomerWithoutContractOrPlanSaysSoInsteadOfEmptyTables)
{
    QJsonObject none;
    for (const QJsonObject &t : std::as_const(g_rig->truth)) {
        if (t.value(QStringLiteral("contracts")).toInt() == 0 &&
            t.value(QStringLiteral("customer_plans")).toInt() == 0 &&
            t.value(QStringLiteral("usage_days")).toInt() > 0) {
            none = t;
            break;
        }
    }
    ASSERT_FALSE(none.isEmpty());
    CustomerInsightWindow *window = open(str(none, "id"));
    EXPECT_FALSE(window->findChild<QLabel *>(QStringLiteral("noTerms"))->isHidden());
    EXPECT_FALSE(window->findChild<QLabel *>(QStringLiteral("noCommitments"))->isHidden());
    EXPECT_FALSE(window->spendChart()->frame()->emptyLabel()->isHidden());
    EXPECT_TRUE(window->spendChart()->chart()->series().isEmpty());
    EXPECT_FALSE(window->burnDownChart()->frame()->emptyLabel()->isHidden());
    EXPECT_FALSE(window->usageChart()->chart()->series().isEmpty()) << "usage without a contract still shows";
    EXPECT_EQ(window->invoiceModel()->rowCount(), 0);
    window->close();
}

TEST_F(CustomerInsightWindowTest, CtrlRRefreshesFromMetronomeAndReopeningRaisesTheSameWindow)
{
    const QJsonObject truth = busiest();
    CustomerInsightWindow *window = open(str(truth, "id"));
    EXPECT_EQ(CustomerInsightWindow::showCustomer(g_rig->session.get(), str(truth, "id"), &g_rig->secrets),
              window);
    ASSERT_TRUE(window->refreshButton()->isEnabled()) << qPrintable(window->refreshButton()->toolTip());
    QSignalSpy refreshed(window, &CustomerInsightWindow::refreshFinished);
    QSignalSpy loaded(window, &CustomerInsightWindow::loaded);
    window->activateWindow();
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    ASSERT_TRUE(
        TestEnvironment::waitFor([&]() { return refreshed.size() == 1 && loaded.size() >= 1; }, 30000));
    EXPECT_TRUE(refreshed.first().at(0).toBool()) << qPrintable(refreshed.first().at(1).toString());
    EXPECT_TRUE(window->statusLabel()->text().startsWith(QStringLiteral("Refreshed from Metronome")));
    EXPECT_TRUE(window->refreshButton()->isEnabled());
    // Nothing changed in Metronome, so the figures and their badges are as before.
    EXPECT_EQ(window->invoiceModel()->rowCount(), truth.value(QStringLiteral("invoices")).toArray().size());
    EXPECT_EQ(window->commitmentsModel()->index(0, CommitmentsModel::Salesforce).data().toString(),
              QStringLiteral("As synced"));
    window->close();
}

TEST_F(CustomerInsightWindowTest, WithoutSecretsTheRefreshIsOffAndSaysWhy)
{
    const QJsonObject truth = busiest();
    CustomerInsightWindow window(g_rig->session.get(), str(truth, "id"), nullptr);
    EXPECT_FALSE(window.refreshButton()->isEnabled());
    EXPECT_FALSE(window.refreshButton()->toolTip().isEmpty());
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return window.isLoaded(); }));
    EXPECT_EQ(window.tabs()->count(), 2);
}

TEST_F(CustomerInsightWindowTest, EnterOnACustomerOfTheCustomersPageOpensItsWindow)
{
    WorkspaceRegistry registry(QDir(g_rig->harness->dataDir()).filePath(QStringLiteral("workspaces")));
    MainWindow main(&registry, &g_rig->secrets);
    main.selectWorkspace(g_rig->harness->workspace().id);
    const QString id = str(busiest(), "id");
    auto *linking = main.findChild<LinkingPages *>(QStringLiteral("linkingPages"));
    ASSERT_NE(linking, nullptr);
    CustomersPage *customers = linking->customersPage();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return customers->selectCustomer(id); }, 15000));
    QTest::keyClick(customers->view(), Qt::Key_Return);
    CustomerInsightWindow *window = nullptr;
    const QList<CustomerInsightWindow *> windows = main.findChildren<CustomerInsightWindow *>();
    for (CustomerInsightWindow *w : windows) {
        if (w->customerId() == id && w->isVisible()) {
            window = w;
        }
    }
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isWindow());
    ASSERT_TRUE(TestEnvironment::waitFor([window]() { return window->isLoaded(); }));
    EXPECT_EQ(window->insight().name, str(busiest(), "name"));
    EXPECT_TRUE(window->refreshButton()->isEnabled()) << "the main window hands its keychain on";
    window->close();
}
