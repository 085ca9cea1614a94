#pragma once

#include "sync/Schedule.h"

#include <QHash>
#include <QObject>

class QTimer;

// Runs the schedule while the app is open: every check, a workspace whose latest slot
// passed after its last run started is due (once, however many slots were missed while
// the computer slept or the app was closed).
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    explicit SyncScheduler(QObject *parent = nullptr);

    // lastStart: when the last run of the workspace started (any trigger), or when it was
    // set up if it never ran.
    void setWorkspace(const QString &workspaceId, const Schedule &schedule, const QDateTime &lastStart);
    void removeWorkspace(const QString &workspaceId);
    void markStarted(const QString &workspaceId, const QDateTime &when = QDateTime::currentDateTimeUtc());
    QDateTime nextRun(const QString &workspaceId) const;

    void setCheckInterval(int ms);
    // Checks now (also called by the timer). `now` is injectable for tests.
    void check(const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void due(const QString &workspaceId);

private:
    struct Entry
    {
        Schedule schedule;
        QDateTime lastStart;
    };
    QHash<QString, Entry> m_entries;
    QTimer *m_timer = nullptr;
};
