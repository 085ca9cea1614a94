#pragma once

#include "metronome/MetronomeMoney.h"

#include <QCoreApplication>
#include <QLocale>

// Money as people read it, in their locale: a "(cents)" credit type becomes its currency
// ("USD (cents)" 123456 → "$1,234.56", "EUR (cents)" → "€…"); a custom pricing unit keeps its
// name ("1,250 Compute Credits"). Amounts stay exact until the last step.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    // At most `maxDecimals` in the major unit (cents for money; 4 for sub-cent unit prices),
    // rounded half away from zero; currencies always show two.
    static QString money(const MetronomeMoney &money, const QLocale &locale = QLocale(), int maxDecimals = 2);
    // Just the number in the unit's major units ("1,234.56"), for compact cells.
    static QString amount(const MetronomeMoney &money, const QLocale &locale = QLocale(),
                          int maxDecimals = 2);
    // "USD", "EUR" or the unit's own name, for axis titles.
    static QString unitLabel(const MetronomeCreditType &type);
    // The symbol for an ISO 4217 code ("USD" → "$"), from the user's locale when it uses that
    // currency, else from a locale of the user's language that does, else any that does.
    static QString currencySymbol(const QString &isoCode, const QLocale &locale = QLocale());
    // A quantity or price with the digits it has (no trailing zeros, at most `maxDecimals`).
    static QString number(const Decimal &value, const QLocale &locale = QLocale(), int maxDecimals = 4);
    // Looks a credit type up by name in the workspace's list (is_currency), or guesses from the name.
    static MetronomeCreditType creditType(const QString &name, const QString &id = QString());
};
