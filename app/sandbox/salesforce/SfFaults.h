#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QStringList>

// The Salesforce-specific faults and knobs of the sandbox (the common FaultConfig adds
// latency, 5xx, 429, malformed and hanging answers). Shared by the HTTP thread and the Bulk
// worker, so every method locks.
class SfFaults
{
public:
    struct Config
    {
        QStringList lockKeys;          // external IDs (or record Ids) whose writes lose the row lock...
        int lockAttempts = 1;          // ...on their first N attempts
        double lockRate = 0.0;         // plus this fraction of any row write, at random
        int concurrencyLimitCount = 0; // the next N API calls answer 403 ConcurrentPerOrgLongTxn
        bool shuffleBulkResults = false;
        int bulkDelayMs = 300;    // queued time before a closed Bulk job starts processing
        int bulkChunkRows = 2000; // rows per transaction while processing
        int queryPageSize = 2000; // SOQL page size (the real maximum is 2,000)
        quint64 seed = 7;

        QJsonObject toJson() const;
        void merge(const QJsonObject &json);
    };

    Config config() const;
    void setConfig(const Config &config);
    void merge(const QJsonObject &json);

    // True when this write attempt of `key` must fail with UNABLE_TO_LOCK_ROW.
    bool shouldLock(const QString &key);
    // True (and counts down) when this call must answer the concurrency limit.
    bool takeConcurrencyFault();
    QList<int> shuffled(int count);
    // UNABLE_TO_LOCK_ROW answers given since start (for fault-storm figures).
    quint64 locksInjected() const;

private:
    mutable QMutex m_mutex;
    Config m_config;
    QHash<QString, int> m_lockAttempts;
    quint64 m_locksInjected = 0;
    QRandomGenerator m_random{7};
};
