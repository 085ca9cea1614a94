#include "metronome/MetronomeJsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

MetronomeJsonReader::MetronomeJsonReader(const QJsonValue &value, const QString &path)
    : m_path(path)
{
    if (!value.isObject()) {
        m_error = tr("%1: expected an object, got %2").arg(path, typeName(value));
        return;
    }
    m_object = value.toObject();
}

QString MetronomeJsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QDateTime MetronomeJsonReader::parseTimestamp(const QString &text)
{
    // RFC 3339 with or without milliseconds, "Z" or an offset; always handed on in UTC.
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        return {};
    }
    return parsed.toUTC();
}

void MetronomeJsonReader::fail(const QString &key, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = key.isEmpty() ? u"%1: %2"_s.arg(m_path, message) : u"%1.%2: %3"_s.arg(m_path, key, message);
    }
}

void MetronomeJsonReader::wrongType(const char *key, const char *expected, const QJsonValue &got)
{
    fail(QLatin1String(key), tr("expected %1, got %2").arg(tr(expected), typeName(got)));
}

QJsonValue MetronomeJsonReader::value(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

bool MetronomeJsonReader::has(const char *key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

QString MetronomeJsonReader::string(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isString()) {
        wrongType(key, QT_TR_NOOP("a string"), v);
        return {};
    }
    return v.toString();
}

QString MetronomeJsonReader::requiredString(const char *key)
{
    if (!has(key)) {
        fail(QLatin1String(key), tr("missing"));
        return {};
    }
    return string(key);
}

bool MetronomeJsonReader::boolean(const char *key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isBool()) {
        wrongType(key, QT_TR_NOOP("a boolean"), v);
        return fallback;
    }
    return v.toBool();
}

std::optional<double> MetronomeJsonReader::number(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    if (!v.isDouble()) {
        wrongType(key, QT_TR_NOOP("a number"), v);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> MetronomeJsonReader::integer(const char *key)
{
    const std::optional<double> n = number(key);
    if (!n) {
        return std::nullopt;
    }
    if (*n != static_cast<double>(static_cast<int>(*n))) {
        fail(QLatin1String(key), tr("expected a whole number"));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<Decimal> MetronomeJsonReader::decimal(const char *key)
{
    const std::optional<double> n = number(key);
    if (!n) {
        return std::nullopt;
    }
    const std::optional<Decimal> d = Decimal::fromDouble(*n);
    if (!d) {
        fail(QLatin1String(key), tr("not a finite number"));
    }
    return d;
}

Decimal MetronomeJsonReader::requiredDecimal(const char *key)
{
    if (!has(key)) {
        fail(QLatin1String(key), tr("missing"));
        return {};
    }
    return decimal(key).value_or(Decimal());
}

std::optional<Decimal> MetronomeJsonReader::decimalString(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isDouble()) {
        return decimal(key); // tolerate a number where the SDK documents a string
    }
    const QString text = string(key);
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<Decimal> d = Decimal::fromString(text);
    if (!d) {
        fail(QLatin1String(key), tr("expected a decimal number, got \"%1\"").arg(text.left(40)));
    }
    return d;
}

QDateTime MetronomeJsonReader::timestamp(const char *key)
{
    const QString text = string(key);
    if (text.isEmpty()) {
        return {};
    }
    const QDateTime parsed = parseTimestamp(text);
    if (!parsed.isValid()) {
        fail(QLatin1String(key), tr("expected an RFC 3339 timestamp, got \"%1\"").arg(text.left(40)));
    }
    return parsed;
}

QDateTime MetronomeJsonReader::requiredTimestamp(const char *key)
{
    if (!has(key)) {
        fail(QLatin1String(key), tr("missing"));
        return {};
    }
    const QDateTime parsed = timestamp(key);
    if (!parsed.isValid() && ok()) {
        // An empty string: present, but no time at all.
        fail(QLatin1String(key), tr("expected an RFC 3339 timestamp, got \"%1\"").arg(string(key)));
    }
    return parsed;
}

QJsonArray MetronomeJsonReader::array(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isArray()) {
        wrongType(key, QT_TR_NOOP("an array"), v);
        return {};
    }
    return v.toArray();
}

QStringList MetronomeJsonReader::stringList(const char *key)
{
    QStringList out;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            wrongType(key, QT_TR_NOOP("an array of strings"), item);
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QMap<QString, QString> MetronomeJsonReader::stringMap(const char *key)
{
    QMap<QString, QString> out;
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return out;
    }
    if (!v.isObject()) {
        wrongType(key, QT_TR_NOOP("an object"), v);
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isNull()) {
            out.insert(it.key(), QString());
        } else if (it.value().isString()) {
            out.insert(it.key(), it.value().toString());
        } else {
            fail(QLatin1String(key) + QLatin1Char('.') + it.key(),
                 tr("expected a string, got %1").arg(typeName(it.value())));
            return {};
        }
    }
    return out;
}

MetronomeJsonReader MetronomeJsonReader::object(const char *key)
{
    const QJsonValue v = value(key);
    const QString childPath = m_path + QLatin1Char('.') + QLatin1String(key);
    if (v.isUndefined() || v.isNull()) {
        return MetronomeJsonReader(QJsonObject(), childPath);
    }
    return MetronomeJsonReader(v, childPath);
}

void MetronomeJsonReader::adopt(const MetronomeJsonReader &child)
{
    adopt(child.error());
}

void MetronomeJsonReader::adopt(const QString &error)
{
    if (m_error.isEmpty() && !error.isEmpty()) {
        m_error = error;
    }
}
