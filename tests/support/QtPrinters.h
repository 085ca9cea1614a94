#pragma once

// Readable GoogleTest failure messages for Qt types (found by argument-dependent lookup).
#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <ostream>

inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QByteArray &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}
inline void PrintTo(const QDateTime &value, std::ostream *os)
{
    *os << value.toString(Qt::ISODateWithMs).toStdString();
}
inline void PrintTo(const QJsonObject &value, std::ostream *os)
{
    *os << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}
inline void PrintTo(const QJsonValue &value, std::ostream *os)
{
    *os << QJsonDocument(QJsonObject{{QStringLiteral("v"), value}})
               .toJson(QJsonDocument::Compact)
               .toStdString();
}
inline void PrintTo(const QVariant &value, std::ostream *os)
{
    *os << value.toString().toStdString();
}
