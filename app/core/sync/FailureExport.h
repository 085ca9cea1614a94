#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

class WorkspaceDatabase;

// Writes the failed and skipped rows of a run as CSV (see CsvWriter): all of them, or as
// seed 000 describes, "up to 100 failures from that sync for that object type".
class FailureExport
{
    Q_DECLARE_TR_FUNCTIONS(FailureExport)

public:
    static constexpr int SampleSize = 100;

    // The columns, in order (documented in the README).
    static QStringList header();
    // object empty: every object. limit <= 0: no limit. Returns rows written, -1 on error.
    static qint64 write(const WorkspaceDatabase &database, qint64 runId, const QString &object, int limit,
                        QIODevice *out, QString *error = nullptr);
    static qint64 writeFile(const WorkspaceDatabase &database, qint64 runId, const QString &object, int limit,
                            const QString &path, QString *error = nullptr);
};
