#pragma once

#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

// How the monitor shows runs to people: numbers with the locale's grouping, local times,
// short durations and one icon per run state. Shared by the models, pages and tray.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString number(qint64 value);
    // "07:02" today, "Yesterday 07:02", "Mon 3 Mar 07:02" this year, else with the year.
    static QString localTime(const QDateTime &utc);
    // "45 s", "3 min 12 s", "2 h 05 min".
    static QString duration(qint64 seconds);
    // Time from start to end (or to now while it runs); -1 when it never started.
    static qint64 runSeconds(const Sync::RunRecord &run,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QIcon stateIcon(Sync::RunState state);
    static QString stateIconPath(Sync::RunState state);
    // "Manual", "Scheduled · full", "Retry · 2 objects".
    static QString triggerText(const Sync::RunRecord &run);
};
