#include "metronome/MetronomeMoney.h"

Decimal MetronomeMoney::majorUnits() const
{
    return creditType.isMinorCurrencyUnit() ? amount.shifted(-2) : amount;
}

QString MetronomeMoney::unitName() const
{
    if (creditType.isMinorCurrencyUnit()) {
        const qsizetype cut = creditType.name.indexOf(QLatin1String(" ("));
        return cut > 0 ? creditType.name.left(cut) : creditType.name;
    }
    return creditType.name;
}
