#include "salesforce/SfBulkApi.h"

#include "salesforce/BulkCsv.h"
#include "salesforce/SfBulkJob.h"
#include "salesforce/SfBulkWorker.h"
#include "salesforce/SfFaults.h"
#include "salesforce/SfIdAllocator.h"
#include "salesforce/SfSchema.h"
#include "salesforce/SfWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

SfBulkApi::SfBulkApi(const QString &databasePath, SfIdAllocator &ids, SfFaults &faults, const QString &userId,
                     SchemaSource schema, QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_userId(userId)
    , m_schema(std::move(schema))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("salesforce-bulk"));
    m_worker = new SfBulkWorker(databasePath, ids, faults, userId);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SfBulkApi::~SfBulkApi()
{
    for (const auto &job : std::as_const(m_jobs)) {
        job->abortRequested = true; // let a running job stop at its next chunk
    }
    m_thread->quit();
    m_thread->wait();
}

SandboxResponse SfBulkApi::error(int status, const QString &code, const QString &message)
{
    return SandboxResponse::json(
        status, QJsonDocument(QJsonArray{
                    QJsonObject{{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message}}}));
}

QJsonObject SfBulkApi::jobsJson() const
{
    QJsonArray list;
    for (const QString &id : m_order) {
        list.append(m_jobs.value(id)->info());
    }
    return QJsonObject{{QStringLiteral("done"), true},
                       {QStringLiteral("records"), list},
                       {QStringLiteral("nextRecordsUrl"), QJsonValue(QJsonValue::Null)}};
}

SandboxResponse SfBulkApi::create(const SandboxRequest &request, const QString &apiVersion)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        return error(400, QStringLiteral("JSON_PARSER_ERROR"), parseError.errorString());
    }
    const QJsonObject body = doc.object();
    auto job = std::make_shared<SfBulkJob>();
    job->object = body.value(QStringLiteral("object")).toString();
    job->operation = body.value(QStringLiteral("operation")).toString();
    job->externalIdFieldName = body.value(QStringLiteral("externalIdFieldName")).toString();
    job->lineEnding = body.value(QStringLiteral("lineEnding")).toString(QStringLiteral("LF"));
    job->columnDelimiter = body.value(QStringLiteral("columnDelimiter")).toString(QStringLiteral("COMMA"));
    const QString contentType = body.value(QStringLiteral("contentType")).toString(QStringLiteral("CSV"));
    const std::shared_ptr<const SfSchema> schema = m_schema();
    const SfSchema::Object *object = schema->object(job->object);
    static const QStringList operations = {QStringLiteral("insert"), QStringLiteral("upsert"),
                                           QStringLiteral("update"), QStringLiteral("delete"),
                                           QStringLiteral("hardDelete")};
    if (!object) {
        return error(400, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("sObject type '%1' is not supported.").arg(job->object));
    }
    if (!operations.contains(job->operation)) {
        return error(400, QStringLiteral("INVALIDJOB"),
                     QStringLiteral("InvalidJob : Invalid operation: %1").arg(job->operation));
    }
    if (job->operation == QLatin1String("upsert")) {
        const SfSchema::Field *key = object->field(job->externalIdFieldName);
        if (!key || !key->externalId) {
            return error(
                400, QStringLiteral("INVALIDJOB"),
                QStringLiteral("InvalidJob : Field name provided, %1 is not an External ID or indexed field "
                               "for %2")
                    .arg(job->externalIdFieldName, object->name));
        }
        job->externalIdFieldName = key->name;
    }
    if (contentType != QLatin1String("CSV")) {
        return error(400, QStringLiteral("INVALIDJOB"),
                     QStringLiteral("InvalidJob : contentType must be CSV"));
    }
    if (job->lineEnding != QLatin1String("LF") && job->lineEnding != QLatin1String("CRLF")) {
        return error(400, QStringLiteral("INVALIDJOB"), QStringLiteral("InvalidJob : invalid lineEnding"));
    }
    if (BulkCsv::delimiterFor(job->columnDelimiter) == 0) {
        return error(400, QStringLiteral("INVALIDJOB"),
                     QStringLiteral("InvalidJob : invalid columnDelimiter"));
    }
    job->object = object->name;
    job->id = SfIdAllocator::idFor(QStringLiteral("750"),
                                   ++m_nextJob + QDateTime::currentSecsSinceEpoch() % 100000 * 1000);
    job->apiVersion = apiVersion;
    job->createdById = m_userId;
    job->createdDate = SfWriter::timestamp();
    job->systemModstamp = job->createdDate;
    m_jobs.insert(job->id, job);
    m_order.append(job->id);
    return SandboxResponse::json(200, QJsonDocument(job->info()));
}

SandboxResponse SfBulkApi::handle(const SandboxRequest &request, const QString &sub,
                                  const QString &apiVersion)
{
    const QStringList parts = sub.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (request.method == "POST") {
            return create(request, apiVersion);
        }
        if (request.method == "GET") {
            return SandboxResponse::json(200, QJsonDocument(jobsJson()));
        }
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("HTTP Method not allowed."));
    }
    const std::shared_ptr<SfBulkJob> job = m_jobs.value(parts.first());
    if (!job) {
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
    }
    if (parts.size() == 1) {
        if (request.method == "GET") {
            return SandboxResponse::json(200, QJsonDocument(job->info()));
        }
        if (request.method == "DELETE") {
            QMutexLocker lock(&job->mutex);
            if (job->state == QLatin1String("Open") || job->state == QLatin1String("InProgress")) {
                return error(400, QStringLiteral("INVALIDJOBSTATE"),
                             QStringLiteral("Deleting a job in state %1 is not allowed.").arg(job->state));
            }
            lock.unlock();
            m_jobs.remove(job->id);
            m_order.removeAll(job->id);
            return SandboxResponse::empty(204);
        }
        if (request.method != "PATCH") {
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                         QStringLiteral("HTTP Method not allowed."));
        }
        const QString wanted =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("state")).toString();
        QMutexLocker lock(&job->mutex);
        if (wanted == QLatin1String("UploadComplete")) {
            if (job->state != QLatin1String("Open")) {
                return error(400, QStringLiteral("INVALIDJOBSTATE"),
                             QStringLiteral("Job is in state %1; it cannot be closed.").arg(job->state));
            }
            job->state = job->uploaded ? QStringLiteral("UploadComplete") : QStringLiteral("Failed");
            if (!job->uploaded) {
                job->errorMessage = QStringLiteral("InvalidBatch : No data was uploaded");
            }
            job->systemModstamp = SfWriter::timestamp();
            lock.unlock();
            if (job->uploaded) {
                const SfFaults::Config faults = m_faults.config();
                {
                    QMutexLocker count(&job->mutex);
                    m_batches += std::max<qint64>(1, (job->data.count('\n') + 9999) / 10000);
                }
                const std::shared_ptr<const SfSchema> schema = m_schema();
                // Queued for a while, as Salesforce does, so clients really poll.
                QTimer::singleShot(faults.bulkDelayMs, this, [this, job, schema]() {
                    SfBulkWorker *worker = m_worker;
                    QMetaObject::invokeMethod(
                        worker, [worker, job, schema]() { worker->process(job, schema); },
                        Qt::QueuedConnection);
                });
            }
            return SandboxResponse::json(200, QJsonDocument(job->info()));
        }
        if (wanted == QLatin1String("Aborted")) {
            if (job->isTerminal()) {
                return error(400, QStringLiteral("INVALIDJOBSTATE"),
                             QStringLiteral("Job is already in state %1.").arg(job->state));
            }
            job->abortRequested = true;
            if (job->state != QLatin1String("InProgress")) {
                job->state = QStringLiteral("Aborted");
                job->unprocessedRecords = job->data;
                job->data.clear();
            }
            job->systemModstamp = SfWriter::timestamp();
            lock.unlock();
            QJsonObject info = job->info();
            info.insert(QStringLiteral("state"), QStringLiteral("Aborted"));
            return SandboxResponse::json(200, QJsonDocument(info));
        }
        return error(400, QStringLiteral("INVALIDJOBSTATE"), QStringLiteral("Unknown state: %1").arg(wanted));
    }
    const QString what = parts.at(1);
    if (what == QLatin1String("batches")) {
        if (request.method != "PUT") {
            return error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                         QStringLiteral("HTTP Method not allowed."));
        }
        QMutexLocker lock(&job->mutex);
        if (job->state != QLatin1String("Open") || job->uploaded) {
            return error(400, QStringLiteral("INVALIDJOBSTATE"),
                         QStringLiteral("Data can only be uploaded once, to a job in state Open."));
        }
        if (request.body.size() > 150LL * 1000 * 1000) {
            return error(400, QStringLiteral("INVALIDBATCH"),
                         QStringLiteral("The upload is larger than 150 MB."));
        }
        job->data = request.body;
        job->uploaded = true;
        return SandboxResponse::empty(201);
    }
    if (request.method != "GET") {
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("HTTP Method not allowed."));
    }
    QMutexLocker lock(&job->mutex);
    if (!job->isTerminal()) {
        return error(
            400, QStringLiteral("INVALIDJOBSTATE"),
            QStringLiteral("Results are available once the job is complete; it is %1.").arg(job->state));
    }
    QByteArray body;
    if (what == QLatin1String("successfulResults")) {
        body = job->successfulResults;
    } else if (what == QLatin1String("failedResults")) {
        body = job->failedResults;
    } else if (what == QLatin1String("unprocessedrecords")) {
        body = job->unprocessedRecords;
    } else {
        return error(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
    }
    return SandboxResponse::raw(200, body, QByteArrayLiteral("text/csv"));
}
