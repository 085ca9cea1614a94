#include "salesforce/SfFaults.h"

#include <QJsonArray>

#include <algorithm>

QJsonObject SfFaults::Config::toJson() const
{
    return QJsonObject{{QStringLiteral("lock_keys"), QJsonArray::fromStringList(lockKeys)},
                       {QStringLiteral("lock_attempts"), lockAttempts},
                       {QStringLiteral("lock_rate"), lockRate},
                       {QStringLiteral("concurrency_limit_count"), concurrencyLimitCount},
                       {QStringLiteral("shuffle_bulk_results"), shuffleBulkResults},
                       {QStringLiteral("bulk_delay_ms"), bulkDelayMs},
                       {QStringLiteral("bulk_chunk_rows"), bulkChunkRows},
                       {QStringLiteral("query_page_size"), queryPageSize},
                       {QStringLiteral("seed"), QString::number(seed)}};
}

void SfFaults::Config::merge(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("lock_keys"))) {
        lockKeys.clear();
        const QJsonArray keys = json.value(QStringLiteral("lock_keys")).toArray();
        for (const QJsonValue &k : keys) {
            lockKeys.append(k.toString());
        }
    }
    auto number = [&json](const char *key, auto &target) {
        const QString k = QString::fromLatin1(key);
        if (json.contains(k)) {
            target = static_cast<std::decay_t<decltype(target)>>(json.value(k).toDouble());
        }
    };
    number("lock_attempts", lockAttempts);
    number("lock_rate", lockRate);
    number("concurrency_limit_count", concurrencyLimitCount);
    number("bulk_delay_ms", bulkDelayMs);
    number("bulk_chunk_rows", bulkChunkRows);
    number("query_page_size", queryPageSize);
    if (json.contains(QStringLiteral("shuffle_bulk_results"))) {
        shuffleBulkResults = json.value(QStringLiteral("shuffle_bulk_results")).toBool();
    }
    if (json.contains(QStringLiteral("seed"))) {
        const QJsonValue v = json.value(QStringLiteral("seed"));
        seed = v.isString() ? v.toString().toULongLong() : static_cast<quint64>(v.toDouble());
    }
    bulkChunkRows = std::max(1, bulkChunkRows);
    queryPageSize = std::clamp(queryPageSize, 1, 2000);
    bulkDelayMs = std::max(0, bulkDelayMs);
}

SfFaults::Config SfFaults::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void SfFaults::setConfig(const Config &config)
{
    QMutexLocker lock(&m_mutex);
    if (config.lockKeys != m_config.lockKeys || config.lockAttempts != m_config.lockAttempts) {
        m_lockAttempts.clear(); // a new rule starts counting afresh
    }
    if (config.seed != m_config.seed) {
        m_random.seed(static_cast<quint32>(config.seed));
    }
    m_config = config;
}

void SfFaults::merge(const QJsonObject &json)
{
    Config c = config();
    c.merge(json);
    setConfig(c);
}

bool SfFaults::shouldLock(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!key.isEmpty() && m_config.lockKeys.contains(key)) {
        int &seen = m_lockAttempts[key];
        if (seen < m_config.lockAttempts) {
            ++seen;
            ++m_locksInjected;
            return true;
        }
    }
    const bool locked = m_config.lockRate > 0 && m_random.generateDouble() < m_config.lockRate;
    m_locksInjected += locked ? 1 : 0;
    return locked;
}

quint64 SfFaults::locksInjected() const
{
    QMutexLocker lock(&m_mutex);
    return m_locksInjected;
}

bool SfFaults::takeConcurrencyFault()
{
    QMutexLocker lock(&m_mutex);
    if (m_config.concurrencyLimitCount > 0) {
        --m_config.concurrencyLimitCount;
        return true;
    }
    return false;
}

QList<int> SfFaults::shuffled(int count)
{
    QList<int> order(count);
    for (int i = 0; i < count; ++i) {
        order[i] = i;
    }
    QMutexLocker lock(&m_mutex);
    for (int i = count - 1; i > 0; --i) {
        std::swap(order[i], order[static_cast<int>(m_random.bounded(i + 1))]);
    }
    return order;
}
