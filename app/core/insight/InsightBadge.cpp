#include "insight/InsightBadge.h"

#include <QLocale>

InsightBadge InsightBadge::of(const QString &object, const QString &externalId, quint64 mappedHash,
                              quint64 confirmedHash, const QDateTime &confirmedAt, qint64 confirmedRun)
{
    InsightBadge badge;
    badge.object = object;
    badge.externalId = externalId;
    badge.confirmedAt = confirmedAt;
    badge.confirmedRun = confirmedRun;
    if (object.isEmpty() || mappedHash == 0) {
        badge.state = State::NoObject;
    } else if (confirmedHash == 0) {
        badge.state = State::NotSent;
    } else {
        badge.state = confirmedHash == mappedHash ? State::Synced : State::Outdated;
    }
    return badge;
}

QString InsightBadge::text() const
{
    switch (state) {
    case State::Synced:
        return tr("As synced");
    case State::Outdated:
        return tr("Changed");
    case State::NotSent:
        return tr("Not in Salesforce");
    case State::NoObject:
        return tr("Not synced");
    }
    return QString();
}

QString InsightBadge::toolTip() const
{
    const QString when = confirmedAt.isValid()
                             ? QLocale().toString(confirmedAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("an earlier sync");
    QString tip;
    switch (state) {
    case State::Synced:
        tip = tr("Salesforce holds exactly this value: the sync of %1 sent it to %2 and Salesforce "
                 "confirmed it.")
                  .arg(when, object);
        break;
    case State::Outdated:
        tip = tr("Salesforce still holds an older value (confirmed by the sync of %1). This value was read "
                 "from "
                 "Metronome later; the next sync sends it to %2.")
                  .arg(when, object);
        break;
    case State::NotSent:
        tip = tr("This record has not reached Salesforce: no sync has had %1 confirm it yet.").arg(object);
        break;
    case State::NoObject:
        tip = object.isEmpty()
                  ? tr("The workspace's Salesforce package has no object for this, so it is shown here only.")
                  : tr("This row cannot be sent to %1 as it is (see Failures).").arg(object);
        break;
    }
    if (!lastError.isEmpty()) {
        tip += QLatin1Char('\n') + tr("The last sync reported: %1").arg(lastError);
    }
    if (!externalId.isEmpty()) {
        tip += QLatin1Char('\n') + tr("External ID: %1").arg(externalId);
    }
    return tip;
}
