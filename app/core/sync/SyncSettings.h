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
    bool fullSync = false; // ignore the stored hashes and send every row
    QStringList objects;   // API names; empty: every object of the package
    Sync::Scope scope = Sync::Scope::AllCustomers;
    qint64 retryOf = 0; // retry run: send only what failed in this run
    // Dry run: read and compare as usual, but write nothing to Salesforce; the rows that would
    // be sent go to exportDirectory (one JSON Lines file per object, plus manifest.json).
    bool dryRun = false;
    QString exportDirectory;

    int bulkThreshold = 2000; // more changed rows than this in one object: Bulk API 2.0
    // At most this many rows per Bulk job; short of it, a job takes ~100 MB of CSV (one
    // upload's worth). A job holds its rows as CSV lines until its results are in.
    int bulkChunkRows = 1000000;
    int usageDays = 90;
    QDate usageUntil; // last day of usage read; invalid: today (UTC)
    int heartbeatMs = 15000;
    int progressIntervalMs = 200;
    int retentionDays = 180; // finished runs and their row errors are kept this long
};
