#pragma once

#include "sync/SyncTypes.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QVariantHash>

// Reads the billing system (Metronome) and hands the sync rows per source, page by page.
// A row is a flat map of the columns the package definition's "source" names refer to.
// Implementations: MetronomeSourceReader; fakes in tests.
class SourceReader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Sync::Scope scope = Sync::Scope::AllCustomers;
        QSet<QString> sources;       // the sources to read; empty: all
        QSet<QString> onlyCustomers; // non-empty: read only these customers (retry runs)
        int usageDays = 90;          // daily usage window, ending on `usageUntil`
        QDate usageUntil;            // invalid: today (UTC)
    };

    using QObject::QObject;

    virtual void start(const Options &options) = 0;
    // Stops at once: no rows() or finished() afterwards.
    virtual void cancel() = 0;
    virtual qint64 callCount() const = 0;

Q_SIGNALS:
    void rows(const QString &source, const QList<QVariantHash> &rows);
    void progress(qint64 done, qint64 total, const QString &detail);
    void finished(bool ok, const QString &error);
};
