#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// An exact decimal number for money and quantities: value = units / 10^scale.
// Metronome sends amounts as JSON numbers in the credit type's unit (USD cents, possibly
// fractional); Salesforce wants dollars with a fixed number of decimals. Doing that in
// binary floating point loses cents, so amounts are converted to Decimal as soon as they
// are read and stay exact from then on.
class Decimal
{
public:
    static constexpr int MaxScale = 18;

    Decimal() = default;
    static Decimal fromInt(qint64 value);
    // The shortest decimal that reads back as `value` (what the JSON text said, for any
    // number with up to 15 significant digits). NaN and infinities give nullopt.
    static std::optional<Decimal> fromDouble(double value);
    // "123", "-0.045", "1.5e3", "+7." ; nullopt for anything else or out of range.
    static std::optional<Decimal> fromString(QStringView text);

    // Multiplies by 10^power exactly (power < 0 divides, e.g. cents to dollars: -2).
    Decimal shifted(int power) const;
    // Rounds half away from zero to `decimals` places.
    Decimal rounded(int decimals) const;
    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator-() const;
    Decimal &operator+=(const Decimal &other);

    int compare(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return compare(other) == 0; }
    bool operator!=(const Decimal &other) const { return compare(other) != 0; }
    bool operator<(const Decimal &other) const { return compare(other) < 0; }
    bool operator>(const Decimal &other) const { return compare(other) > 0; }

    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    int scale() const { return m_scale; }
    // Digits before the decimal point (0 for |value| < 1), for precision checks.
    int integerDigits() const;
    // Digits after the point once trailing zeros are dropped.
    int significantDecimals() const;

    // Plain notation, no exponent. decimals < 0: as many as needed (no trailing zeros);
    // otherwise exactly that many (rounded half away from zero).
    QString toString(int decimals = -1) const;
    double toDouble() const;

private:
    __extension__ typedef __int128 Units;
    Decimal(Units units, int scale);
    Decimal normalized() const;
    static bool align(Decimal &a, Decimal &b);

    Units m_units = 0;
    int m_scale = 0;
};

Q_DECLARE_METATYPE(Decimal)
