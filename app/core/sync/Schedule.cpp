#include "sync/Schedule.h"

#include <QRegularExpression>

Schedule Schedule::daily(const QTime &utc)
{
    Schedule s;
    s.m_kind = Kind::Daily;
    s.m_hours = 24;
    s.m_anchor = QTime(utc.hour(), utc.minute());
    return s;
}

Schedule Schedule::everyHours(int hours, const QTime &anchorUtc)
{
    Schedule s;
    s.m_kind = Kind::EveryHours;
    s.m_hours = std::clamp(hours, 1, 24 * 7);
    s.m_anchor = QTime(anchorUtc.hour(), anchorUtc.minute());
    return s;
}

Schedule Schedule::off()
{
    Schedule s;
    s.m_kind = Kind::Off;
    return s;
}

std::optional<Schedule> Schedule::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("off") || t == QLatin1String("manual")) {
        return off();
    }
    static const QRegularExpression dailyPattern(QStringLiteral("^daily(?:@(\\d{1,2}):(\\d{2}))?$"));
    static const QRegularExpression everyPattern(
        QStringLiteral("^every:(\\d{1,3})h(?:@(\\d{1,2}):(\\d{2}))?$"));
    QRegularExpressionMatch m = dailyPattern.match(t);
    if (m.hasMatch()) {
        if (m.captured(1).isEmpty()) {
            return daily();
        }
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
        return time.isValid() ? std::optional<Schedule>(daily(time)) : std::nullopt;
    }
    m = everyPattern.match(t);
    if (m.hasMatch()) {
        const int hours = m.captured(1).toInt();
        if (hours < 1 || hours > 24 * 7) {
            return std::nullopt;
        }
        QTime anchor(7, 0);
        if (!m.captured(2).isEmpty()) {
            anchor = QTime(m.captured(2).toInt(), m.captured(3).toInt());
            if (!anchor.isValid()) {
                return std::nullopt;
            }
        }
        return everyHours(hours, anchor);
    }
    return std::nullopt;
}

QString Schedule::toString() const
{
    const QString at = m_anchor.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Off:
        return QStringLiteral("off");
    case Kind::Daily:
        return QStringLiteral("daily@") + at;
    case Kind::EveryHours:
        return QStringLiteral("every:%1h@").arg(m_hours) + at;
    }
    return QStringLiteral("off");
}

QString Schedule::describe() const
{
    const QString at = m_anchor.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Off:
        return tr("Only when started by hand");
    case Kind::Daily:
        return tr("Daily at %1 UTC").arg(at);
    case Kind::EveryHours:
        return m_hours == 1 ? tr("Every hour (from %1 UTC)").arg(at)
                            : tr("Every %1 hours (from %2 UTC)").arg(m_hours).arg(at);
    }
    return QString();
}

qint64 Schedule::periodSeconds() const
{
    return static_cast<qint64>(m_kind == Kind::Daily ? 24 : m_hours) * 3600;
}

QDateTime Schedule::latestAtOrBefore(const QDateTime &utcIn) const
{
    if (m_kind == Kind::Off || !utcIn.isValid()) {
        return QDateTime();
    }
    const QDateTime utc = utcIn.toUTC();
    // Slots are anchor + k * period on a continuous timeline starting at the epoch day.
    const QDateTime origin(QDate(1970, 1, 1), m_anchor, Qt::UTC);
    const qint64 period = periodSeconds();
    const qint64 elapsed = origin.secsTo(utc);
    qint64 k = elapsed / period;
    if (elapsed < 0 && elapsed % period != 0) {
        --k;
    }
    return origin.addSecs(k * period);
}

QDateTime Schedule::nextAfter(const QDateTime &utc) const
{
    const QDateTime latest = latestAtOrBefore(utc);
    return latest.isValid() ? latest.addSecs(periodSeconds()) : QDateTime();
}

bool Schedule::isDue(const QDateTime &lastStart, const QDateTime &now) const
{
    const QDateTime slot = latestAtOrBefore(now);
    if (!slot.isValid()) {
        return false;
    }
    return !lastStart.isValid() || lastStart.toUTC() < slot;
}
