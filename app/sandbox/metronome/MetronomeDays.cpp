#include "metronome/MetronomeDays.h"

#include <QDate>
#include <QDateTime>

QString MetronomeDays::date(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QString MetronomeDays::iso(qint64 day, bool milliseconds)
{
    return date(day) + (milliseconds ? QStringLiteral("T00:00:00.000Z") : QStringLiteral("T00:00:00Z"));
}

QString MetronomeDays::isoAt(qint64 day, int seconds)
{
    const QTime time = QTime(0, 0).addSecs(seconds % 86400);
    return date(day) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char('Z');
}

qint64 MetronomeDays::fromDate(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth).toJulianDay();
}

qint64 MetronomeDays::addMonths(qint64 day, int months)
{
    return QDate::fromJulianDay(day).addMonths(months).toJulianDay();
}

int MetronomeDays::weekday(qint64 day)
{
    // Julian day 0 was a Monday.
    return static_cast<int>(((day % 7) + 7) % 7);
}

std::optional<MetronomeDays::Instant> MetronomeDays::parse(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid() || text.size() < 19) {
        return std::nullopt;
    }
    // A timestamp without a zone would be local time; RFC 3339 requires one.
    const QChar last = text.trimmed().back();
    if (last != QLatin1Char('Z') && last != QLatin1Char('z') && text.indexOf(QLatin1Char('+'), 10) < 0 &&
        text.lastIndexOf(QLatin1Char('-')) < 11) {
        return std::nullopt;
    }
    const QDateTime utc = parsed.toUTC();
    Instant instant;
    instant.day = utc.date().toJulianDay();
    instant.msecsIntoDay = utc.time().msecsSinceStartOfDay();
    return instant;
}
