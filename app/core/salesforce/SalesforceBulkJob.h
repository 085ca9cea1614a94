#pragma once

#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceRecordResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;
class SalesforceClient;
struct HttpResponse;

// One Bulk API 2.0 upsert as the sync sees it (§8): create the job, upload the CSV (with
// X__r.Ext__c relationship columns and #N/A for null), close it, poll with growing
// intervals, fetch successful, failed and unprocessed results and match every row back to
// the input by external ID (Salesforce does not keep the row order). Rows that failed with
// UNABLE_TO_LOCK_ROW go again in a follow-up job, with backoff, up to the client's lock
// policy. More than ~100 MB of CSV is split over several jobs. Rows can be appended in
// chunks before start(), each turned into its CSV line at once, so a caller streaming a
// million rows never holds them as JSON. Made by SalesforceClient, which owns it.
class SalesforceBulkJob : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultMaxBytesPerJob = 100 * 1000 * 1000;

    SalesforceBulkJob(SalesforceClient *client, const QString &object, const QString &extField,
                      const QList<QJsonObject> &records, QObject *parent = nullptr);
    // Without rows yet: append() them, then start().
    SalesforceBulkJob(SalesforceClient *client, const QString &object, const QString &extField,
                      QObject *parent = nullptr);
    ~SalesforceBulkJob() override;

    // Before start() only. A column first seen in a later chunk is added at the end; earlier
    // rows leave it empty (unchanged), as they would have by not naming it.
    void append(const QList<QJsonObject> &records);
    // CSV bytes of the rows appended so far (no header).
    qsizetype csvBytes() const { return m_lines.size(); }
    int rowCount() const { return static_cast<int>(m_lineEnds.size()); }

    void setMaxBytesPerJob(qsizetype bytes) { m_maxBytes = bytes; }
    void start();
    // Stops at once, locally; the current server job is left as it is.
    void cancel();
    // Asks Salesforce to abort the current job (PATCH state=Aborted), then finishes as cancelled.
    void abort();

    bool isFinished() const { return m_finished; }
    QStringList jobIds() const { return m_jobIds; }
    QString serverState() const { return m_state; }
    // Valid after finished(): a job-level problem, if any.
    SalesforceError error() const { return m_error; }
    // One per input record, in input order.
    QList<SalesforceRecordResult> results() const { return m_results; }
    int lockRetryRounds() const { return m_round; }

Q_SIGNALS:
    void jobCreated(const QString &jobId);
    void stateChanged(const QString &state);
    void progress(qint64 processed, qint64 failed, qint64 total);
    void finished();
    // A part's CSV reached Salesforce.
    void uploaded(qint64 bytes);

private:
    struct Part
    {
        QList<int> rows; // indexes into m_lineEnds
        qsizetype bytes = 0;
    };
    struct Width
    {
        int firstRow; // rows from here on were written with
        int columns;  // this many columns
    };
    void startRound();
    void runPart();
    void createJob();
    void upload();
    void closeJob();
    void poll();
    void schedulePoll();
    void fetchResults();
    void absorb(const QByteArray &csv, int kind);
    QByteArray header() const;
    // The CSV of the current part, built when it is uploaded and dropped once it is up.
    QByteArray partCsv() const;
    int missingColumns(int row) const;
    void partDone();
    void finishRound();
    void fail(const SalesforceError &error);
    // After a transient failure creating or uploading to a job: starts the part again in a
    // new job (true), within a small budget per part.
    bool restartPart(const SalesforceError &error);
    void finish();
    bool stale(quint64 token) const { return m_cancelled || token != m_token; }
    QString path(const QString &suffix = QString()) const;

    QPointer<SalesforceClient> m_client;
    QString m_object;
    QString m_extField;
    QStringList m_columns;
    QList<Width> m_widths;
    // Every row's CSV line, one after the other: a row costs its CSV bytes, not a JSON object,
    // while the job waits for Salesforce and resends rows that met a lock.
    QByteArray m_lines;
    QList<qsizetype> m_lineEnds;
    QList<SalesforceRecordResult> m_results;
    QList<bool> m_reported;
    QList<int> m_pending; // rows of the current round
    QList<Part> m_parts;
    int m_partIndex = 0;
    QString m_jobId;
    QStringList m_jobIds;
    QString m_state;
    QString m_jobErrorMessage;
    int m_pollDelayMs = 0;
    QTimer *m_timer = nullptr;
    int m_round = 0;
    int m_partRestarts = 0; // of the current part, see restartPart()
    int m_resultsPending = 0;
    qsizetype m_maxBytes = DefaultMaxBytesPerJob;
    quint64 m_token = 0; // bumped on cancel so late answers are ignored
    bool m_cancelled = false;
    bool m_finished = false;
    SalesforceError m_error;
};
