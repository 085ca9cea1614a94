#pragma once

#include <QObject>
#include <QString>

#include <memory>

class SfFaults;
class SfIdAllocator;
class SfSchema;
class SfStore;
class SfWriter;
struct SfBulkJob;

// Processes Bulk API 2.0 jobs on its own thread with its own SQLite connection, in
// transactions of a few thousand rows, so the HTTP thread keeps answering (polls, other
// calls) while a 200,000-row job runs. Results are built as Salesforce does: successful
// ("sf__Id","sf__Created",<row>), failed ("sf__Id","sf__Error",<row>) and unprocessed rows,
// each echoing the uploaded row text verbatim, optionally in shuffled order.
class SfBulkWorker : public QObject
{
    Q_OBJECT

public:
    SfBulkWorker(const QString &databasePath, SfIdAllocator &ids, SfFaults &faults, const QString &userId);
    ~SfBulkWorker() override;

    // Runs on the worker thread (call through a queued invocation).
    void process(const std::shared_ptr<SfBulkJob> &job, const std::shared_ptr<const SfSchema> &schema);

private:
    bool ensureStore(QString *error);

    QString m_path;
    SfIdAllocator &m_ids;
    SfFaults &m_faults;
    QString m_userId;
    std::unique_ptr<SfStore> m_store;
};
