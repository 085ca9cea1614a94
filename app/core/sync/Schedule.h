#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// When scheduled syncs run: daily at a UTC time (07:00 by default), every N hours (slots
// at that time plus multiples of N hours), or off. Stored as "daily@07:00", "every:6h@07:00"
// or "off".
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    enum class Kind
    {
        Off,
        Daily,
        EveryHours
    };

    static Schedule daily(const QTime &utc = QTime(7, 0));
    static Schedule everyHours(int hours, const QTime &anchorUtc = QTime(7, 0));
    static Schedule off();
    static std::optional<Schedule> parse(const QString &text);
    static Schedule defaultSchedule() { return daily(); }

    Kind kind() const { return m_kind; }
    int hours() const { return m_hours; }
    QTime anchor() const { return m_anchor; }

    QString toString() const;
    QString describe() const; // "Daily at 07:00 UTC"

    // The first slot strictly after `utc`; invalid when off.
    QDateTime nextAfter(const QDateTime &utc) const;
    // The latest slot at or before `utc`; invalid when off.
    QDateTime latestAtOrBefore(const QDateTime &utc) const;
    // A slot passed after `lastStart` (the last run's start, or when the workspace was set up)
    // and by `now`: run once, even if several were missed while the computer slept.
    bool isDue(const QDateTime &lastStart, const QDateTime &now) const;

    bool operator==(const Schedule &other) const
    {
        return m_kind == other.m_kind && m_hours == other.m_hours && m_anchor == other.m_anchor;
    }

private:
    qint64 periodSeconds() const;

    Kind m_kind = Kind::Daily;
    int m_hours = 24;
    QTime m_anchor = QTime(7, 0);
};
