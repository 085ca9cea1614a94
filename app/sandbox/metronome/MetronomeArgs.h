#pragma once

#include "common/SandboxExchange.h"
#include "metronome/MetronomeDays.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// The parameters of one Metronome call, read either from the query string or from the
// JSON body (the API uses both, per endpoint). Type errors are remembered, so a handler
// reads everything and then answers 400 with the first problem.
class MetronomeArgs
{
public:
    static MetronomeArgs fromQuery(const SandboxRequest &request);
    // An empty body reads as {}; anything but a JSON object is an error.
    static MetronomeArgs fromBody(const SandboxRequest &request);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);

    bool has(const QString &key) const;
    QString string(const QString &key);
    QString requiredString(const QString &key);
    QStringList list(const QString &key);
    bool boolean(const QString &key, bool fallback);
    std::optional<int> integer(const QString &key);
    // An RFC 3339 timestamp; absent gives nullopt, a malformed one is an error.
    std::optional<MetronomeDays::Instant> timestamp(const QString &key);
    QJsonValue raw(const QString &key) const;
    bool isNull(const QString &key) const;

private:
    bool m_fromQuery = false;
    SandboxRequest m_request;
    QJsonObject m_body;
    QString m_error;
};
