// The customer window on a freshly synced sandbox workspace, for screenshots
// (scripts/screenshot.sh). Test-only: never installed, never part of the app.
//
//   nomesync_insight_demo [--tab overview|invoices] [--customers N] [--seed S]
//                         [--pick contract|plan] [--customer ID]
//
// Picks the busiest active contract customer (or, with --pick plan, the legacy plan customer
// with the most invoices) unless --customer says otherwise, and prints "READY <customer id>"
// once the window shows its figures.

#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "WorkspaceSession.h"
#include "insight/CustomerInsightWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTreeView>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

// scripts/screenshot.sh ends the demo with SIGTERM: quit the event loop so the sandbox child
// process is stopped by its owner instead of being left running.
void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestEnvironment::initialise();
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tab"), QStringLiteral("overview or invoices"), QStringLiteral("tab"),
                      QStringLiteral("overview")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("sandbox size"), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("sandbox seed"), QStringLiteral("s"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("customer"), QStringLiteral("customer id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("pick"), QStringLiteral("contract or plan"), QStringLiteral("kind"),
                      QStringLiteral("contract")});
    parser.process(app);

    SyncHarness harness({QStringLiteral("--customers"), parser.value(QStringLiteral("customers")),
                         QStringLiteral("--seed"), parser.value(QStringLiteral("seed"))});
    QString error;
    if (!harness.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const SyncHarness::Outcome run = harness.sync();
    if (run.state != Sync::RunState::Completed) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(run.message));
        return 1;
    }

    QString customerId = parser.value(QStringLiteral("customer"));
    if (customerId.isEmpty()) {
        // Busiest: an active contract whose draft has something to pay, with the most invoices,
        // then the most commitments (a handful, so the burn-down legend stays readable).
        int best = -1;
        const bool planPick = parser.value(QStringLiteral("pick")) == QLatin1String("plan");
        const QList<QJsonObject> customers = harness.metronomeCustomers();
        for (const QJsonObject &c : customers) {
            const QJsonObject t = harness.metronomeCustomer(c.value(QStringLiteral("id")).toString());
            const int commitments = static_cast<int>(t.value(QStringLiteral("commitments")).toArray().size());
            if (planPick) {
                if (t.value(QStringLiteral("archived")).toBool() ||
                    t.value(QStringLiteral("contracts")).toInt() > 0 ||
                    t.value(QStringLiteral("customer_plans")).toInt() == 0) {
                    continue;
                }
            } else if (t.value(QStringLiteral("archived")).toBool() ||
                       t.value(QStringLiteral("contracts")).toInt() == 0 || commitments < 2 ||
                       commitments > 6) {
                continue;
            }
            // A draft with something left to pay makes every chart speak.
            bool payingDraft = false;
            for (const QJsonValue &v : t.value(QStringLiteral("invoices")).toArray()) {
                const QJsonObject invoice = v.toObject();
                payingDraft = payingDraft ||
                              (invoice.value(QStringLiteral("status")).toString() == QLatin1String("DRAFT") &&
                               invoice.value(QStringLiteral("total")).toString() != QLatin1String("0"));
            }
            const int score =
                (payingDraft ? 1000 : 0) +
                static_cast<int>(t.value(QStringLiteral("invoices")).toArray().size()) * 10 + commitments +
                (planPick ? static_cast<int>(t.value(QStringLiteral("credit_grants")).toArray().size()) * 2000
                          : 0);
            if (score > best) {
                best = score;
                customerId = t.value(QStringLiteral("id")).toString();
            }
        }
    }

    MemorySecretStore secrets;
    secrets.write(SecretStore::keyFor(harness.workspace().id, SecretStore::Kind::MetronomeToken),
                  harness.metronomeToken(), nullptr, [](const SecretResult &) {});
    WorkspaceSession session(harness.workspace(), nullptr);
    CustomerInsightWindow *window = CustomerInsightWindow::showCustomer(&session, customerId, &secrets);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->move(0, 0);
    window->resize(1280, 800);
    const bool invoices = parser.value(QStringLiteral("tab")) == QLatin1String("invoices");
    QObject::connect(window, &CustomerInsightWindow::loaded, window, [window, invoices, customerId]() {
        if (invoices) {
            window->tabs()->setCurrentIndex(1);
            auto *tree = window->findChild<QTreeView *>(QStringLiteral("invoiceTree"));
            // The draft and the latest finalized invoice, opened down to the sub line items.
            for (int row = 0; row < std::min(2, tree->model()->rowCount()); ++row) {
                const QModelIndex invoice = tree->model()->index(row, 0);
                tree->expand(invoice);
                for (int line = 0; line < tree->model()->rowCount(invoice); ++line) {
                    tree->expand(tree->model()->index(line, 0, invoice));
                }
            }
        }
        std::printf("READY %s\n", qPrintable(customerId));
        std::fflush(stdout);
    });
    return app.exec();
}
