#include "FailureCsvExporter.h"

#include "store/WorkspaceDatabase.h"
#include "sync/FailureExport.h"
#include "sync/RowErrorStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

namespace {

// Passes writes through to the file, counting rows (FailureExport writes the header, then
// one line per row) and failing the next write once the user cancelled.
class CountingDevice : public QIODevice
{
public:
    CountingDevice(QIODevice *target, std::atomic<qint64> *rows, std::atomic<bool> *cancelled)
        : m_target(target)
        , m_rows(rows)
        , m_cancelled(cancelled)
    {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_cancelled->load()) {
            setErrorString(QCoreApplication::translate("FailureCsvExporter", "Cancelled"));
            return -1;
        }
        const qint64 written = m_target->write(data, length);
        if (written < 0) {
            setErrorString(m_target->errorString());
            return -1;
        }
        if (m_headerWritten) {
            m_rows->fetch_add(1);
        }
        m_headerWritten = true;
        return written;
    }

private:
    QIODevice *m_target;
    std::atomic<qint64> *m_rows;
    std::atomic<bool> *m_cancelled;
    bool m_headerWritten = false;
};

} // namespace

FailureCsvExporter::FailureCsvExporter(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Result>(this))
    , m_progressTimer(new QTimer(this))
{
    qRegisterMetaType<FailureCsvExporter::Result>();
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this]() {
        if (m_shared) {
            emit progress(m_shared->written.load(), m_shared->total.load());
        }
    });
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, [this]() {
        m_progressTimer->stop();
        const Result result = m_watcher->result();
        if (m_shared) {
            emit progress(m_shared->written.load(), m_shared->total.load());
        }
        emit finished(result);
    });
}

FailureCsvExporter::~FailureCsvExporter()
{
    if (isRunning()) {
        cancel();
        m_watcher->waitForFinished();
    }
}

bool FailureCsvExporter::isRunning() const
{
    return m_watcher->isRunning();
}

void FailureCsvExporter::waitForFinished()
{
    m_watcher->waitForFinished();
}

void FailureCsvExporter::cancel()
{
    if (m_shared) {
        m_shared->cancelled = true;
    }
}

bool FailureCsvExporter::start(const QString &databasePath, qint64 runId, const QString &object, int limit,
                               const QString &path)
{
    if (isRunning()) {
        return false;
    }
    m_path = path;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    m_progressTimer->start();
    m_watcher->setFuture(QtConcurrent::run([shared, databasePath, runId, object, limit, path]() {
        Result result;
        {
            WorkspaceDatabase database(databasePath);
            const qint64 matching = RowErrorStore(database).count(runId, object);
            shared->total = limit > 0 ? std::min<qint64>(limit, matching) : matching;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = FailureExport::tr("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString());
            } else {
                CountingDevice device(&file, &shared->written, &shared->cancelled);
                device.open(QIODevice::WriteOnly);
                QString error;
                const qint64 rows = FailureExport::write(database, runId, object, limit, &device, &error);
                if (shared->cancelled.load()) {
                    file.cancelWriting();
                    result.cancelled = true;
                } else if (rows < 0) {
                    file.cancelWriting();
                    result.error = error;
                } else if (!file.commit()) {
                    result.error = FailureExport::tr("Cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString());
                } else {
                    result.ok = true;
                    result.rows = rows;
                }
            }
        }
        // This pool thread may serve anyone next; its SQLite connection closes now.
        WorkspaceDatabase::releaseThreadConnections();
        return result;
    }));
    return true;
}
