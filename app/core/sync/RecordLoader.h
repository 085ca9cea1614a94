#pragma once

#include "package/PackageObject.h"
#include "sync/MappedRecord.h"

#include <QObject>

#include <functional>

// Writes records into the destination org (Salesforce) and reports per row.
// Implementations: SalesforceRecordLoader; fakes in tests.
class RecordLoader : public QObject
{
    Q_OBJECT

public:
    enum class Method
    {
        Collections, // sObject Collections upsert, <= 200 rows per call
        Bulk         // Bulk API 2.0 upsert job
    };

    struct RowResult
    {
        QString externalId;
        bool success = false;
        bool created = false;
        QString recordId;
        QString statusCode;
        QString message;
        QStringList fields;
    };

    // A failure that stops the whole run (authentication, daily API limit, org unreachable).
    struct Fatal
    {
        bool happened = false;
        QString message;
    };

    using Done = std::function<void(const QList<RowResult> &results, const Fatal &fatal)>;

    using QObject::QObject;

    // Checks the connection and that the org has the objects and fields to be written.
    virtual void prepare(const QList<const PackageObject *> &objects,
                         std::function<void(bool ok, const QString &error)> done) = 0;
    // Upserts by the object's external ID. Every record gets a result (matched back by
    // external ID), unless `fatal` is set.
    virtual void upsert(const PackageObject &object, const QList<MappedRecord> &records, Method method,
                        Done done) = 0;
    // The same, with the rows pulled chunk by chunk from `next` (an empty chunk: no more)
    // while this call runs, never later. A loader may stop pulling early (a Bulk job is
    // full); rows it did not pull stay with the caller. This one pulls everything and
    // calls upsert(); a Bulk loader turns each chunk into CSV at once instead, so a big job
    // never holds its rows as records.
    using RecordSource = std::function<QList<MappedRecord>()>;
    virtual void upsertStream(const PackageObject &object, const RecordSource &next, Method method, Done done)
    {
        QList<MappedRecord> all;
        for (QList<MappedRecord> chunk = next(); !chunk.isEmpty(); chunk = next()) {
            all += chunk;
        }
        upsert(object, all, method, std::move(done));
    }
    virtual void cancel() = 0;
    virtual int maxRecordsPerCall(Method method) const = 0;
    virtual int maxConcurrentCalls(Method method) const = 0;
    virtual qint64 callCount() const = 0;
    virtual qint64 writeCallCount() const = 0;
    // Bytes of CSV uploaded for `object` by Bulk jobs so far (0 when the loader does not use Bulk).
    virtual qint64 bytesSent(const QString &object) const
    {
        Q_UNUSED(object)
        return 0;
    }

Q_SIGNALS:
    // From Sforce-Limit-Info: API requests used of the daily allocation.
    void apiUsage(qint64 used, qint64 max);
};
