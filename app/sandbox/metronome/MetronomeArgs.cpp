#include "metronome/MetronomeArgs.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

MetronomeArgs MetronomeArgs::fromQuery(const SandboxRequest &request)
{
    MetronomeArgs args;
    args.m_fromQuery = true;
    args.m_request = request;
    return args;
}

MetronomeArgs MetronomeArgs::fromBody(const SandboxRequest &request)
{
    MetronomeArgs args;
    args.m_request = request;
    if (request.body.trimmed().isEmpty()) {
        return args;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        args.fail(u"The request body must be a JSON object"_s);
        return args;
    }
    args.m_body = document.object();
    return args;
}

void MetronomeArgs::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
    }
}

bool MetronomeArgs::has(const QString &key) const
{
    if (m_fromQuery) {
        return m_request.query.hasQueryItem(key);
    }
    return m_body.contains(key) && !m_body.value(key).isNull();
}

bool MetronomeArgs::isNull(const QString &key) const
{
    return !m_fromQuery && m_body.contains(key) && m_body.value(key).isNull();
}

QJsonValue MetronomeArgs::raw(const QString &key) const
{
    if (m_fromQuery) {
        return has(key) ? QJsonValue(m_request.queryValue(key)) : QJsonValue(QJsonValue::Undefined);
    }
    return m_body.value(key);
}

QString MetronomeArgs::string(const QString &key)
{
    if (!has(key)) {
        return {};
    }
    if (m_fromQuery) {
        return m_request.queryValue(key);
    }
    const QJsonValue value = m_body.value(key);
    if (!value.isString()) {
        fail(u"%1 must be a string"_s.arg(key));
        return {};
    }
    return value.toString();
}

QString MetronomeArgs::requiredString(const QString &key)
{
    const QString value = string(key);
    if (value.isEmpty() && ok()) {
        fail(u"%1 is required"_s.arg(key));
    }
    return value;
}

QStringList MetronomeArgs::list(const QString &key)
{
    if (!has(key)) {
        return {};
    }
    if (m_fromQuery) {
        return m_request.queryList(key);
    }
    const QJsonValue value = m_body.value(key);
    if (!value.isArray()) {
        fail(u"%1 must be an array of strings"_s.arg(key));
        return {};
    }
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(u"%1 must be an array of strings"_s.arg(key));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

bool MetronomeArgs::boolean(const QString &key, bool fallback)
{
    if (!has(key)) {
        return fallback;
    }
    if (m_fromQuery) {
        const QString value = m_request.queryValue(key).toLower();
        if (value == QLatin1String("true")) {
            return true;
        }
        if (value == QLatin1String("false")) {
            return false;
        }
        fail(u"%1 must be true or false"_s.arg(key));
        return fallback;
    }
    const QJsonValue value = m_body.value(key);
    if (!value.isBool()) {
        fail(u"%1 must be a boolean"_s.arg(key));
        return fallback;
    }
    return value.toBool();
}

std::optional<int> MetronomeArgs::integer(const QString &key)
{
    if (!has(key)) {
        return std::nullopt;
    }
    if (m_fromQuery) {
        bool ok = false;
        const int value = m_request.queryValue(key).toInt(&ok);
        if (!ok) {
            fail(u"%1 must be an integer"_s.arg(key));
            return std::nullopt;
        }
        return value;
    }
    const QJsonValue value = m_body.value(key);
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number))) {
        fail(u"%1 must be an integer"_s.arg(key));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<MetronomeDays::Instant> MetronomeArgs::timestamp(const QString &key)
{
    const QString text = string(key);
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const auto instant = MetronomeDays::parse(text);
    if (!instant) {
        fail(u"%1 must be an RFC 3339 timestamp"_s.arg(key));
    }
    return instant;
}
