#include "salesforce/SfBulkWorker.h"

#include "logging/LogCategories.h"
#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/SfBulkJob.h"
#include "salesforce/SfFaults.h"
#include "salesforce/SfStore.h"
#include "salesforce/SfWriter.h"

#include <QElapsedTimer>
#include <QThread>

namespace {

QByteArray quoteAlways(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QString errorText(const SalesforceRecordResult::Error &e)
{
    // {STATUSCODE}:{message}:{fields} --   or   {STATUSCODE}:{message}:--
    return e.fields.isEmpty()
               ? QStringLiteral("%1:%2:--").arg(e.statusCode, e.message)
               : QStringLiteral("%1:%2:%3 --").arg(e.statusCode, e.message, e.fields.join(QLatin1Char(',')));
}

} // namespace

SfBulkWorker::SfBulkWorker(const QString &databasePath, SfIdAllocator &ids, SfFaults &faults,
                           const QString &userId)
    : m_path(databasePath)
    , m_ids(ids)
    , m_faults(faults)
    , m_userId(userId)
{}

SfBulkWorker::~SfBulkWorker() = default;

bool SfBulkWorker::ensureStore(QString *error)
{
    if (m_store) {
        return true;
    }
    auto store = std::make_unique<SfStore>(
        m_path, QStringLiteral("sf-bulk-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread())));
    if (!store->open(error)) {
        return false;
    }
    m_store = std::move(store);
    return true;
}

void SfBulkWorker::process(const std::shared_ptr<SfBulkJob> &job,
                           const std::shared_ptr<const SfSchema> &schema)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray data;
    {
        QMutexLocker lock(&job->mutex);
        if (job->state != QLatin1String("UploadComplete") || job->abortRequested) {
            return;
        }
        job->state = QStringLiteral("InProgress");
        job->systemModstamp = SfWriter::timestamp();
        data = std::move(job->data);
        job->data.clear();
    }
    const char delimiter = BulkCsv::delimiterFor(job->columnDelimiter);
    auto finish = [&](const QString &state, const QString &message, const QByteArray &ok,
                      const QByteArray &bad, const QByteArray &rest) {
        QMutexLocker lock(&job->mutex);
        job->state = state;
        job->errorMessage = message;
        job->successfulResults = ok;
        job->failedResults = bad;
        job->unprocessedRecords = rest;
        job->processingMs = clock.elapsed();
        job->systemModstamp = SfWriter::timestamp();
    };

    const QByteArray eol =
        job->lineEnding == QLatin1String("CRLF") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    if (job->lineEnding != QLatin1String("CRLF") && data.contains("\r\n")) {
        finish(QStringLiteral("Failed"),
               QStringLiteral(
                   "ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF"),
               {}, {}, data);
        return;
    }
    BulkCsv::Table table;
    QString problem;
    if (!BulkCsv::parse(data, &table, &problem, delimiter)) {
        finish(QStringLiteral("Failed"), QStringLiteral("ClientInputError : ") + problem, {}, {}, data);
        return;
    }
    const QByteArray sep(1, delimiter);
    const QByteArray okHeader = quoteAlways(QStringLiteral("sf__Id")) + sep +
                                quoteAlways(QStringLiteral("sf__Created")) + sep + table.rawHeader + eol;
    const QByteArray badHeader = quoteAlways(QStringLiteral("sf__Id")) + sep +
                                 quoteAlways(QStringLiteral("sf__Error")) + sep + table.rawHeader + eol;
    auto unprocessedFrom = [&](int first) {
        QByteArray out = table.rawHeader + eol;
        for (int i = first; i < table.rows.size(); ++i) {
            out += table.rows.at(i).raw + eol;
        }
        return out;
    };

    const SfSchema::Object *object = schema->object(job->object);
    QString failure;
    if (!object) {
        failure =
            QStringLiteral("InvalidBatch : Entity '%1' is not supported by the Bulk API").arg(job->object);
    }
    // Every column must name a field or a Relationship.KeyField of the object.
    for (int i = 0; object && failure.isEmpty() && i < table.header.size(); ++i) {
        const QString &column = table.header.at(i);
        const int dot = column.indexOf(QLatin1Char('.'));
        bool known = false;
        if (dot > 0) {
            const SfSchema::Field *lookup = object->lookupByRelationship(column.left(dot));
            const SfSchema::Object *parent = lookup ? schema->object(lookup->referenceTo) : nullptr;
            known = parent && parent->field(column.mid(dot + 1));
        } else {
            known = object->field(column) != nullptr;
        }
        if (!known) {
            failure = QStringLiteral("InvalidBatch : Field name not found : %1").arg(column);
        }
    }
    const bool byId = job->operation == QLatin1String("update") ||
                      job->operation == QLatin1String("delete") ||
                      job->operation == QLatin1String("hardDelete");
    int keyColumn = -1;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString wanted = byId ? QStringLiteral("Id") : job->externalIdFieldName;
        if (table.header.at(i).compare(wanted, Qt::CaseInsensitive) == 0) {
            keyColumn = i;
        }
    }
    if (failure.isEmpty() && (byId || job->operation == QLatin1String("upsert")) && keyColumn < 0) {
        failure = QStringLiteral("InvalidBatch : Field name not found : %1")
                      .arg(byId ? QStringLiteral("Id") : job->externalIdFieldName);
    }
    if (failure.isEmpty() && !ensureStore(&problem)) {
        failure = QStringLiteral("InternalServerError : ") + problem;
    }
    if (!failure.isEmpty()) {
        finish(QStringLiteral("Failed"), failure, okHeader, badHeader, unprocessedFrom(0));
        return;
    }

    SfWriter writer(*m_store, schema, m_ids, m_faults, m_userId);
    const SfSchema::Field *keyField = byId ? nullptr : object->field(job->externalIdFieldName);
    const SfFaults::Config faults = m_faults.config();
    QList<QByteArray> okRows;
    QList<QByteArray> badRows;
    okRows.reserve(table.rows.size());
    QStringList header = table.header;
    if (byId && keyColumn >= 0) {
        header[keyColumn] = QString(); // the locator, not a field to write
    }
    const int chunk = std::max(1, faults.bulkChunkRows);
    int next = 0;
    qint64 failedCount = 0;
    bool aborted = false;
    while (next < table.rows.size()) {
        if (job->abortRequested) {
            aborted = true;
            break;
        }
        const int end = std::min<int>(static_cast<int>(table.rows.size()), next + chunk);
        QList<SfWriter::Record> records;
        records.reserve(end - next);
        for (int i = next; i < end; ++i) {
            records.append(SfWriter::fromCsv(header, table.rows.at(i).values));
        }
        m_store->begin(QStringLiteral("bulk"));
        QList<SfWriter::Result> results;
        if (job->operation == QLatin1String("upsert")) {
            results = writer.upsert(*object, *keyField, records);
        } else if (job->operation == QLatin1String("insert")) {
            results = writer.create(*object, records);
        } else {
            for (int i = next; i < end; ++i) {
                const QString id = table.rows.at(i).values.value(keyColumn);
                results.append(job->operation == QLatin1String("update")
                                   ? writer.update(*object, id, records.at(i - next))
                                   : writer.remove(id));
            }
        }
        m_store->commit(QStringLiteral("bulk"));
        for (int i = next; i < end; ++i) {
            const SfWriter::Result &r = results.at(i - next);
            const QByteArray &raw = table.rows.at(i).raw;
            if (r.success) {
                okRows.append(quoteAlways(r.id) + sep +
                              quoteAlways(r.created ? QStringLiteral("true") : QStringLiteral("false")) +
                              sep + raw + eol);
            } else {
                ++failedCount;
                badRows.append(quoteAlways(r.id) + sep + quoteAlways(errorText(r.errors.value(0))) + sep +
                               raw + eol);
            }
        }
        next = end;
        QMutexLocker lock(&job->mutex);
        job->processed = next;
        job->failed = failedCount;
    }
    auto assemble = [&](const QByteArray &head, const QList<QByteArray> &rows) {
        QByteArray out = head;
        qsizetype size = head.size();
        for (const QByteArray &r : rows) {
            size += r.size();
        }
        out.reserve(size);
        if (faults.shuffleBulkResults) {
            // Salesforce does not keep the upload order: clients must match rows by key.
            const QList<int> order = m_faults.shuffled(static_cast<int>(rows.size()));
            for (int i : order) {
                out += rows.at(i);
            }
        } else {
            for (const QByteArray &r : rows) {
                out += r;
            }
        }
        return out;
    };
    const QByteArray unprocessed = aborted ? unprocessedFrom(next) : table.rawHeader + eol;
    qCInfo(lcSandbox).noquote() << "bulk job" << job->id << job->operation << job->object << "processed"
                                << next << "rows," << failedCount << "failed, in" << clock.elapsed() << "ms";
    finish(aborted ? QStringLiteral("Aborted") : QStringLiteral("JobComplete"), QString(),
           assemble(okHeader, okRows), assemble(badHeader, badRows), unprocessed);
}
