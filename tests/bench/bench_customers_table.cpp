// Measures the Customers page's table with many customers: loading them from a workspace
// database into the table (the read the page does on a pool thread, then the model, the
// filter proxy and the view), and filtering it (search as you type, the status filter, a sort).
//
//   bench_customers_table [--customers N] [--runs R] [--quick]
//
// Targets (DESIGN §7, issue 7): load < 1 s and filter < 100 ms at 100,000 customers.
// --quick uses 10,000 customers and two runs; ctest runs it so the program keeps working
// (it fails only when the table shows the wrong rows, never on time).
#include "CopyableTableView.h"
#include "CustomerFixture.h"
#include "customers/CustomerFilterProxy.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerLoader.h"
#include "store/WorkspaceDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Stat
{
    QList<double> values;
    double median() const
    {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

void line(const char *what, const Stat &s, double target)
{
    std::printf("  %-44s median %8.1f ms   max %8.1f ms%s\n", what, s.median(), s.max(),
                target > 0 ? (s.max() < target ? "   (target met)" : "   (OVER TARGET)") : "");
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers in the workspace."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("r"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("10,000 customers, two runs (for ctest).")});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int customers = quick ? 10000 : parser.value(QStringLiteral("customers")).toInt();
    const int runs = quick ? 2 : std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    {
        WorkspaceDatabase db(path);
        if (!db.open() || !CustomerFixture::fill(db, customers)) {
            std::fprintf(stderr, "could not create the workspace database\n");
            return 2;
        }
    }
    WorkspaceDatabase::releaseThreadConnections();
    std::printf("bench_customers_table: %d customers (workspace database made in %.0f ms), %d runs\n",
                customers, ms(timer), runs);

    CopyableTableView view;
    CustomerListModel model;
    CustomerFilterProxy proxy;
    proxy.setSourceModel(&model);
    view.setModel(&proxy);
    view.resize(1200, 700);
    view.show();
    proxy.sort(CustomerListModel::NameColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();

    Stat read;
    Stat fill;
    Stat paint;
    Stat total;
    Stat search;
    Stat searchMore;
    Stat status;
    Stat clear;
    Stat sort;
    bool wrong = false;
    for (int run = 0; run < runs; ++run) {
        model.setCustomers({});
        proxy.setSearchText(QString());
        proxy.setStatus(CustomerFilterProxy::Status::All);
        proxy.sort(CustomerListModel::NameColumn, Qt::AscendingOrder);
        QCoreApplication::processEvents();

        // Load: what the page does, end to end (the read runs on a pool thread in the app).
        QElapsedTimer all;
        all.start();
        timer.restart();
        QString error;
        QVector<CustomerEntry> loaded = CustomerLoader::read(path, &error);
        read.values.append(ms(timer));
        timer.restart();
        model.setCustomers(std::move(loaded));
        fill.values.append(ms(timer));
        timer.restart();
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        paint.values.append(ms(timer));
        total.values.append(ms(all));
        if (proxy.rowCount() != customers || !error.isEmpty()) {
            std::fprintf(stderr, "load showed %d rows, expected %d (%s)\n", proxy.rowCount(), customers,
                         qPrintable(error));
            wrong = true;
        }

        // Filter: one keystroke's search, a narrower one, the Orphans filter, clearing, a sort.
        timer.restart();
        proxy.setSearchText(QStringLiteral("northwind"));
        view.viewport()->repaint();
        search.values.append(ms(timer));
        const int northwind = proxy.rowCount();
        timer.restart();
        proxy.setSearchText(QStringLiteral("northwind analytics 42"));
        view.viewport()->repaint();
        searchMore.values.append(ms(timer));
        timer.restart();
        proxy.setSearchText(QString());
        proxy.setStatus(CustomerFilterProxy::Status::Orphans);
        view.viewport()->repaint();
        status.values.append(ms(timer));
        const int orphans = proxy.rowCount();
        timer.restart();
        proxy.setStatus(CustomerFilterProxy::Status::All);
        view.viewport()->repaint();
        clear.values.append(ms(timer));
        timer.restart();
        proxy.sort(CustomerListModel::SpendColumn, Qt::DescendingOrder);
        view.viewport()->repaint();
        sort.values.append(ms(timer));
        if (northwind != (customers + 7) / 8 || orphans != (customers + 2) / 3) {
            std::fprintf(stderr, "filters showed %d northwind and %d orphans\n", northwind, orphans);
            wrong = true;
        }
    }

    std::printf("load %d customers into the table:\n", customers);
    line("read from the workspace database", read, 0);
    line("model + filter proxy (sorted by name)", fill, 0);
    line("first paint of the view", paint, 0);
    line("total load", total, 1000);
    std::printf("filter the table:\n");
    line("search \"northwind\"", search, 100);
    line("search \"northwind analytics 42\"", searchMore, 100);
    line("Orphans filter", status, 100);
    line("back to All", clear, 100);
    line("sort by this month's spend", sort, 0);
    return wrong ? 1 : 0;
}
