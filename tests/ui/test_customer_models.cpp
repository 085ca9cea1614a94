#include "customers/CustomerFilterProxy.h"
#include "customers/CustomerListModel.h"
#include "customers/OrphanListModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace {

QVector<CustomerEntry> makeCustomers(int n)
{
    QVector<CustomerEntry> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        CustomerEntry c;
        c.id = QStringLiteral("cust-%1").arg(i, 6, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Company %1 %2")
                     .arg(i)
                     .arg(i % 7 == 0 ? QStringLiteral("Analytics") : QStringLiteral("Labs"));
        c.aliases = QStringLiteral("alias-%1@example.com").arg(i);
        if (i % 3 != 0) {
            c.primaryAccountId = QStringLiteral("0015g%1AAA").arg(i, 10, 10, QLatin1Char('0'));
            c.accountNames.append(QStringLiteral("Account of %1").arg(i));
        }
        c.draftSort = (i * 37) % 1000;
        c.draftTotal = QString::number(c.draftSort, 'f', 2);
        c.draftCurrency = QStringLiteral("USD");
        if (i % 50 == 0) {
            c.lastErrorCode = QStringLiteral("STRING_TOO_LONG");
        }
        out.append(c);
    }
    return out;
}

} // namespace

TEST(CustomerListModel, IsAWellBehavedModelAt100000RowsAndFiltersAndSorts)
{
    CustomerListModel model;
    CustomerFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomers(makeCustomers(100000));
    EXPECT_EQ(proxy.rowCount(), 100000);

    proxy.setStatus(CustomerFilterProxy::Status::Orphans);
    EXPECT_EQ(proxy.rowCount(), 33334);
    proxy.setStatus(CustomerFilterProxy::Status::WithErrors);
    EXPECT_EQ(proxy.rowCount(), 2000);
    proxy.setStatus(CustomerFilterProxy::Status::All);

    proxy.setSearchText(QStringLiteral("analytics 77"));
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString name = proxy.index(r, CustomerListModel::NameColumn).data().toString();
        EXPECT_TRUE(name.contains(QStringLiteral("Analytics")) && name.contains(QStringLiteral("77")))
            << qPrintable(name);
    }
    EXPECT_GT(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("alias-4242@"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, CustomerListModel::IdColumn).data().toString(), QStringLiteral("cust-004242"));
    // Account IDs and names are searchable too (case-insensitive).
    proxy.setSearchText(QStringLiteral("0015G0000004243AAA"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, CustomerListModel::IdColumn).data().toString(), QStringLiteral("cust-004243"));
    // Several words must all match, in any of the searchable columns.
    proxy.setSearchText(QStringLiteral("account of 4243"));
    bool found = false;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        found = found ||
                proxy.index(r, CustomerListModel::IdColumn).data().toString() == QLatin1String("cust-004243");
    }
    EXPECT_TRUE(found);
    EXPECT_LT(proxy.rowCount(), 20);
    proxy.setSearchText(QString());

    proxy.sort(CustomerListModel::SpendColumn, Qt::DescendingOrder);
    EXPECT_GE(proxy.index(0, 0).data(CustomerListModel::SpendRole).toDouble(),
              proxy.index(1000, 0).data(CustomerListModel::SpendRole).toDouble());
    EXPECT_EQ(proxy.index(0, CustomerListModel::SpendColumn).data().toString().isEmpty(), false);
}

TEST(OrphanListModel, RanksOrphansBySpendAndMarksTheTopTenPercent)
{
    OrphanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomers(makeCustomers(1000));
    ASSERT_EQ(model.rowCount(), 334);
    EXPECT_EQ(model.leadCount(), 34); // ceil(10% of 334)
    for (int r = 1; r < model.rowCount(); ++r) {
        EXPECT_GE(model.orphanAt(r - 1).draftSort, model.orphanAt(r).draftSort);
    }
    EXPECT_TRUE(model.index(33, 0).data(OrphanListModel::LeadRole).toBool());
    EXPECT_FALSE(model.index(34, 0).data(OrphanListModel::LeadRole).toBool());
    EXPECT_EQ(OrphanListModel::leadCandidateCount(3, 100), 3); // never a lead without spend
    model.setSuggestion(model.orphanAt(0).id, QStringLiteral("001x"), QStringLiteral("Acme Inc."), 0.93);
    EXPECT_EQ(model.index(0, OrphanListModel::SuggestionColumn).data().toString(),
              QStringLiteral("Acme Inc. (93% match)"));
}
