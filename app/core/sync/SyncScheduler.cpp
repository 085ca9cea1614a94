#include "sync/SyncScheduler.h"

#include "logging/LogCategories.h"

#include <QTimer>

SyncScheduler::SyncScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, [this]() { check(); });
    m_timer->start();
}

void SyncScheduler::setWorkspace(const QString &workspaceId, const Schedule &schedule,
                                 const QDateTime &lastStart)
{
    m_entries.insert(workspaceId, Entry{schedule, lastStart});
}

void SyncScheduler::removeWorkspace(const QString &workspaceId)
{
    m_entries.remove(workspaceId);
}

void SyncScheduler::markStarted(const QString &workspaceId, const QDateTime &when)
{
    auto it = m_entries.find(workspaceId);
    if (it != m_entries.end()) {
        it->lastStart = when;
    }
}

QDateTime SyncScheduler::nextRun(const QString &workspaceId) const
{
    const auto it = m_entries.find(workspaceId);
    if (it == m_entries.end()) {
        return QDateTime();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (it->schedule.isDue(it->lastStart, now)) {
        return now; // overdue: runs at the next check
    }
    return it->schedule.nextAfter(now);
}

void SyncScheduler::setCheckInterval(int ms)
{
    m_timer->setInterval(ms);
}

void SyncScheduler::check(const QDateTime &now)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->schedule.isDue(it->lastStart, now)) {
            qCInfo(lcSync) << "scheduled sync due for" << it.key();
            it->lastStart = now; // once per slot, even if the run cannot start
            emit due(it.key());
        }
    }
}
