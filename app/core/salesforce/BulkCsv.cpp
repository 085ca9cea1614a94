#include "salesforce/BulkCsv.h"

#include "util/Decimal.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

#include <cstring>

char BulkCsv::delimiterFor(const QString &columnDelimiter)
{
    const QString d = columnDelimiter.toUpper();
    if (d.isEmpty() || d == QLatin1String("COMMA")) {
        return ',';
    }
    if (d == QLatin1String("TAB")) {
        return '\t';
    }
    if (d == QLatin1String("PIPE")) {
        return '|';
    }
    if (d == QLatin1String("SEMICOLON")) {
        return ';';
    }
    if (d == QLatin1String("CARET")) {
        return '^';
    }
    if (d == QLatin1String("BACKQUOTE")) {
        return '`';
    }
    return 0;
}

QStringList BulkCsv::columnsFor(const QList<QJsonObject> &records)
{
    QStringList columns;
    QSet<QString> seen;
    for (const QJsonObject &record : records) {
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            if (it.key() == QLatin1String("attributes")) {
                continue;
            }
            if (it.value().isObject()) {
                const QJsonObject nested = it.value().toObject();
                for (auto n = nested.constBegin(); n != nested.constEnd(); ++n) {
                    if (n.key() == QLatin1String("attributes")) {
                        continue;
                    }
                    const QString column = it.key() + QLatin1Char('.') + n.key();
                    if (!seen.contains(column)) {
                        seen.insert(column);
                        columns.append(column);
                    }
                }
            } else if (!seen.contains(it.key())) {
                seen.insert(it.key());
                columns.append(it.key());
            }
        }
    }
    return columns;
}

QString BulkCsv::valueFor(const QJsonObject &record, const QString &column, bool *present)
{
    QJsonValue value;
    const int dot = column.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QJsonValue parent = record.value(column.left(dot));
        if (parent.isNull()) {
            value = QJsonValue(QJsonValue::Null);
        } else {
            value = parent.toObject().value(column.mid(dot + 1));
        }
    } else {
        value = record.value(column);
    }
    if (present) {
        *present = !value.isUndefined();
    }
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Null:
        return QString::fromLatin1(NullValue);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const std::optional<Decimal> d = Decimal::fromDouble(value.toDouble());
        return d ? d->toString() : QString::fromLatin1(NullValue);
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        // In CSV an empty value means "leave unchanged"; an empty string means null.
        return s.isEmpty() ? QString::fromLatin1(NullValue) : s;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString();
}

QByteArray BulkCsv::quote(const QString &value, char delimiter)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

QByteArray BulkCsv::write(const QList<QJsonObject> &records, const QStringList &columns, char delimiter,
                          bool crlf)
{
    const QByteArray eol = crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray out;
    out.reserve(static_cast<qsizetype>(records.size()) * 64 * std::max<qsizetype>(1, columns.size()) / 4);
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0) {
            out += delimiter;
        }
        out += quote(columns.at(i), delimiter);
    }
    out += eol;
    for (const QJsonObject &record : records) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0) {
                out += delimiter;
            }
            out += quote(valueFor(record, columns.at(i)), delimiter);
        }
        out += eol;
    }
    return out;
}

namespace {

// One value's text. QString::fromUtf8 drops a leading byte order mark, but inside a file
// U+FEFF is a character of the value (the file's own BOM is skipped once, in parse()).
QString fieldText(const QByteArray &bytes)
{
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    qsizetype marks = 0;
    while (bytes.size() >= (marks + 1) * 3 && std::memcmp(bytes.constData() + marks * 3, kBom, 3) == 0) {
        ++marks;
    }
    if (marks == 0) {
        return QString::fromUtf8(bytes);
    }
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(QByteArrayView(bytes).sliced(marks * 3));
}

// Reads one record starting at `pos`; advances `pos` past its line break.
bool readRecord(const QByteArray &data, qsizetype &pos, char delimiter, QStringList *values, QString *error)
{
    const qsizetype n = data.size();
    QByteArray field;
    bool quoted = false;
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    while (pos < n) {
        const char c = data.at(pos);
        if (quoted) {
            if (c == '"') {
                if (pos + 1 < n && data.at(pos + 1) == '"') {
                    field += '"';
                    pos += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
                ++pos;
                continue;
            }
            field += c;
            ++pos;
            continue;
        }
        if (c == delimiter) {
            values->append(fieldText(field));
            field.clear();
            afterQuote = false;
            fieldStarted = false;
            ++pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            ++pos;
            if (c == '\r' && pos < n && data.at(pos) == '\n') {
                ++pos;
            }
            values->append(fieldText(field));
            return true;
        }
        if (afterQuote) {
            *error = QCoreApplication::translate("BulkCsv", "text after a closing quote");
            return false;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++pos;
            continue;
        }
        field += c;
        fieldStarted = true;
        ++pos;
    }
    if (quoted) {
        *error = QCoreApplication::translate("BulkCsv", "unterminated quoted value");
        return false;
    }
    values->append(fieldText(field));
    return true;
}

} // namespace

bool BulkCsv::parse(const QByteArray &data, Table *table, QString *error, char delimiter)
{
    table->rows.clear();
    return parse(
        data, &table->header,
        [table](const QStringList &values, QByteArrayView raw) {
            table->rows.append(Row{values, raw.toByteArray()});
        },
        error, delimiter, &table->rawHeader);
}

bool BulkCsv::parse(const QByteArray &data, QStringList *header, const RowHandler &onRow, QString *error,
                    char delimiter, QByteArray *rawHeader)
{
    header->clear();
    if (rawHeader) {
        rawHeader->clear();
    }
    qsizetype pos = 0;
    const qsizetype n = data.size();
    if (n >= 3 && data.startsWith("\xEF\xBB\xBF")) {
        pos = 3; // UTF-8 byte order mark
    }
    bool first = true;
    int line = 0;
    QStringList values;
    while (pos < n) {
        const qsizetype start = pos;
        values.clear();
        QString problem;
        ++line;
        if (!readRecord(data, pos, delimiter, &values, &problem)) {
            if (error) {
                *error = QCoreApplication::translate("BulkCsv", "CSV row %1: %2").arg(line).arg(problem);
            }
            return false;
        }
        qsizetype end = pos;
        while (end > start && (data.at(end - 1) == '\n' || data.at(end - 1) == '\r')) {
            --end;
        }
        if (end == start && values.size() == 1 && values.first().isEmpty()) {
            continue; // blank line (e.g. at the end)
        }
        if (first) {
            *header = values;
            if (rawHeader) {
                *rawHeader = data.mid(start, end - start);
            }
            first = false;
            continue;
        }
        if (values.size() != header->size()) {
            if (error) {
                *error =
                    QCoreApplication::translate("BulkCsv", "CSV row %1 has %2 values; the header has %3.")
                        .arg(line)
                        .arg(values.size())
                        .arg(header->size());
            }
            return false;
        }
        onRow(values, QByteArrayView(data).sliced(start, end - start));
    }
    if (first) {
        if (error) {
            *error = QCoreApplication::translate("BulkCsv", "The CSV has no header row.");
        }
        return false;
    }
    return true;
}

QStringList BulkCsv::parseLine(const QByteArray &line, char delimiter)
{
    QStringList values;
    qsizetype pos = 0;
    QString error;
    readRecord(line, pos, delimiter, &values, &error);
    return values;
}
