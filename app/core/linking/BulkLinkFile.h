#pragma once

#include "linking/LinkTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The bulk link file: one link per row, the customer (Metronome ID or ingest alias) first and
// the Account ID second; further columns are ignored. A header row is optional and recognised
// by its words; commas, semicolons or tabs separate the values (RFC 4180 quoting). The result
// file lists every row that was not linked, with its verdict and the reason, as a
// spreadsheet-safe CSV.
class BulkLinkFile
{
    Q_DECLARE_TR_FUNCTIONS(BulkLinkFile)

public:
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;

    static bool parse(const QByteArray &data, QList<Linking::BulkRow> *rows, QString *error);
    static QStringList resultColumns();
    // The rows that were not linked (or linked, but with Salesforce records left to the next sync).
    static QList<Linking::BulkRow> unsuccessful(const QList<Linking::BulkRow> &rows);
    static QByteArray resultFile(const QList<Linking::BulkRow> &rows);
};
