#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// CSV as Bulk API 2.0 reads and writes it (RFC 4180): a header of API names (relationship
// columns as Rel__r.Ext__c), values quoted when they hold the delimiter, a quote or a line
// break, quotes doubled. An empty value leaves a field unchanged; "#N/A" sets it to null.
class BulkCsv
{
public:
    struct Row
    {
        QStringList values;
        QByteArray raw; // the row's text as it was in the file, without the line break
    };
    struct Table
    {
        QStringList header;
        QByteArray rawHeader;
        QList<Row> rows;
    };

    static constexpr const char *NullValue = "#N/A";

    // The delimiter byte for a job's columnDelimiter (COMMA, TAB, PIPE, SEMICOLON, CARET,
    // BACKQUOTE); 0 for an unknown name.
    static char delimiterFor(const QString &columnDelimiter);

    // Columns for records given as REST JSON: the union of their keys in first-seen order,
    // nested lookups {"X__r": {"Ext__c": v}} flattened to "X__r.Ext__c", "attributes" skipped.
    static QStringList columnsFor(const QList<QJsonObject> &records);
    // One CSV value: absent -> "" (unchanged), null or "" -> #N/A, booleans true/false,
    // numbers in plain decimal notation, nested lookups by the key after the dot.
    static QString valueFor(const QJsonObject &record, const QString &column, bool *present = nullptr);
    static QByteArray quote(const QString &value, char delimiter = ',');
    static QByteArray write(const QList<QJsonObject> &records, const QStringList &columns,
                            char delimiter = ',', bool crlf = false);

    // Parses a whole file. Fails (false, *error) on an unterminated quote, text after a
    // closing quote, or a row whose column count differs from the header.
    static bool parse(const QByteArray &data, Table *table, QString *error, char delimiter = ',');
    // The same, row by row without keeping the rows: `header` is filled before the first call
    // of `onRow`. For result files of a hundred thousand rows.
    using RowHandler = std::function<void(const QStringList &values, QByteArrayView raw)>;
    static bool parse(const QByteArray &data, QStringList *header, const RowHandler &onRow, QString *error,
                      char delimiter = ',', QByteArray *rawHeader = nullptr);
    // Parses one line's values (no line breaks outside quotes are expected).
    static QStringList parseLine(const QByteArray &line, char delimiter = ',');
};
