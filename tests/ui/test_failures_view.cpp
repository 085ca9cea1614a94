#include "CopyableTableView.h"
#include "CsvDownloadController.h"
#include "MonitorTestSupport.h"
#include "models/FailureGroupModel.h"
#include "models/FailureListModel.h"
#include "models/RunObjectsModel.h"
#include "pages/FailuresPage.h"
#include "pages/SyncsPage.h"
#include "sync/ErrorHints.h"
#include "sync/FailureExport.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

using namespace MonitorTest;
using namespace Sync;

namespace {

// RFC 4180 reader for what the exports write: quoted cells, doubled quotes, CRLF.
QList<QStringList> parseCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

// The columns docs/failure-csv.md documents, in its table's order.
QStringList documentedColumns()
{
    QFile doc(TestEnvironment::sourcePath(QStringLiteral("docs/failure-csv.md")));
    if (!doc.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(doc.readAll());
    const QString section = text.mid(text.indexOf(QStringLiteral("## Columns")));
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+)` \\|"),
                                        QRegularExpression::MultilineOption);
    QStringList columns;
    for (auto it = row.globalMatch(section); it.hasNext();) {
        columns.append(it.next().captured(1));
    }
    return columns;
}

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// A run with many failures: 150 invoices rejected, three customers with formula-looking IDs
// rejected with a formula-looking message (their invoices skipped).
struct FailedRun
{
    Workspace ws;
    std::unique_ptr<WorkspaceSession> session;
    qint64 runId = 0;

    FailedRun()
    {
        QStringList ids;
        for (int c = 0; c < 200; ++c) {
            ids.append(QStringLiteral("cus-%1").arg(c));
        }
        const QStringList dangerous = {QStringLiteral("+cus-a"), QStringLiteral("-cus-b"),
                                       QStringLiteral("@cus-c")};
        ids += dangerous;
        for (const QString &id : std::as_const(ids)) {
            ws.launcher.data[QStringLiteral("customers")].append(customer(id));
            ws.launcher.data[QStringLiteral("invoices")].append(
                invoice(QStringLiteral("inv-%1").arg(id), id));
        }
        for (int c = 0; c < 150; ++c) {
            ws.launcher.failures.insert(
                QStringLiteral("inv-cus-%1").arg(c),
                rejection(
                    QStringLiteral("DUPLICATE_VALUE"),
                    QStringLiteral("duplicate value found: NOME__Metronome_Invoice_ID__c duplicates value on "
                                   "record with id: a0I5g00000AbCdE%1")
                        .arg(c % 10),
                    c < 5 ? QStringLiteral("a0I5g00000AbCdEAA%1").arg(c) : QString()));
        }
        for (const QString &id : dangerous) {
            ws.launcher.failures.insert(
                id, rejection(QStringLiteral("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY"),
                              QStringLiteral("=cmd|' /C calc'!A0")));
        }
        session = std::make_unique<WorkspaceSession>(ws.info, &ws.launcher);
        QSignalSpy finished(session.get(), &WorkspaceSession::runFinished);
        EXPECT_TRUE(session->startSync(Trigger::Manual));
        const Ended end = waitForRun(*session, finished);
        EXPECT_EQ(end.state, RunState::CompletedWithErrors) << qPrintable(end.message);
        runId = end.runId;
    }
};

} // namespace

TEST(FailuresView, DownloadCsvHoldsUpTo100RowsOfThatObjectWithTheDocumentedColumnsNeutralised)
{
    FailedRun run;
    ASSERT_GT(run.runId, 0);
    const RowErrorStore store(run.session->database());
    ASSERT_EQ(store.count(run.runId, kInvoice), 153); // 150 rejected + 3 skipped
    ASSERT_EQ(store.count(run.runId, kCustomer), 3);

    CsvDownloadController downloads(nullptr);
    QString suggested;
    QString target;
    downloads.setSavePathChooser([&](QWidget *, const QString &, const QString &proposal) {
        suggested = proposal;
        return target;
    });
    QSignalSpy done(&downloads, &CsvDownloadController::finished);

    // Invoices, from the run's detail on the Syncs page: the seed's "up to 100".
    SyncsPage syncs(&downloads);
    syncs.setSession(run.session.get());
    syncs.showRun(run.runId);
    const int invoiceRow = syncs.objectsModel()->rowOf(kInvoice);
    ASSERT_GE(invoiceRow, 0);
    syncs.objectsView()->setCurrentIndex(syncs.objectsModel()->index(invoiceRow, 0));
    auto *download = syncs.findChild<QPushButton *>(QStringLiteral("downloadCsvButton"));
    ASSERT_NE(download, nullptr);
    ASSERT_TRUE(download->isEnabled());
    target = QDir(run.ws.dir.path()).filePath(QStringLiteral("invoices.csv"));
    download->click();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done.count() == 1; }));
    ASSERT_TRUE(done.at(0).at(0).toBool()) << qPrintable(done.at(0).at(1).toString());
    EXPECT_TRUE(
        suggested.endsWith(QStringLiteral("acme-production-run-%1-invoice-failures.csv").arg(run.runId)))
        << qPrintable(suggested);

    QFile invoices(target);
    ASSERT_TRUE(invoices.open(QIODevice::ReadOnly));
    const QByteArray invoiceBytes = invoices.readAll();
    EXPECT_TRUE(invoiceBytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte order mark";
    const QList<QStringList> invoiceRows = parseCsv(invoiceBytes);
    ASSERT_EQ(invoiceRows.size(), 1 + 100);
    EXPECT_EQ(invoiceRows.first(), FailureExport::header());
    EXPECT_EQ(invoiceRows.first(), documentedColumns()) << "docs/failure-csv.md lists the columns in order";
    for (int i = 1; i < invoiceRows.size(); ++i) {
        ASSERT_EQ(invoiceRows.at(i).size(), FailureExport::header().size());
        EXPECT_EQ(invoiceRows.at(i).at(1), kInvoice);
        EXPECT_EQ(invoiceRows.at(i).at(0), QString::number(run.runId));
    }

    // Customers, from the Failures page filtered to that object: all 3, neutralised.
    FailuresPage failures(&downloads);
    failures.setSession(run.session.get());
    failures.showRun(run.runId, kCustomer);
    auto *downloadObject = failures.findChild<QAction *>(QStringLiteral("actionDownloadObjectCsv"));
    ASSERT_NE(downloadObject, nullptr);
    ASSERT_TRUE(downloadObject->isEnabled());
    target = QDir(run.ws.dir.path()).filePath(QStringLiteral("customers.csv"));
    downloadObject->trigger();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done.count() == 2; }));
    ASSERT_TRUE(done.at(1).at(0).toBool()) << qPrintable(done.at(1).at(1).toString());
    QFile customers(target);
    ASSERT_TRUE(customers.open(QIODevice::ReadOnly));
    const QList<QStringList> customerRows = parseCsv(customers.readAll());
    ASSERT_EQ(customerRows.size(), 1 + 3);
    QStringList externalIds;
    for (int i = 1; i < customerRows.size(); ++i) {
        externalIds.append(customerRows.at(i).at(2));
        EXPECT_EQ(customerRows.at(i).at(5), QStringLiteral("'=cmd|' /C calc'!A0"))
            << "the message is text, not a formula";
        EXPECT_EQ(customerRows.at(i).at(3), QStringLiteral("failed"));
    }
    externalIds.sort();
    EXPECT_EQ(externalIds,
              (QStringList{QStringLiteral("'+cus-a"), QStringLiteral("'-cus-b"), QStringLiteral("'@cus-c")}));
}

TEST(FailuresView, ExportAllWritesEveryFailedAndSkippedRowOfTheRun)
{
    FailedRun run;
    CsvDownloadController downloads(nullptr);
    const QString target = QDir(run.ws.dir.path()).filePath(QStringLiteral("all.csv"));
    downloads.setSavePathChooser([&](QWidget *, const QString &, const QString &) { return target; });
    QSignalSpy done(&downloads, &CsvDownloadController::finished);
    FailuresPage failures(&downloads);
    failures.setSession(run.session.get());
    QAction *exportAll = failures.exportAllAction();
    EXPECT_EQ(exportAll->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    ASSERT_TRUE(exportAll->isEnabled());
    exportAll->trigger();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done.count() == 1; }));
    ASSERT_TRUE(done.at(0).at(0).toBool());
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(file.readAll());
    EXPECT_EQ(rows.size(), 1 + 156);
    qint64 skipped = 0;
    for (const QStringList &row : rows) {
        skipped += row.value(3) == QLatin1String("skipped") ? 1 : 0;
    }
    EXPECT_EQ(skipped, 3);
}

TEST(FailuresView, GroupsByCodeWithHintsAndOpensTheRecordInSalesforce)
{
    FailedRun run;
    CsvDownloadController downloads(nullptr);
    FailuresPage page(&downloads);
    page.resize(1100, 700);
    page.setSession(run.session.get());
    page.show();
    page.showRun(run.runId);

    // Groups, largest first, after the "all" row.
    const FailureGroupModel *groups = page.groupsModel();
    ASSERT_EQ(groups->rowCount(), 4);
    EXPECT_EQ(groups->index(0, 0).data(FailureGroupModel::CountRole).toLongLong(), 156);
    EXPECT_EQ(groups->index(1, 0).data(FailureGroupModel::CodeRole).toString(),
              QStringLiteral("DUPLICATE_VALUE"));
    EXPECT_EQ(groups->index(1, 0).data(FailureGroupModel::CountRole).toLongLong(), 150);
    EXPECT_EQ(groups->index(1, 0).data(FailureGroupModel::TitleRole).toString(),
              ErrorHints::titleFor(QStringLiteral("DUPLICATE_VALUE")));

    // Picking a group filters the rows and shows its hint.
    page.setCodeFilter(QStringLiteral("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY"));
    EXPECT_EQ(page.rowsModel()->totalCount(), 3);
    auto *hint = page.findChild<QLabel *>(QStringLiteral("hintText"));
    ASSERT_NE(hint, nullptr);
    EXPECT_EQ(hint->text(),
              ErrorHints::hintFor(QStringLiteral("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY")));
    page.setCodeFilter(QStringLiteral("PARENT_FAILED"));
    EXPECT_EQ(page.rowsModel()->totalCount(), 3);
    EXPECT_EQ(page.rowsModel()->index(0, FailureListModel::OutcomeColumn).data().toString(),
              QStringLiteral("Skipped"));

    // A row whose record exists opens at the org's address; one without cannot.
    page.setCodeFilter(QStringLiteral("DUPLICATE_VALUE"));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QAction *open = page.openInSalesforceAction();
    page.rowsView()->setCurrentIndex(page.rowsModel()->index(0, 0));
    const QString recordId = page.rowsModel()->index(0, 0).data(FailureListModel::RecordIdRole).toString();
    ASSERT_FALSE(recordId.isEmpty());
    ASSERT_TRUE(open->isEnabled());
    open->trigger();
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.first(), QUrl(QStringLiteral("https://acme.my.salesforce.com/") + recordId));
    page.rowsView()->setCurrentIndex(page.rowsModel()->index(10, 0));
    EXPECT_TRUE(page.rowsModel()->index(10, 0).data(FailureListModel::RecordIdRole).toString().isEmpty());
    EXPECT_FALSE(open->isEnabled());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

    // Ctrl+C copies the selected cells as tab-separated text.
    CopyableTableView *view = page.rowsView();
    view->clearSelection();
    view->selectionModel()->select(page.rowsModel()->index(0, FailureListModel::ExternalIdColumn),
                                   QItemSelectionModel::Select);
    view->selectionModel()->select(page.rowsModel()->index(0, FailureListModel::OutcomeColumn),
                                   QItemSelectionModel::Select);
    view->selectionModel()->select(page.rowsModel()->index(1, FailureListModel::ExternalIdColumn),
                                   QItemSelectionModel::Select);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString first = page.rowsModel()->index(0, FailureListModel::ExternalIdColumn).data().toString();
    const QString second = page.rowsModel()->index(1, FailureListModel::ExternalIdColumn).data().toString();
    EXPECT_EQ(QApplication::clipboard()->text(), first + QStringLiteral("\tFailed\n") + second);
}

TEST(FailuresView, AHundredThousandFailuresLoadInPagesAndFilterByCodeAndObject)
{
    Workspace ws;
    WorkspaceDatabase db(ws.info.databasePath);
    ASSERT_TRUE(db.open());
    RunRepository runs(db);
    const std::optional<RunRecord> run = runs.begin(RunRecord());
    ASSERT_TRUE(run.has_value());
    const QStringList objects = {kCustomer, kInvoice, kLine, QStringLiteral("NOME__Metronome_Usage__c")};
    const QStringList codes = {QStringLiteral("UNABLE_TO_LOCK_ROW"), QStringLiteral("STRING_TOO_LONG"),
                               QStringLiteral("DUPLICATE_VALUE"), QStringLiteral("PARENT_FAILED"),
                               QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION")};
    constexpr int kRows = 100000;
    QHash<QString, int> perCode;
    QHash<QString, int> perObjectCode;
    QHash<QString, ObjectCounts> counts;
    {
        QList<RowError> batch;
        batch.reserve(kRows);
        for (int i = 0; i < kRows; ++i) {
            RowError e;
            e.runId = run->id;
            e.object = objects.at(i % objects.size());
            e.statusCode = codes.at((i / 7) % codes.size());
            e.kind = e.statusCode == QLatin1String("PARENT_FAILED") ? RowError::Kind::Skipped
                                                                    : RowError::Kind::Failed;
            e.externalId = QStringLiteral("row-%1").arg(i);
            e.message = QStringLiteral("message %1").arg(i);
            batch.append(e);
            ++perCode[e.statusCode];
            ++perObjectCode[e.object + QLatin1Char('/') + e.statusCode];
            ObjectCounts &c = counts[e.object];
            c.object = e.object;
            ++c.attempted;
            ++(e.kind == RowError::Kind::Skipped ? c.skipped : c.failed);
        }
        QSqlDatabase connection = db.connection();
        ASSERT_TRUE(connection.transaction());
        ASSERT_TRUE(RowErrorStore(db).add(batch));
        ASSERT_TRUE(connection.commit());
    }
    for (const ObjectCounts &c : std::as_const(counts)) {
        ASSERT_TRUE(runs.saveCounts(run->id, c));
    }
    runs.finish(run->id, RunState::CompletedWithErrors);

    {
        // What paging costs without the tester's own checks (they rescan every row per change).
        FailureListModel plain;
        plain.setDatabase(&db);
        QElapsedTimer clock;
        clock.start();
        plain.setQuery(run->id);
        const qint64 firstPageMs = clock.elapsed();
        qint64 worstPageMs = 0;
        int pages = 1;
        while (plain.canFetchMore(QModelIndex())) {
            QElapsedTimer page;
            page.start();
            plain.fetchMore(QModelIndex());
            worstPageMs = std::max<qint64>(worstPageMs, page.elapsed());
            ++pages;
        }
        std::printf("[ measure  ] 100,000 failures: first page (with COUNT) %lld ms, all %d pages %lld ms, "
                    "slowest page %lld ms\n",
                    static_cast<long long>(firstPageMs), pages, static_cast<long long>(clock.elapsed()),
                    static_cast<long long>(worstPageMs));
        EXPECT_EQ(plain.rowCount(), kRows);
    }

    FailureListModel model;
    model.setDatabase(&db);
    // Kept for the whole test: it checks every change the model makes from here on.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setQuery(run->id);
    EXPECT_EQ(model.totalCount(), kRows);
    EXPECT_EQ(model.rowCount(), FailureListModel::PageSize) << "only the first page is read up front";
    EXPECT_TRUE(model.canFetchMore(QModelIndex()));
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    ASSERT_EQ(model.rowCount(), kRows);
    EXPECT_EQ(model.index(kRows - 1, FailureListModel::ExternalIdColumn).data().toString(),
              QStringLiteral("row-%1").arg(kRows - 1));

    // By code.
    model.setQuery(run->id, QString(), QStringLiteral("DUPLICATE_VALUE"));
    EXPECT_EQ(model.totalCount(), perCode.value(QStringLiteral("DUPLICATE_VALUE")));
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    ASSERT_EQ(model.rowCount(), perCode.value(QStringLiteral("DUPLICATE_VALUE")));
    for (int row = 0; row < model.rowCount(); row += 97) {
        ASSERT_EQ(model.index(row, 0).data(FailureListModel::CodeRole).toString(),
                  QStringLiteral("DUPLICATE_VALUE"));
    }
    // By object and code.
    model.setQuery(run->id, kInvoice, QStringLiteral("PARENT_FAILED"));
    const int expected = perObjectCode.value(kInvoice + QStringLiteral("/PARENT_FAILED"));
    ASSERT_GT(expected, 0);
    EXPECT_EQ(model.totalCount(), expected);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    ASSERT_EQ(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_EQ(model.index(row, 0).data(FailureListModel::ObjectRole).toString(), kInvoice);
        ASSERT_EQ(model.index(row, FailureListModel::OutcomeColumn).data().toString(),
                  QStringLiteral("Skipped"));
    }

    // The page over it: groups with counts, and the view pulls more rows as it scrolls.
    WorkspaceSession session(ws.info, &ws.launcher);
    CsvDownloadController downloads(nullptr);
    FailuresPage page(&downloads);
    page.resize(1100, 700);
    page.setSession(&session);
    page.show();
    page.showRun(run->id);
    ASSERT_EQ(page.groupsModel()->rowCount(), 1 + codes.size());
    EXPECT_EQ(page.groupsModel()->index(0, 0).data(FailureGroupModel::CountRole).toLongLong(), kRows);
    page.setObjectFilter(kLine);
    EXPECT_EQ(page.groupsModel()->index(0, 0).data(FailureGroupModel::CountRole).toLongLong(), kRows / 4);
    EXPECT_EQ(page.rowsModel()->totalCount(), kRows / 4);
    const int before = page.rowsModel()->rowCount();
    page.rowsView()->scrollToBottom();
    QTest::qWait(50);
    EXPECT_GT(page.rowsModel()->rowCount(), before) << "scrolling to the end fetched the next page";
}

#include "test_failures_view.moc"
