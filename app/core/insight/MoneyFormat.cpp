#include "insight/MoneyFormat.h"

#include <QHash>
#include <QMutex>

namespace {

int decimalsOf(const Decimal &value, int maxDecimals)
{
    return std::min(value.significantDecimals(), maxDecimals);
}

} // namespace

QString MoneyFormat::currencySymbol(const QString &isoCode, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
        return locale.currencySymbol(QLocale::CurrencySymbol);
    }
    static QMutex mutex;
    static QHash<QString, QString> cache; // (language, code) -> symbol; scanning locales is slow
    const QString key = QString::number(locale.language()) + QLatin1Char('/') + isoCode;
    QMutexLocker lock(&mutex);
    const auto hit = cache.constFind(key);
    if (hit != cache.constEnd()) {
        return hit.value();
    }
    QString symbol;
    QString anySymbol;
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) != isoCode) {
            continue;
        }
        if (candidate.language() == locale.language()) {
            symbol = candidate.currencySymbol(QLocale::CurrencySymbol);
            break;
        }
        if (anySymbol.isEmpty()) {
            anySymbol = candidate.currencySymbol(QLocale::CurrencySymbol);
        }
    }
    if (symbol.isEmpty()) {
        symbol = anySymbol.isEmpty() ? isoCode : anySymbol;
    }
    cache.insert(key, symbol);
    return symbol;
}

MetronomeCreditType MoneyFormat::creditType(const QString &name, const QString &id)
{
    if (name.isEmpty() && id.isEmpty()) {
        return MetronomeCreditType::usdCents(); // Metronome's default unit
    }
    MetronomeCreditType type;
    type.id = id;
    type.name = name;
    if (name == MetronomeCreditType::usdCents().name) {
        type.id = MetronomeCreditType::UsdCentsId;
        type.isCurrency = true;
    }
    return type;
}

QString MoneyFormat::unitLabel(const MetronomeCreditType &type)
{
    return MetronomeMoney{Decimal(), type}.unitName();
}

QString MoneyFormat::number(const Decimal &value, const QLocale &locale, int maxDecimals)
{
    return locale.toString(value.toDouble(), 'f', decimalsOf(value, maxDecimals));
}

QString MoneyFormat::amount(const MetronomeMoney &money, const QLocale &locale, int maxDecimals)
{
    const Decimal major = money.majorUnits().rounded(maxDecimals);
    if (money.creditType.isMinorCurrencyUnit()) {
        return locale.toString(major.toDouble(), 'f', std::max(2, decimalsOf(major, maxDecimals)));
    }
    return number(major, locale, maxDecimals);
}

QString MoneyFormat::money(const MetronomeMoney &money, const QLocale &locale, int maxDecimals)
{
    const Decimal major = money.majorUnits().rounded(maxDecimals);
    if (money.creditType.isMinorCurrencyUnit()) {
        const QString symbol = currencySymbol(money.unitName(), locale);
        const int decimals = std::max(2, decimalsOf(major, maxDecimals));
        if (major.isNegative()) {
            // A sign, not the accounting parentheses some locales use: draws read as "-$50.00".
            return locale.negativeSign() + locale.toCurrencyString((-major).toDouble(), symbol, decimals);
        }
        return locale.toCurrencyString(major.toDouble(), symbol, decimals);
    }
    //: A quantity of a custom pricing unit, e.g. "1,250 Compute Credits".
    return tr("%1 %2").arg(number(major, locale, maxDecimals), money.creditType.name);
}
