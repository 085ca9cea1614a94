#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

// Hands out record numbers per object, shared by the HTTP thread and the Bulk worker, and
// turns them into real 18-character IDs (key prefix + body + checksum suffix).
class SfIdAllocator
{
public:
    // Sets the last used number of `object` (from the stored records at start or install).
    void reset(const QString &object, qint64 lastUsed);
    qint64 next(const QString &object);

    // prefix + "8z0" + 9 base-62 characters of a bijective mix of `sequence`, so IDs look
    // varied (mixed case exercises the checksum) and never repeat.
    static QString idFor(const QString &keyPrefix, qint64 sequence);

private:
    QMutex m_mutex;
    QHash<QString, qint64> m_last;
};
