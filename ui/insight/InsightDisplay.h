#pragma once

#include "insight/CustomerInsight.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

// How the customer view writes dates, periods, frequencies and badges, shared by its models
// and charts.
class InsightDisplay
{
    Q_DECLARE_TR_FUNCTIONS(InsightDisplay)

public:
    // "14 May 2025" in the user's locale (UTC dates: Metronome's periods are UTC).
    static QString date(const QDateTime &utc);
    // "1 Jan 2025 – 1 Jan 2026" (end exclusive), "from 1 Jan 2025" when open-ended.
    static QString period(const QDateTime &start, const QDateTime &end);
    static QString frequency(const QString &metronomeFrequency);
    static QString status(const QString &metronomeStatus);
    static QString invoiceType(const QString &metronomeType);
    static QString lineType(const QString &metronomeType);
    static QIcon badgeIcon(InsightBadge::State state);
    // Colours per commitment kind (the n-th of a kind a little lighter), for the burn-down.
    static QColor kindColor(CustomerInsight::Kind kind, int nth);
    // "0.90", or "$1.00 per Compute Credit" when bought in another unit.
    static QString costBasis(const CustomerInsight::Commitment &commitment);
    // Chart x values: Qt Charts labels dates in local time, so UTC wall-clock times are placed
    // as if they were local (a period starting 1 May 00:00 UTC reads "1 May" everywhere).
    static qreal chartTime(const QDateTime &utc);
    static QDateTime fromChartTime(qreal value); // back to UTC
};
