#include "linking/BulkLinkFile.h"

#include "salesforce/BulkCsv.h"
#include "util/CsvWriter.h"

#include <QRegularExpression>

using namespace Linking;

namespace {

char delimiterOf(const QByteArray &data)
{
    // The first line decides: spreadsheets in many locales save with semicolons.
    const qsizetype end = data.indexOf('\n');
    const QByteArray first = end < 0 ? data : data.left(end);
    const qsizetype commas = first.count(',');
    const qsizetype semicolons = first.count(';');
    const qsizetype tabs = first.count('\t');
    if (tabs > commas && tabs >= semicolons) {
        return '\t';
    }
    if (semicolons > commas) {
        return ';';
    }
    return ',';
}

bool looksLikeHeader(const QStringList &values)
{
    static const QRegularExpression id(QStringLiteral("^\\s*[A-Za-z0-9]{15}([A-Za-z0-9]{3})?\\s*$"));
    if (values.size() >= 2 && id.match(values.at(1)).hasMatch()) {
        return false;
    }
    static const QRegularExpression words(
        QStringLiteral("customer|account|alias|metronome|salesforce|\\bid\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(values.join(QLatin1Char(' '))).hasMatch();
}

} // namespace

bool BulkLinkFile::parse(const QByteArray &data, QList<BulkRow> *rows, QString *error)
{
    rows->clear();
    if (data.size() > MaxBytes) {
        if (error) {
            *error = tr("The file is larger than %1 MB; split it into smaller files.")
                         .arg(MaxBytes / (1024 * 1024));
        }
        return false;
    }
    BulkCsv::Table table;
    QString problem;
    if (!BulkCsv::parse(data, &table, &problem, delimiterOf(data))) {
        if (error) {
            *error = problem.isEmpty() ? tr("The file is empty.") : problem;
        }
        return false;
    }
    if (table.header.size() < 2) {
        if (error) {
            *error = tr(
                "Each row needs two values: the customer (Metronome ID or ingest alias) and the Salesforce "
                "Account ID.");
        }
        return false;
    }
    // The parser took the first row as a header; it is a link unless it reads like one.
    QList<QStringList> lines;
    int firstLine = 1;
    if (looksLikeHeader(table.header)) {
        firstLine = 2;
    } else {
        lines.append(table.header);
    }
    for (const BulkCsv::Row &row : std::as_const(table.rows)) {
        lines.append(row.values);
    }
    int line = firstLine;
    for (const QStringList &values : std::as_const(lines)) {
        BulkRow row;
        row.line = line++;
        row.customerKey = values.value(0).trimmed();
        row.typedAccount = values.value(1).trimmed();
        if (row.customerKey.isEmpty() && row.typedAccount.isEmpty()) {
            continue;
        }
        rows->append(row);
    }
    if (rows->isEmpty()) {
        if (error) {
            *error = tr("The file has no links in it.");
        }
        return false;
    }
    return true;
}

QStringList BulkLinkFile::resultColumns()
{
    return {tr("Line"), tr("Customer"), tr("Account ID"), tr("Verdict"), tr("Result"), tr("Message")};
}

QList<BulkRow> BulkLinkFile::unsuccessful(const QList<BulkRow> &rows)
{
    QList<BulkRow> out;
    for (const BulkRow &row : rows) {
        const bool linked = row.result == BulkResult::Applied && row.resultMessage.isEmpty();
        if (row.verdict == BulkVerdict::AlreadyLinked || linked) {
            continue;
        }
        out.append(row);
    }
    return out;
}

QByteArray BulkLinkFile::resultFile(const QList<BulkRow> &rows)
{
    QByteArray out = CsvWriter::byteOrderMark();
    out += CsvWriter::line(resultColumns());
    for (const BulkRow &row : unsuccessful(rows)) {
        const QString message = row.resultMessage.isEmpty() ? row.message : row.resultMessage;
        out += CsvWriter::line({QString::number(row.line), row.customerKey, row.typedAccount,
                                verdictText(row.verdict), resultText(row.result), message});
    }
    return out;
}
