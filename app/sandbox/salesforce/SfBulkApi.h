#pragma once

#include "common/SandboxExchange.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QThread;
class SfBulkWorker;
class SfFaults;
class SfIdAllocator;
class SfSchema;
struct SfBulkJob;

// Bulk API 2.0 ingest endpoints of the sandbox (§8): create, upload (201), close, abort,
// delete, poll, list and the three result sets. Closed jobs wait the configured processing
// delay, then go to the worker thread (Open -> UploadComplete -> InProgress ->
// JobComplete/Failed, or Aborted). Jobs live in memory.
class SfBulkApi : public QObject
{
    Q_OBJECT

public:
    using SchemaSource = std::function<std::shared_ptr<const SfSchema>()>;

    SfBulkApi(const QString &databasePath, SfIdAllocator &ids, SfFaults &faults, const QString &userId,
              SchemaSource schema, QObject *parent = nullptr);
    ~SfBulkApi() override;

    // `sub` is the path after /jobs/ingest (empty, /{id}, /{id}/batches, /{id}/successfulResults, ...).
    SandboxResponse handle(const SandboxRequest &request, const QString &sub, const QString &apiVersion);
    QJsonObject jobsJson() const;
    qint64 batchesUsed() const { return m_batches; }

private:
    SandboxResponse create(const SandboxRequest &request, const QString &apiVersion);
    static SandboxResponse error(int status, const QString &code, const QString &message);

    SfFaults &m_faults;
    QString m_userId;
    SchemaSource m_schema;
    QThread *m_thread = nullptr;
    SfBulkWorker *m_worker = nullptr;
    QHash<QString, std::shared_ptr<SfBulkJob>> m_jobs;
    QList<QString> m_order;
    qint64 m_nextJob = 0;
    qint64 m_batches = 0;
};
