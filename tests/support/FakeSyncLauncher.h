#pragma once

#include "FakeSyncEnds.h"
#include "sync/SyncLauncher.h"

// A SyncLauncher for UI tests and the monitor demo: prepares settings for the workspace's
// own database and an endpoint factory that builds FakeSourceReader / FakeRecordLoader on the
// sync thread, so the REAL SyncEngine runs on the REAL worker thread against in-memory
// Metronome and Salesforce. Everything below is copied at prepare() time: change it between
// runs (e.g. lift a fault before a retry), never during one.
class FakeSyncLauncher : public SyncLauncher
{
    Q_OBJECT

public:
    using SyncLauncher::SyncLauncher;

    QHash<QString, QList<QVariantHash>> data;           // "Metronome": source -> rows
    QHash<QString, FakeRecordLoader::Failure> failures; // "Salesforce" rejects these external IDs
    QString environment = QStringLiteral("Production");
    int pageSize = 200;
    int loaderDelayMs = 0;
    int concurrency = 4;
    int collectionsLimit = 200;
    int bulkThreshold = 2000;
    int progressIntervalMs = 100;
    qint64 apiUsedStart = 0;
    qint64 apiMax = 0; // > 0: the loader reports Sforce-Limit-Info
    QString prepareError;
    int prepareDelayMs = 0;
    bool fatalOnFirstWrite = false; // the first upsert fails the run (e.g. the daily API limit)

    int prepareCount = 0;
    Request lastRequest;

    void prepare(const WorkspaceInfo &workspace, const Request &request, QObject *context,
                 Ready ready) override;
};
