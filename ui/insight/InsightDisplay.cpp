#include "insight/InsightDisplay.h"

#include "insight/MoneyFormat.h"

#include <QLocale>

QString InsightDisplay::date(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return QString();
    }
    return QLocale().toString(utc.toUTC().date(), QStringLiteral("d MMM yyyy"));
}

QString InsightDisplay::period(const QDateTime &start, const QDateTime &end)
{
    if (!end.isValid()) {
        return tr("from %1").arg(date(start));
    }
    //: A period: inclusive start – exclusive end.
    return tr("%1 – %2").arg(date(start), date(end));
}

QString InsightDisplay::frequency(const QString &metronomeFrequency)
{
    const QString f = metronomeFrequency.toUpper();
    if (f == QLatin1String("MONTHLY")) {
        return tr("Monthly");
    }
    if (f == QLatin1String("QUARTERLY")) {
        return tr("Quarterly");
    }
    if (f == QLatin1String("ANNUAL")) {
        return tr("Annual");
    }
    if (f == QLatin1String("WEEKLY")) {
        return tr("Weekly");
    }
    return metronomeFrequency.isEmpty() ? tr("—") : metronomeFrequency;
}

QString InsightDisplay::status(const QString &metronomeStatus)
{
    const QString s = metronomeStatus.toUpper();
    if (s == QLatin1String("DRAFT")) {
        return tr("Draft");
    }
    if (s == QLatin1String("FINALIZED")) {
        return tr("Finalized");
    }
    if (s == QLatin1String("VOID")) {
        return tr("Void");
    }
    return metronomeStatus;
}

QString InsightDisplay::invoiceType(const QString &metronomeType)
{
    const QString t = metronomeType.toUpper();
    if (t == QLatin1String("USAGE")) {
        return tr("Usage");
    }
    if (t == QLatin1String("SCHEDULED")) {
        return tr("Scheduled");
    }
    if (t == QLatin1String("USAGE_CONSOLIDATED")) {
        return tr("Usage (consolidated)");
    }
    return metronomeType;
}

QString InsightDisplay::lineType(const QString &metronomeType)
{
    if (metronomeType == QLatin1String("usage")) {
        return tr("Usage");
    }
    if (metronomeType == QLatin1String("commit_purchase")) {
        return tr("Commit purchase");
    }
    if (metronomeType == QLatin1String("applied_commit_or_credit")) {
        return tr("Applied commit or credit");
    }
    if (metronomeType == QLatin1String("fixed")) {
        return tr("Fixed fee");
    }
    if (metronomeType == QLatin1String("scheduled")) {
        return tr("Scheduled charge");
    }
    return metronomeType;
}

QIcon InsightDisplay::badgeIcon(InsightBadge::State state)
{
    switch (state) {
    case InsightBadge::State::Synced:
        return QIcon(QStringLiteral(":/icons/state-ok.svg"));
    case InsightBadge::State::Outdated:
        return QIcon(QStringLiteral(":/icons/state-warning.svg"));
    case InsightBadge::State::NotSent:
        return QIcon(QStringLiteral(":/icons/state-failed.svg"));
    case InsightBadge::State::NoObject:
        return QIcon(QStringLiteral(":/icons/state-idle.svg"));
    }
    return QIcon();
}

QColor InsightDisplay::kindColor(CustomerInsight::Kind kind, int nth)
{
    QColor base;
    switch (kind) {
    case CustomerInsight::Kind::Prepaid:
        base = QColor(0x25, 0x63, 0xeb); // blue
        break;
    case CustomerInsight::Kind::Postpaid:
        base = QColor(0x7c, 0x3a, 0xed); // violet
        break;
    case CustomerInsight::Kind::Credit:
        base = QColor(0x05, 0x96, 0x69); // green
        break;
    case CustomerInsight::Kind::Grant:
        base = QColor(0xd9, 0x77, 0x06); // amber
        break;
    }
    return nth <= 0 ? base : base.lighter(100 + 25 * std::min(nth, 4));
}

QString InsightDisplay::costBasis(const CustomerInsight::Commitment &commitment)
{
    if (!commitment.costBasis) {
        return tr("—");
    }
    const QLocale locale;
    if (commitment.costBasisPerUnit && commitment.cost) {
        MetronomeMoney price = *commitment.cost;
        // Major units of the cost per one unit of the grant: cents back to the cost's unit.
        const std::optional<Decimal> perUnit = Decimal::fromDouble(*commitment.costBasis);
        price.amount = perUnit.value_or(Decimal());
        if (price.creditType.isMinorCurrencyUnit()) {
            price.amount = price.amount.shifted(2);
        }
        return tr("%1 per %2").arg(MoneyFormat::money(price), commitment.total.creditType.name);
    }
    return locale.toString(*commitment.costBasis, 'f', 2);
}

qreal InsightDisplay::chartTime(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    return static_cast<qreal>(QDateTime(t.date(), t.time(), Qt::LocalTime).toMSecsSinceEpoch());
}

QDateTime InsightDisplay::fromChartTime(qreal value)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value), Qt::LocalTime);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
