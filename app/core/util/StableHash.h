#pragma once

#include <QByteArray>
#include <QStringView>

class QJsonValue;
class QVariant;

// A 63-bit hash of a canonical byte form, stable across runs, builds and platforms (it is
// stored in the workspace database to tell changed rows from unchanged ones). Values are
// appended with a type tag and a length, so ("ab","c") and ("a","bc") hash differently.
// MurmurHash64A over the collected bytes: fast, well mixed, and not needed to be secret.
class StableHash
{
public:
    StableHash() { m_bytes.reserve(512); }

    void clear() { m_bytes.resize(0); }
    void addTag(char tag) { m_bytes.append(tag); }
    void addString(QStringView text);
    void addInt(qint64 value);
    void addDouble(double value);
    void addBytes(QByteArrayView bytes);
    // JSON in canonical form (object keys in order).
    void addJson(const QJsonValue &value);
    // Row values as the Metronome reader produces them; maps and hashes with sorted keys.
    void addVariant(const QVariant &value);

    // Never 0 (0 means "no hash" in the stores); fits SQLite's signed INTEGER.
    quint64 result() const;
    static quint64 of(QByteArrayView bytes);

private:
    void addRaw(const void *data, qsizetype size);

    QByteArray m_bytes;
};
