#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

// Writes a run's failures as CSV (exactly FailureExport: all of them, or up to `limit` of one
// object) on a pool thread with its own database connection, so a 100,000-row export never
// freezes the window. Reports progress a few times a second; cancel() stops it and leaves
// no partial file behind.
class FailureCsvExporter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error;
    };

    explicit FailureCsvExporter(QObject *parent = nullptr);
    ~FailureCsvExporter() override;

    // object empty: every object; limit <= 0: no limit. False if an export is running.
    bool start(const QString &databasePath, qint64 runId, const QString &object, int limit,
               const QString &path);
    void cancel();
    bool isRunning() const;
    const QString &path() const { return m_path; }
    // Blocks until the current export ended (tests and shutdown).
    void waitForFinished();

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(const FailureCsvExporter::Result &result);

private:
    struct Shared
    {
        std::atomic<qint64> written{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };

    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result> *m_watcher = nullptr;
    QTimer *m_progressTimer = nullptr;
    QString m_path;
};
