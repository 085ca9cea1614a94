#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <atomic>

// One Bulk API 2.0 ingest job of the sandbox (§8), shared between the HTTP thread (which
// creates, fills, closes and reports it) and the Bulk worker (which processes it). Every
// field below the mutex is read and written under it.
struct SfBulkJob
{
    // Fixed at creation.
    QString id;
    QString object;
    QString operation; // insert, upsert, update, delete, hardDelete
    QString externalIdFieldName;
    QString lineEnding;      // LF or CRLF
    QString columnDelimiter; // COMMA, TAB, ...
    QString apiVersion;
    QString createdById;
    QString createdDate;

    std::atomic<bool> abortRequested{false};

    mutable QMutex mutex;
    QString state = QStringLiteral("Open");
    QString errorMessage;
    QString systemModstamp;
    QByteArray data; // the uploaded CSV, until processed
    bool uploaded = false;
    qint64 processed = 0;
    qint64 failed = 0;
    qint64 processingMs = 0;
    QByteArray successfulResults;
    QByteArray failedResults;
    QByteArray unprocessedRecords;

    bool isTerminal() const;  // caller holds the mutex
    QJsonObject info() const; // takes the mutex
};
