#pragma once

// Shared by the sync monitor's UI tests: a throwaway workspace with a FakeSyncLauncher (the
// real engine on the real worker thread, fake Metronome and Salesforce), and small helpers.

#include "FakeSyncLauncher.h"
#include "TestEnvironment.h"
#include "WorkspaceSession.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace MonitorTest {

inline const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
inline const QString kInvoice = QStringLiteral("NOME__Metronome_Invoice__c");
inline const QString kLine = QStringLiteral("NOME__Metronome_Invoice_Line_Item__c");

inline QVariantHash customer(const QString &id, const QString &name = QString())
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("customer_id"), id},
            {QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Customer %1").arg(id) : name}};
}

inline QVariantHash invoice(const QString &id, const QString &customerId)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("display_name"), QStringLiteral("Invoice %1").arg(id)},
            {QStringLiteral("status"), QStringLiteral("FINALIZED")},
            {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
            {QStringLiteral("total"), 12345}};
}

inline QVariantHash lineItem(const QString &id, const QString &invoiceId, const QString &customerId)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("name"), QStringLiteral("API calls")},
            {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
            {QStringLiteral("total"), 1000}};
}

inline FakeRecordLoader::Failure rejection(const QString &code, const QString &message = QString(),
                                           const QString &recordId = QString())
{
    return FakeRecordLoader::Failure{
        code, message.isEmpty() ? QStringLiteral("rejected by the org") : message, {}, recordId};
}

// A workspace in a temporary folder, with a fake launcher.
struct Workspace
{
    QTemporaryDir dir;
    WorkspaceRegistry registry{dir.path()};
    WorkspaceInfo info;
    FakeSyncLauncher launcher;

    explicit Workspace(bool setupComplete = true)
    {
        EXPECT_TRUE(dir.isValid());
        const std::optional<WorkspaceInfo> created =
            registry.create(QStringLiteral("Acme Production"), QStringLiteral("Production"));
        EXPECT_TRUE(created.has_value());
        if (created) {
            info = *created;
        }
        WorkspaceDatabase db(info.databasePath);
        db.setSetting(SettingKeys::SalesforceInstanceUrl, QStringLiteral("https://acme.my.salesforce.com"));
        if (setupComplete) {
            db.setSetting(SettingKeys::SetupComplete, QStringLiteral("true"));
            info.setupComplete = true;
        }
    }
    ~Workspace() { WorkspaceDatabase::releaseThreadConnections(); }
};

// Waits for the session's next run to end; returns (runId, state).
struct Ended
{
    qint64 runId = 0;
    Sync::RunState state = Sync::RunState::Queued;
    QString message;
};

inline Ended waitForRun(WorkspaceSession &session, QSignalSpy &finished, int timeoutMs = 30000)
{
    Ended out;
    if (!TestEnvironment::waitFor([&]() { return finished.count() > 0; }, timeoutMs)) {
        ADD_FAILURE() << "the run did not end within " << timeoutMs << " ms";
        return out;
    }
    const QList<QVariant> args = finished.takeFirst();
    out.runId = args.at(0).toLongLong();
    out.state = args.at(1).value<Sync::RunState>();
    out.message = args.at(2).toString();
    EXPECT_FALSE(session.isBusy());
    return out;
}

} // namespace MonitorTest
