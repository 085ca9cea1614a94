#pragma once

#include "metronome/MetronomeCreditType.h"
#include "util/Decimal.h"

// An exact amount with the credit type it is counted in. Metronome counts USD in cents;
// majorUnits() gives dollars (exactly), and non-currency units stay as they are, shown by name.
struct MetronomeMoney
{
    Decimal amount;
    MetronomeCreditType creditType = MetronomeCreditType::usdCents();

    // Dollars for "USD (cents)" (and any "(cents)" currency); the amount itself otherwise.
    Decimal majorUnits() const;
    // "USD" for USD (cents), the credit type's name for anything else.
    QString unitName() const;
};
