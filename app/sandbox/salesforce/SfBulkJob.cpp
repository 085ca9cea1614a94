#include "salesforce/SfBulkJob.h"

bool SfBulkJob::isTerminal() const
{
    return state == QLatin1String("JobComplete") || state == QLatin1String("Failed") ||
           state == QLatin1String("Aborted");
}

QJsonObject SfBulkJob::info() const
{
    QMutexLocker lock(&mutex);
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("operation"), operation},
                  {QStringLiteral("object"), object},
                  {QStringLiteral("createdById"), createdById},
                  {QStringLiteral("createdDate"), createdDate},
                  {QStringLiteral("systemModstamp"), systemModstamp},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("concurrencyMode"), QStringLiteral("Parallel")},
                  {QStringLiteral("contentType"), QStringLiteral("CSV")},
                  {QStringLiteral("apiVersion"), apiVersion.toDouble()},
                  {QStringLiteral("jobType"), QStringLiteral("V2Ingest")},
                  {QStringLiteral("contentUrl"),
                   QStringLiteral("services/data/v%1/jobs/ingest/%2/batches").arg(apiVersion, id)},
                  {QStringLiteral("lineEnding"), lineEnding},
                  {QStringLiteral("columnDelimiter"), columnDelimiter},
                  {QStringLiteral("numberRecordsProcessed"), processed},
                  {QStringLiteral("numberRecordsFailed"), failed},
                  {QStringLiteral("retries"), 0},
                  {QStringLiteral("totalProcessingTime"), processingMs},
                  {QStringLiteral("apiActiveProcessingTime"), processingMs},
                  {QStringLiteral("apexProcessingTime"), 0},
                  {QStringLiteral("errorMessage"),
                   errorMessage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorMessage)}};
    if (!externalIdFieldName.isEmpty()) {
        o.insert(QStringLiteral("externalIdFieldName"), externalIdFieldName);
    }
    return o;
}
