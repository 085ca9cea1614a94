#include "util/StableHash.h"

#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <algorithm>
#include <cstring>

namespace {

quint64 murmur64A(const uchar *data, qsizetype size)
{
    constexpr quint64 m = 0xc6a4a7935bd1e995ULL;
    constexpr int r = 47;
    constexpr quint64 seed = 0x4e6f6d6553796e63ULL; // "NomeSync"
    quint64 h = seed ^ (static_cast<quint64>(size) * m);
    const qsizetype blocks = size / 8;
    for (qsizetype i = 0; i < blocks; ++i) {
        quint64 k;
        std::memcpy(&k, data + i * 8, 8); // little-endian hosts only (x86-64, aarch64)
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    const uchar *tail = data + blocks * 8;
    switch (size & 7) {
    case 7:
        h ^= static_cast<quint64>(tail[6]) << 48;
        [[fallthrough]];
    case 6:
        h ^= static_cast<quint64>(tail[5]) << 40;
        [[fallthrough]];
    case 5:
        h ^= static_cast<quint64>(tail[4]) << 32;
        [[fallthrough]];
    case 4:
        h ^= static_cast<quint64>(tail[3]) << 24;
        [[fallthrough]];
    case 3:
        h ^= static_cast<quint64>(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= static_cast<quint64>(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= static_cast<quint64>(tail[0]);
        h *= m;
        break;
    default:
        break;
    }
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return h;
}

} // namespace

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "StableHash stores hashes computed on little-endian hosts");

void StableHash::addRaw(const void *data, qsizetype size)
{
    m_bytes.append(static_cast<const char *>(data), size);
}

void StableHash::addString(QStringView text)
{
    addTag('s');
    const qint64 length = text.size();
    addRaw(&length, sizeof length);
    addRaw(text.utf16(), text.size() * qsizetype(sizeof(char16_t)));
}

void StableHash::addInt(qint64 value)
{
    addTag('i');
    addRaw(&value, sizeof value);
}

void StableHash::addDouble(double value)
{
    addTag('d');
    if (value == 0.0) {
        value = 0.0; // -0.0 and 0.0 are the same figure
    }
    addRaw(&value, sizeof value);
}

void StableHash::addBytes(QByteArrayView bytes)
{
    addTag('b');
    const qint64 length = bytes.size();
    addRaw(&length, sizeof length);
    addRaw(bytes.data(), bytes.size());
}

quint64 StableHash::of(QByteArrayView bytes)
{
    const quint64 value =
        murmur64A(reinterpret_cast<const uchar *>(bytes.data()), bytes.size()) & 0x7fffffffffffffffULL;
    return value == 0 ? 1 : value;
}

quint64 StableHash::result() const
{
    return of(m_bytes);
}

void StableHash::addJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        addTag('n');
        break;
    case QJsonValue::Bool:
        addTag(value.toBool() ? 't' : 'f');
        break;
    case QJsonValue::Double:
        addDouble(value.toDouble());
        break;
    case QJsonValue::String:
        addString(value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        addTag('[');
        for (const QJsonValue &item : array) {
            addJson(item);
        }
        addTag(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        addTag('{');
        for (auto it = object.begin(); it != object.end(); ++it) { // QJsonObject keeps keys sorted
            addString(it.key());
            addJson(it.value());
        }
        addTag('}');
        break;
    }
    }
}

void StableHash::addVariant(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        addTag('n');
        return;
    }
    if (value.metaType() == QMetaType::fromType<Decimal>()) {
        addTag('D');
        addString(value.value<Decimal>().toString());
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        addString(value.toString());
        return;
    case QMetaType::Bool:
        addTag(value.toBool() ? 't' : 'f');
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        addInt(value.toLongLong());
        return;
    case QMetaType::ULongLong:
        addTag('u');
        addInt(static_cast<qint64>(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        addDouble(value.toDouble());
        return;
    case QMetaType::QDateTime:
        addTag('T');
        addString(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
        return;
    case QMetaType::QDate:
        addTag('A');
        addString(value.toDate().toString(Qt::ISODate));
        return;
    case QMetaType::QStringList: {
        const QStringList list = value.toStringList();
        addTag('[');
        for (const QString &item : list) {
            addString(item);
        }
        addTag(']');
        return;
    }
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        addTag('[');
        for (const QVariant &item : list) {
            addVariant(item);
        }
        addTag(']');
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap(); // sorted by key
        addTag('{');
        for (auto it = map.begin(); it != map.end(); ++it) {
            addString(it.key());
            addVariant(it.value());
        }
        addTag('}');
        return;
    }
    case QMetaType::QVariantHash: {
        const QVariantHash hash = value.toHash();
        QStringList keys = hash.keys();
        std::sort(keys.begin(), keys.end());
        addTag('{');
        for (const QString &key : std::as_const(keys)) {
            addString(key);
            addVariant(hash.value(key));
        }
        addTag('}');
        return;
    }
    case QMetaType::QJsonValue:
        addJson(value.toJsonValue());
        return;
    case QMetaType::QJsonObject:
        addJson(value.toJsonObject());
        return;
    case QMetaType::QJsonArray:
        addJson(value.toJsonArray());
        return;
    default:
        // Anything else is stored as JSON text by the cache; hash that form.
        addJson(QJsonValue::fromVariant(value));
        return;
    }
}
