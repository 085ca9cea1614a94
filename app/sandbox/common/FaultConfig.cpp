#include "common/FaultConfig.h"

#include <QJsonArray>

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        out.append(v.toString());
    }
    return out;
}
} // namespace

QJsonObject FaultConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("jitter_ms"), jitterMs},
        {QStringLiteral("spike_rate"), spikeRate},
        {QStringLiteral("spike_ms"), spikeMs},
        {QStringLiteral("server_error_rate"), serverErrorRate},
        {QStringLiteral("rate_limit_rate"), rateLimitRate},
        {QStringLiteral("retry_after_share"), retryAfterShare},
        {QStringLiteral("retry_after_seconds"), retryAfterSeconds},
        {QStringLiteral("malformed_paths"), QJsonArray::fromStringList(malformedPaths)},
        {QStringLiteral("hang_paths"), QJsonArray::fromStringList(hangPaths)},
        {QStringLiteral("hang_rate"), hangRate},
        {QStringLiteral("fail_path"), failPath},
        {QStringLiteral("fail_count"), failCount},
        {QStringLiteral("fail_status"), failStatus},
        {QStringLiteral("seed"), QString::number(seed)},
    };
}

void FaultConfig::merge(const QJsonObject &json)
{
    auto number = [&json](const char *key, auto &target) {
        const QString k = QString::fromLatin1(key);
        if (json.contains(k)) {
            target = static_cast<std::decay_t<decltype(target)>>(json.value(k).toDouble());
        }
    };
    number("latency_ms", latencyMs);
    number("jitter_ms", jitterMs);
    number("spike_rate", spikeRate);
    number("spike_ms", spikeMs);
    number("server_error_rate", serverErrorRate);
    number("rate_limit_rate", rateLimitRate);
    number("retry_after_share", retryAfterShare);
    number("retry_after_seconds", retryAfterSeconds);
    number("hang_rate", hangRate);
    number("fail_count", failCount);
    number("fail_status", failStatus);
    if (json.contains(QStringLiteral("malformed_paths"))) {
        malformedPaths = toStringList(json.value(QStringLiteral("malformed_paths")));
    }
    if (json.contains(QStringLiteral("hang_paths"))) {
        hangPaths = toStringList(json.value(QStringLiteral("hang_paths")));
    }
    if (json.contains(QStringLiteral("fail_path"))) {
        failPath = json.value(QStringLiteral("fail_path")).toString();
    }
    if (json.contains(QStringLiteral("seed"))) {
        const QJsonValue v = json.value(QStringLiteral("seed"));
        seed = v.isString() ? v.toString().toULongLong() : static_cast<quint64>(v.toDouble());
    }
}
