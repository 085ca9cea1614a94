#pragma once

#include "sync/SyncTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What one run needs to know that is not a secret (secrets travel separately, in memory).
struct SyncSettings
{
    QString workspaceId;
    QString databasePath;
    QString environment; // written on every record that has an environment field
    QString packageVariant = QStringLiteral("nome_v2");

    Sync::Trigger trigger = Sync::Trigger::Manual;
    bool fullSync = false;     // ignore the stored hashes and send every row
    QStringList objects;       // API names; empty: every object of the package
    Sync::Scope scope = Sync::Scope::AllCustomers;
    qint64 retryOf = 0;        // retry run: send only what failed in this run
    // Dry run: read and compare as usual, but write nothing to Salesforce; the rows that would
    // be sent go to exportDirectory (one JSON Lines file per object, plus manifest.json).
    bool dryRun = false;
    QString exportDirectory;

    int bulkThreshold = 2000;  // more changed rows than this in one object: Bulk API 2.0
    // Rows per Bulk job. Salesforce splits jobs into 10,000-row batches anyway; smaller jobs keep
    // memory bounded (a job holds its rows until its results are in).
    int bulkChunkRows = 100000;
    int usageDays = 90;
    QDate usageUntil; // last day of usage read; invalid: today (UTC)
    int heartbeatMs = 15000;
    int progressIntervalMs = 200;
    int retentionDays = 180;   // finished runs and their row errors are kept this long
};
