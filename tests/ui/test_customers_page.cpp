// The Customers and Orphans pages as an admin uses them: 100,000 customers from a workspace
// database through the page's whole model chain, search as you type, filters, sorting by a
// header click, copying cells, Enter for the detail view; the link dialog's instant verdicts;
// and, against the sandbox, linking from the page, a bulk file and a reviewed suggestion.
#include "CopyableTableView.h"
#include "CustomerFixture.h"
#include "MainWindow.h"
#include "MonitorTestSupport.h"
#include "SyncHarness.h"
#include "WorkspaceView.h"
#include "customers/BulkLinkDialog.h"
#include "customers/BulkLinkModel.h"
#include "customers/CustomerFilterProxy.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerLoader.h"
#include "customers/LinkAccountDialog.h"
#include "customers/LinkingPages.h"
#include "customers/OrphanListModel.h"
#include "customers/SuggestionReviewDialog.h"
#include "linking/CompanyNameMatcher.h"
#include "linking/LinkController.h"
#include "pages/CustomersPage.h"
#include "pages/OrphansPage.h"
#include "salesforce/SalesforceId.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLog.h"
#include "store/WorkspaceRegistry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace MonitorTest;
using namespace Linking;

namespace {

// A workspace with `customers` customers as a sync leaves them; not set up, so nothing asks the
// network.
struct FilledWorkspace
{
    Workspace ws{false};
    explicit FilledWorkspace(int customers)
    {
        WorkspaceDatabase db(ws.info.databasePath);
        EXPECT_TRUE(CustomerFixture::fill(db, customers));
    }
};

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST(CustomersPage, HundredThousandCustomersLoadOffTheGuiThreadAndSearchFilterSortCopyAndOpen)
{
    FilledWorkspace fixture(100000);
    WorkspaceSession session(fixture.ws.info, nullptr);
    MemorySecretStore secrets;
    LinkController controller(&secrets);
    CustomerLoader loader;
    CustomersPage page(&loader, &controller);
    // The page's whole chain (model and filter proxy) stays a well-behaved model throughout.
    QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 700);
    page.show();
    page.setSession(&session);
    QSignalSpy loaded(&loader, &CustomerLoader::loaded);
    loader.load(fixture.ws.info.databasePath);
    EXPECT_TRUE(loader.isLoading()) << "the read runs on a pool thread";
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return loaded.count() > 0; }, 30000));
    ASSERT_EQ(page.proxy()->rowCount(), 100000);
    const QString all = QLocale().toString(100000);
    EXPECT_TRUE(page.summaryLabel()->text().startsWith(QStringLiteral("Showing %1 of %1 customers").arg(all)))
        << qPrintable(page.summaryLabel()->text());
    auto *orphansButton = page.findChild<QToolButton *>(QStringLiteral("filterOrphans"));
    ASSERT_NE(orphansButton, nullptr);
    EXPECT_EQ(orphansButton->text(), QStringLiteral("Orphans  %1").arg(QLocale().toString(33334)));

    // Sorted by name from the start; the linked account shows with its name.
    const QString first = cell(page.proxy(), 0, CustomerListModel::NameColumn);
    EXPECT_LE(first.toLower(), cell(page.proxy(), 1, CustomerListModel::NameColumn).toLower());

    // Search as you type, by alias, by account ID and by account name.
    auto showsOnly = [&](const QString &id) {
        return TestEnvironment::waitFor(
            [&]() {
                return page.proxy()->rowCount() == 1 &&
                       cell(page.proxy(), 0, CustomerListModel::IdColumn) == id;
            },
            3000);
    };
    QTest::keyClicks(page.searchEdit(), QStringLiteral("cust-004243-prod"));
    ASSERT_TRUE(showsOnly(QStringLiteral("cust-004243"))) << page.proxy()->rowCount();
    EXPECT_EQ(cell(page.proxy(), 0, CustomerListModel::StatusColumn), QStringLiteral("Linked"));
    EXPECT_TRUE(
        cell(page.proxy(), 0, CustomerListModel::AccountsColumn).contains(CustomerFixture::accountId(4243)));
    EXPECT_TRUE(cell(page.proxy(), 0, CustomerListModel::AccountsColumn).contains(QStringLiteral("Inc.")));
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), CustomerFixture::accountId(4244).toLower());
    ASSERT_TRUE(showsOnly(QStringLiteral("cust-004244")));
    page.searchEdit()->clear();
    // Account names ("Tailspin Media 4651, Inc.") match too; every word must match somewhere.
    QTest::keyClicks(page.searchEdit(), QStringLiteral("tailspin media 4651, inc."));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return page.proxy()->rowCount() == 4; }, 3000))
        << page.proxy()->rowCount();
    const QStringList expectedNames = {
        QStringLiteral("Tailspin Media 34651"), QStringLiteral("Tailspin Media 4651"),
        QStringLiteral("Tailspin Media 64651"), QStringLiteral("Tailspin Media 94651")};
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(cell(page.proxy(), row, CustomerListModel::NameColumn), expectedNames.at(row));
    }

    // Filter buttons, with the search.
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("northwind"));
    QTest::mouseClick(orphansButton, Qt::LeftButton);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return page.proxy()->rowCount() == 4167; }, 3000))
        << page.proxy()->rowCount();
    for (int row = 0; row < page.proxy()->rowCount(); row += 97) {
        EXPECT_EQ(cell(page.proxy(), row, CustomerListModel::StatusColumn), QStringLiteral("Orphan"));
        EXPECT_TRUE(
            cell(page.proxy(), row, CustomerListModel::NameColumn).startsWith(QStringLiteral("Northwind")));
    }
    QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("filterErrors")), Qt::LeftButton);
    page.searchEdit()->clear();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return page.proxy()->rowCount() == 2000; }, 3000));
    EXPECT_EQ(cell(page.proxy(), 0, CustomerListModel::LastErrorColumn), QStringLiteral("STRING_TOO_LONG"));
    QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("filterAll")), Qt::LeftButton);
    EXPECT_EQ(page.proxy()->rowCount(), 100000);

    // A header click sorts by this month's spend; a second click turns the order round.
    QHeaderView *header = page.view()->horizontalHeader();
    const int x = header->sectionViewportPosition(CustomerListModel::SpendColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const double low = page.proxy()->index(0, 0).data(CustomerListModel::SpendRole).toDouble();
    EXPECT_LE(low, page.proxy()->index(50000, 0).data(CustomerListModel::SpendRole).toDouble());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_GE(page.proxy()->index(0, 0).data(CustomerListModel::SpendRole).toDouble(),
              page.proxy()->index(1, 0).data(CustomerListModel::SpendRole).toDouble());
    double highest = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        highest = std::max(highest, page.model()->customerAt(row).draftSort);
    }
    EXPECT_EQ(page.proxy()->index(0, 0).data(CustomerListModel::SpendRole).toDouble(), highest);
    const QString spend = cell(page.proxy(), 0, CustomerListModel::SpendColumn);
    EXPECT_TRUE(spend.startsWith(QLatin1Char('$')) || spend.startsWith(QStringLiteral("€")))
        << qPrintable(spend);
    EXPECT_TRUE(spend.contains(QString::number(highest, 'f', 2).right(5))) << qPrintable(spend);

    // Keyboard: select a row, copy it, open it.
    ASSERT_TRUE(page.selectCustomer(QStringLiteral("cust-000007")));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("cust-000007"))) << qPrintable(copied);
    EXPECT_TRUE(copied.contains(QLatin1Char('\t')));
    QSignalSpy activated(&page, &CustomersPage::customerActivated);
    QTest::keyClick(page.view(), Qt::Key_Down);
    const QString next = page.currentCustomerId();
    EXPECT_NE(next, QStringLiteral("cust-000007"));
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), next);
    // Linking needs a set-up workspace; nothing here asked the network.
    EXPECT_FALSE(controller.isBusy());
}

TEST(CustomersPage, OrphansAreRankedBySpendWithTheTopTenPercentMarkedAsLeads)
{
    FilledWorkspace fixture(3000);
    WorkspaceSession session(fixture.ws.info, nullptr);
    MemorySecretStore secrets;
    LinkController controller(&secrets);
    CustomerLoader loader;
    OrphansPage page(&loader, &controller);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setSession(&session);
    QSignalSpy loaded(&loader, &CustomerLoader::loaded);
    loader.load(fixture.ws.info.databasePath);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return loaded.count() > 0; }, 10000));
    ASSERT_EQ(page.model()->rowCount(), 1000);
    EXPECT_EQ(page.model()->leadCount(), 100);
    for (int row = 1; row < page.model()->rowCount(); ++row) {
        EXPECT_GE(page.model()->orphanAt(row - 1).draftSort, page.model()->orphanAt(row).draftSort);
    }
    EXPECT_EQ(cell(page.model(), 99, OrphanListModel::LeadColumn), QStringLiteral("Lead candidate"));
    EXPECT_TRUE(cell(page.model(), 100, OrphanListModel::LeadColumn).isEmpty());
    EXPECT_EQ(cell(page.model(), 0, OrphanListModel::RankColumn), QStringLiteral("1"));
    // Spend with its currency: USD with the symbol, others with their code.
    bool sawEuro = false;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QString spend = cell(page.model(), row, OrphanListModel::SpendColumn);
        if (page.model()->orphanAt(row).draftCurrency == QLatin1String("EUR") && !spend.isEmpty()) {
            EXPECT_TRUE(spend.startsWith(QStringLiteral("€"))) << qPrintable(spend);
            sawEuro = true;
        } else if (!spend.isEmpty()) {
            EXPECT_TRUE(spend.startsWith(QLatin1Char('$'))) << qPrintable(spend);
        }
    }
    EXPECT_TRUE(sawEuro);
    EXPECT_EQ(page.summaryLabel()->text(),
              QStringLiteral("%1 orphans · 100 lead candidates · 0 with a suggested account")
                  .arg(QLocale().toString(1000)));
    QSignalSpy activated(&page, &OrphansPage::customerActivated);
    page.view()->setCurrentIndex(page.model()->index(3, 0));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Enter);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), page.model()->orphanAt(3).id);
}

TEST(CustomersPage, TheLinkDialogJudgesEveryMalformedIdAsItIsTypedWithoutAskingTheOrg)
{
    MemorySecretStore secrets;
    LinkController controller(&secrets); // no workspace: any question to the org would fail
    CustomerEntry orphan;
    orphan.id = QStringLiteral("cust-1");
    orphan.name = QStringLiteral("Northwind Analytics");
    LinkAccountDialog dialog(&controller, orphan);
    dialog.show();
    const QString valid = SalesforceId::to18(QStringLiteral("0015g0000012345"));
    QString badChecksum = valid;
    badChecksum[16] = QLatin1Char('9'); // never a suffix character
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("001ABC"), QStringLiteral("has 6 characters")},
        {QStringLiteral("001-5g000001234"), QStringLiteral("characters that never appear")},
        {badChecksum, QStringLiteral("checksum")},
        {SalesforceId::to18(QStringLiteral("0035g0000012345")), QStringLiteral("not of an Account")},
    };
    for (const auto &[typed, words] : cases) {
        dialog.idEdit()->clear();
        QTest::keyClicks(dialog.idEdit(), typed);
        EXPECT_TRUE(dialog.idStatus()->text().contains(words))
            << qPrintable(typed) << ": " << qPrintable(dialog.idStatus()->text());
        EXPECT_FALSE(dialog.linkButton()->isEnabled());
    }
    EXPECT_FALSE(controller.isBusy()) << "no malformed ID went to the org";
    dialog.idEdit()->clear();
    QTest::keyClicks(dialog.idEdit(), valid);
    EXPECT_TRUE(dialog.idStatus()->text().startsWith(QStringLiteral("Checking")))
        << qPrintable(dialog.idStatus()->text());
    // Then asked (and, here, refused for want of a workspace): still nothing to link.
    ASSERT_TRUE(TestEnvironment::waitFor(
        [&]() { return !dialog.idStatus()->text().startsWith(QStringLiteral("Checking")); }, 5000));
    EXPECT_EQ(dialog.idStatus()->text(), QStringLiteral("No workspace is open."));
    EXPECT_FALSE(dialog.linkButton()->isEnabled());
}

TEST(CustomersPage, LinkingFromThePagesAgainstTheSandbox)
{
    SyncHarness rig(
        {QStringLiteral("--customers"), QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("5")});
    QString error;
    ASSERT_TRUE(rig.start(&error)) << qPrintable(error);
    ASSERT_EQ(rig.sync().state, Sync::RunState::Completed);
    WorkspaceRegistry registry(QDir(rig.dataDir()).filePath(QStringLiteral("workspaces")));
    MemorySecretStore secrets;
    int written = 0;
    secrets.write(SecretStore::keyFor(rig.workspace().id, SecretStore::Kind::MetronomeToken),
                  rig.metronomeToken(), nullptr, [&written](const SecretResult &) { ++written; });
    secrets.write(SecretStore::keyFor(rig.workspace().id, SecretStore::Kind::SalesforceRefreshToken),
                  rig.refreshToken(), nullptr, [&written](const SecretResult &) { ++written; });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return written == 2; }));

    MainWindow window(&registry, &secrets);
    window.resize(1280, 800);
    window.show();
    window.selectWorkspace(rig.workspace().id);
    auto *linking = window.findChild<LinkingPages *>(QStringLiteral("linkingPages"));
    ASSERT_NE(linking, nullptr);
    CustomersPage *customers = linking->customersPage();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return customers->proxy()->rowCount() == 12; }, 15000));

    // Pick an orphan and its look-alike account (by name, as the admin would).
    QString orphan;
    QString orphanName;
    for (int row = 0; row < customers->model()->rowCount(); ++row) {
        const CustomerEntry &c = customers->model()->customerAt(row);
        if (!c.isLinked() && !c.archived) {
            orphan = c.id;
            orphanName = c.name;
            break;
        }
    }
    ASSERT_FALSE(orphan.isEmpty());
    ASSERT_TRUE(customers->selectCustomer(orphan));
    customers->linkAction()->trigger();
    auto *dialog = customers->findChild<LinkAccountDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->searchByName(orphanName.left(8));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return dialog->linkButton()->isEnabled(); }, 15000));
    const Account chosen = dialog->selectedAccount();
    EXPECT_EQ(CompanyNameMatcher::normalise(chosen.name), CompanyNameMatcher::normalise(orphanName));
    QTest::mouseClick(dialog->linkButton(), Qt::LeftButton);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return dialog->hasOutcome(); }, 30000));
    EXPECT_TRUE(dialog->outcome().ok) << qPrintable(dialog->outcome().message);
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QStringLiteral("records reparented")))
        << qPrintable(dialog->outcomeLabel()->text());
    EXPECT_EQ(rig.metronomeCustomer(orphan).value(QStringLiteral("salesforce_account_id")).toString(),
              chosen.id);
    dialog->close();
    // The table follows at once.
    ASSERT_TRUE(TestEnvironment::waitFor(
        [&]() {
            const int row = customers->model()->rowOfCustomer(orphan);
            return row >= 0 && customers->model()->customerAt(row).primaryAccountId == chosen.id;
        },
        10000));

    // A bulk file: one good row, one not an Account ID.
    QString second;
    for (int row = 0; row < customers->model()->rowCount(); ++row) {
        const CustomerEntry &c = customers->model()->customerAt(row);
        if (!c.isLinked() && !c.archived && c.id != orphan) {
            second = c.id;
            break;
        }
    }
    ASSERT_FALSE(second.isEmpty());
    QString spare;
    QSet<QString> used;
    for (const QJsonObject &c : rig.metronomeCustomers()) {
        used.insert(c.value(QStringLiteral("salesforce_account_id")).toString());
    }
    for (const QJsonObject &a : rig.salesforceRecords(QStringLiteral("Account"))) {
        if (!used.contains(a.value(QStringLiteral("Id")).toString())) {
            spare = a.value(QStringLiteral("Id")).toString();
            break;
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("links.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1;%2\n%3;%4\n")
                   .arg(second, spare, orphan, SalesforceId::to18(QStringLiteral("0035g0000012345")))
                   .toUtf8());
    file.close();
    customers->openBulkDialog(path);
    auto *bulk = customers->findChild<BulkLinkDialog *>();
    ASSERT_NE(bulk, nullptr);
    QSignalSpy previewed(bulk, &BulkLinkDialog::previewReady);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return previewed.count() > 0; }, 15000));
    ASSERT_EQ(bulk->model()->rowCount(), 2);
    EXPECT_EQ(bulk->model()->rows().at(0).verdict, BulkVerdict::Ok);
    EXPECT_EQ(bulk->model()->rows().at(1).verdict, BulkVerdict::NotAnAccount);
    EXPECT_EQ(bulk->applyButton()->text(), QStringLiteral("&Link 1 Customer"));
    QSignalSpy applied(bulk, &BulkLinkDialog::applied);
    QTest::mouseClick(bulk->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return applied.count() > 0; }, 30000));
    EXPECT_EQ(rig.metronomeCustomer(second).value(QStringLiteral("salesforce_account_id")).toString(), spare);
    EXPECT_EQ(rig.metronomeCustomer(orphan).value(QStringLiteral("salesforce_account_id")).toString(),
              chosen.id)
        << "the bad row changed nothing";
    EXPECT_TRUE(bulk->saveButton()->isEnabled());
    const QString resultPath = dir.filePath(QStringLiteral("result.csv"));
    ASSERT_TRUE(bulk->saveResultFile(resultPath));
    QFile result(resultPath);
    ASSERT_TRUE(result.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(result.readAll());
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 2) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(QStringLiteral("Not an Account ID")));
    bulk->close();

    // Orphans: suggestions come by themselves when the page is shown; review links one.
    auto *view = window.findChild<WorkspaceView *>(QStringLiteral("workspaceView"));
    OrphansPage *orphans = linking->orphansPage();
    QSignalSpy suggested(orphans, &OrphansPage::suggestionsReady);
    view->showPage(QStringLiteral("orphansPage"));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return suggested.count() > 0; }, 20000));
    ASSERT_FALSE(orphans->suggestions().isEmpty());
    const Suggestion first = orphans->suggestions().first();
    EXPECT_FALSE(
        cell(orphans->model(), orphans->model()->rowOf(first.customerId), OrphanListModel::SuggestionColumn)
            .isEmpty());
    EXPECT_TRUE(rig.metronomeCustomer(first.customerId)
                    .value(QStringLiteral("salesforce_account_id"))
                    .toString()
                    .isEmpty())
        << "a suggestion is only offered";
    orphans->selectCustomer(first.customerId);
    orphans->reviewAction()->trigger();
    auto *review = orphans->findChild<SuggestionReviewDialog *>();
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->current().customerId, first.customerId);
    QSignalSpy linked(review, &SuggestionReviewDialog::linked);
    QTest::mouseClick(review->linkButton(), Qt::LeftButton);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return linked.count() > 0; }, 30000));
    EXPECT_EQ(
        rig.metronomeCustomer(first.customerId).value(QStringLiteral("salesforce_account_id")).toString(),
        first.accountId);
    review->close();
    ASSERT_TRUE(
        TestEnvironment::waitFor([&]() { return orphans->model()->rowOf(first.customerId) < 0; }, 10000))
        << "a linked customer leaves the orphans";

    // The audit log has every change, with who and before/after.
    WorkspaceDatabase db(rig.workspace().databasePath);
    const QList<AuditEntry> audit = AuditLog(db).entries();
    int links = 0;
    for (const AuditEntry &e : audit) {
        links += e.action == QLatin1String(AuditAction::LinkPrimary) ? 1 : 0;
        EXPECT_FALSE(e.actor.isEmpty());
    }
    EXPECT_EQ(links, 3);
}
