#include "DisplayFormat.h"

#include <QLocale>

QString DisplayFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::localTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return QString();
    }
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == today) {
        return time;
    }
    if (local.date() == today.addDays(-1)) {
        return tr("Yesterday %1").arg(time);
    }
    if (local.date() == today.addDays(1)) {
        return tr("Tomorrow %1").arg(time);
    }
    if (local.date().year() == today.year()) {
        return locale.toString(local, QStringLiteral("ddd d MMM HH:mm"));
    }
    return locale.toString(local, QStringLiteral("d MMM yyyy HH:mm"));
}

QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 0) {
        return QString();
    }
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

qint64 DisplayFormat::runSeconds(const Sync::RunRecord &run, const QDateTime &now)
{
    if (!run.startedAt.isValid()) {
        return -1;
    }
    const QDateTime end = run.finishedAt.isValid() ? run.finishedAt : now;
    return std::max<qint64>(0, run.startedAt.secsTo(end));
}

QString DisplayFormat::stateIconPath(Sync::RunState state)
{
    switch (state) {
    case Sync::RunState::Queued:
        return QStringLiteral(":/icons/state-idle.svg");
    case Sync::RunState::Running:
        return QStringLiteral(":/icons/state-running.svg");
    case Sync::RunState::Completed:
        return QStringLiteral(":/icons/state-ok.svg");
    case Sync::RunState::CompletedWithErrors:
    case Sync::RunState::Interrupted:
        return QStringLiteral(":/icons/state-warning.svg");
    case Sync::RunState::Failed:
        return QStringLiteral(":/icons/state-failed.svg");
    case Sync::RunState::Cancelled:
        return QStringLiteral(":/icons/state-cancelled.svg");
    }
    return QStringLiteral(":/icons/state-idle.svg");
}

QIcon DisplayFormat::stateIcon(Sync::RunState state)
{
    return QIcon(stateIconPath(state));
}

QString DisplayFormat::triggerText(const Sync::RunRecord &run)
{
    QString text = Sync::displayName(run.trigger);
    if (run.fullSync) {
        text += tr(" · full");
    }
    if (!run.objects.isEmpty()) {
        text += tr(" · %n object(s)", nullptr, static_cast<int>(run.objects.size()));
    }
    return text;
}
