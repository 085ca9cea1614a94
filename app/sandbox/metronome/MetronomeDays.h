#pragma once

#include <QString>

#include <optional>

// The sandbox counts time in whole UTC days (Julian day numbers): usage windows, billing
// periods and access schedules all start and end at midnight UTC.
class MetronomeDays
{
public:
    // "2025-05-14T00:00:00Z", or with milliseconds "2025-05-14T00:00:00.000Z".
    static QString iso(qint64 day, bool milliseconds = false);
    // A timestamp at `seconds` past midnight of `day`, with milliseconds.
    static QString isoAt(qint64 day, int seconds);
    static QString date(qint64 day); // "2025-05-14"
    static qint64 fromDate(int year, int month, int dayOfMonth);
    // Whole months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    static qint64 addMonths(qint64 day, int months);
    // Monday = 0 ... Sunday = 6.
    static int weekday(qint64 day);

    struct Instant
    {
        qint64 day = 0;
        qint64 msecsIntoDay = 0;
        bool isMidnight() const { return msecsIntoDay == 0; }
    };
    // Parses an RFC 3339 timestamp (Z or an offset, with or without fraction).
    static std::optional<Instant> parse(const QString &text);
};
