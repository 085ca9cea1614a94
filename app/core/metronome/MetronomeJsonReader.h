#pragma once

#include "util/Decimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

// Reads one JSON object of a Metronome response with the API's rules: unknown fields are
// ignored, a missing or null optional field gives its default, a present field of the wrong
// type is an error. The first error is kept with its path ("invoice.line_items[2].total:
// expected a number, got a string"), so a bad page can be reported precisely.
class MetronomeJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(MetronomeJsonReader)

public:
    MetronomeJsonReader(const QJsonValue &value, const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    void fail(const QString &key, const QString &message);

    bool has(const char *key) const;
    QString requiredString(const char *key);
    QString string(const char *key);
    bool boolean(const char *key, bool fallback = false);
    std::optional<double> number(const char *key);
    std::optional<int> integer(const char *key);
    // Amounts: JSON numbers read exactly as they were written (shortest round trip).
    Decimal requiredDecimal(const char *key);
    std::optional<Decimal> decimal(const char *key);
    // Decimals sent as strings, e.g. fiat_per_custom_credit.
    std::optional<Decimal> decimalString(const char *key);
    QDateTime requiredTimestamp(const char *key);
    QDateTime timestamp(const char *key); // invalid when absent or null
    QStringList stringList(const char *key);
    // A map of strings; null values are kept as null QStrings.
    QMap<QString, QString> stringMap(const char *key);
    QJsonArray array(const char *key);
    // A nested object (an empty one when absent); its errors become ours via adopt().
    MetronomeJsonReader object(const char *key);
    void adopt(const MetronomeJsonReader &child);
    void adopt(const QString &error);

    // Parses each element of an array with T::fromJson, stopping at the first error.
    template<typename T>
    QList<T> list(const char *key)
    {
        QList<T> out;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            QString itemError;
            std::optional<T> item = T::fromJson(items.at(i), &itemError,
                                                m_path + QLatin1Char('.') + QLatin1String(key) +
                                                    QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!item) {
                adopt(itemError);
                return {};
            }
            out.append(std::move(*item));
        }
        return out;
    }

    // The parsed value, or nullopt with *error set when anything failed.
    template<typename T>
    std::optional<T> result(T &&value, QString *error) const
    {
        if (!ok()) {
            if (error) {
                *error = m_error;
            }
            return std::nullopt;
        }
        return std::optional<T>(std::forward<T>(value));
    }

    // Parses a nested object with T::fromJson; nullopt (and no error) when it is absent.
    template<typename T>
    std::optional<T> nested(const char *key)
    {
        if (!has(key)) {
            return std::nullopt;
        }
        QString itemError;
        std::optional<T> item =
            T::fromJson(value(key), &itemError, m_path + QLatin1Char('.') + QLatin1String(key));
        if (!item) {
            adopt(itemError);
        }
        return item;
    }

    static QString typeName(const QJsonValue &value);
    static QDateTime parseTimestamp(const QString &text);

private:
    QJsonValue value(const char *key) const;
    void wrongType(const char *key, const char *expected, const QJsonValue &got);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
