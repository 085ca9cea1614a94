#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// RFC 4180 CSV for files people open in spreadsheets (failure exports, link results):
// UTF-8, CRLF line ends, quotes where needed, and every cell a spreadsheet would run as a
// formula (starting with = + - @ tab or carriage return) neutralised with a leading quote.
class CsvWriter
{
public:
    static QString neutralise(const QString &cell);
    static QString quote(const QString &cell);
    // One line including its CRLF.
    static QByteArray line(const QStringList &cells);
    // The UTF-8 byte order mark, so spreadsheet apps detect the encoding.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};
