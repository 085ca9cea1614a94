#include "sync/FailureExport.h"

#include "sync/RowErrorStore.h"
#include "util/CsvWriter.h"

#include <QSaveFile>

using namespace Sync;

QStringList FailureExport::header()
{
    return {QStringLiteral("run_id"),     QStringLiteral("object"),      QStringLiteral("external_id"),
            QStringLiteral("outcome"),    QStringLiteral("status_code"), QStringLiteral("message"),
            QStringLiteral("fields"),     QStringLiteral("record_id"),   QStringLiteral("parent_object"),
            QStringLiteral("parent_key"), QStringLiteral("customer_id")};
}

qint64 FailureExport::write(const WorkspaceDatabase &database, qint64 runId, const QString &object, int limit,
                            QIODevice *out, QString *error)
{
    RowErrorStore store(database);
    if (out->write(CsvWriter::byteOrderMark() + CsvWriter::line(header())) < 0) {
        if (error) {
            *error = out->errorString();
        }
        return -1;
    }
    qint64 written = 0;
    RowErrorStore::Query query;
    query.runId = runId;
    query.object = object;
    query.limit = 2000;
    for (;;) {
        if (limit > 0) {
            query.limit = static_cast<int>(std::min<qint64>(2000, limit - written));
            if (query.limit <= 0) {
                break;
            }
        }
        const QList<RowError> page = store.list(query);
        for (const RowError &e : page) {
            const QByteArray bytes = CsvWriter::line(
                {QString::number(e.runId), e.object, e.externalId,
                 e.kind == RowError::Kind::Skipped ? QStringLiteral("skipped") : QStringLiteral("failed"),
                 e.statusCode, e.message, e.fields.join(QLatin1Char(';')), e.recordId, e.parentObject,
                 e.parentKey, e.customerId});
            if (out->write(bytes) < 0) {
                if (error) {
                    *error = out->errorString();
                }
                return -1;
            }
            ++written;
        }
        if (page.size() < query.limit) {
            break;
        }
        query.offset += static_cast<int>(page.size());
    }
    return written;
}

qint64 FailureExport::writeFile(const WorkspaceDatabase &database, qint64 runId, const QString &object,
                                int limit, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return -1;
    }
    const qint64 rows = write(database, runId, object, limit, &file, error);
    if (rows < 0) {
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return -1;
    }
    return rows;
}
