#include "util/Decimal.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace {

__extension__ typedef __int128 Units;

Units pow10(int n)
{
    Units r = 1;
    for (int i = 0; i < n; ++i) {
        r *= 10;
    }
    return r;
}

// About 10^36: keeps every operation below well inside the 128-bit range.
const Units kLimit = pow10(36);

Units absolute(Units v)
{
    return v < 0 ? -v : v;
}

} // namespace

Decimal::Decimal(Units units, int scale)
    : m_units(units)
    , m_scale(scale)
{}

Decimal Decimal::fromInt(qint64 value)
{
    return Decimal(static_cast<Units>(value), 0);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value)) {
        return std::nullopt;
    }
    // QLocale::FloatingPointShortest gives the shortest text that round-trips.
    const QString text = QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
    return fromString(text);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    int i = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        ++i;
    }
    Units units = 0;
    int scale = 0;
    int digits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (units > kLimit) {
                return std::nullopt;
            }
            units = units * 10 + (c.unicode() - '0');
            ++digits;
            if (seenPoint) {
                ++scale;
            }
        } else if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits == 0) {
        return std::nullopt;
    }
    int exponent = 0;
    if (i < text.size()) {
        if (text.at(i) != QLatin1Char('e') && text.at(i) != QLatin1Char('E')) {
            return std::nullopt;
        }
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > 40 || exponent < -40) {
            return std::nullopt;
        }
    }
    Decimal d(negative ? -units : units, scale);
    d = d.shifted(exponent);
    if (d.m_scale > MaxScale) {
        d = d.rounded(MaxScale);
    }
    if (absolute(d.m_units) > kLimit) {
        return std::nullopt;
    }
    return d.normalized();
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    while (d.m_scale > 0 && d.m_units % 10 == 0) {
        d.m_units /= 10;
        --d.m_scale;
    }
    if (d.m_units == 0) {
        d.m_scale = 0;
    }
    return d;
}

Decimal Decimal::shifted(int power) const
{
    Decimal d = *this;
    if (power < 0) {
        d.m_scale += -power;
        if (d.m_scale > MaxScale) {
            d = d.rounded(MaxScale);
        }
        return d;
    }
    // Multiply: first use up the scale, then scale the units.
    while (power > 0 && d.m_scale > 0) {
        --d.m_scale;
        --power;
    }
    // Beyond 10^36 a value is out of range anyway (fromString refuses it): saturate rather
    // than overflow the 128-bit units (found by fuzzing: "subtotal": 6.7e39).
    if (d.m_units != 0 && (power > 36 || absolute(d.m_units) > kLimit / pow10(power))) {
        d.m_units = d.m_units < 0 ? -kLimit - 1 : kLimit + 1;
        return d;
    }
    d.m_units *= pow10(power);
    return d;
}

Decimal Decimal::rounded(int decimals) const
{
    if (decimals < 0) {
        decimals = 0;
    }
    if (m_scale <= decimals) {
        return *this;
    }
    if (m_scale - decimals > 37) {
        return Decimal(0, decimals); // |units| < 10^37: dividing by more leaves nothing to round up
    }
    const Units divisor = pow10(m_scale - decimals);
    Units quotient = m_units / divisor;
    const Units remainder = absolute(m_units % divisor);
    if (remainder * 2 >= divisor) {
        quotient += m_units < 0 ? -1 : 1;
    }
    return Decimal(quotient, decimals);
}

bool Decimal::align(Decimal &a, Decimal &b)
{
    while (a.m_scale < b.m_scale) {
        a.m_units *= 10;
        ++a.m_scale;
    }
    while (b.m_scale < a.m_scale) {
        b.m_units *= 10;
        ++b.m_scale;
    }
    return true;
}

Decimal Decimal::operator+(const Decimal &other) const
{
    Decimal a = *this;
    Decimal b = other;
    align(a, b);
    return Decimal(a.m_units + b.m_units, a.m_scale).normalized();
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + (-other);
}

Decimal Decimal::operator-() const
{
    return Decimal(-m_units, m_scale);
}

Decimal &Decimal::operator+=(const Decimal &other)
{
    *this = *this + other;
    return *this;
}

int Decimal::compare(const Decimal &other) const
{
    Decimal a = *this;
    Decimal b = other;
    align(a, b);
    return a.m_units < b.m_units ? -1 : (a.m_units > b.m_units ? 1 : 0);
}

int Decimal::integerDigits() const
{
    Units whole = absolute(m_units) / pow10(m_scale);
    int digits = 0;
    while (whole > 0) {
        whole /= 10;
        ++digits;
    }
    return digits;
}

int Decimal::significantDecimals() const
{
    return normalized().m_scale;
}

QString Decimal::toString(int decimals) const
{
    Decimal d = decimals < 0 ? normalized() : rounded(decimals);
    if (decimals >= 0) {
        while (d.m_scale < decimals) {
            d.m_units *= 10;
            ++d.m_scale;
        }
    }
    Units magnitude = absolute(d.m_units);
    QString digits;
    do {
        digits.prepend(QChar(static_cast<char16_t>(u'0' + static_cast<int>(magnitude % 10))));
        magnitude /= 10;
    } while (magnitude > 0);
    while (digits.size() <= d.m_scale) {
        digits.prepend(QLatin1Char('0'));
    }
    if (d.m_scale > 0) {
        digits.insert(digits.size() - d.m_scale, QLatin1Char('.'));
    }
    if (d.m_units < 0) {
        digits.prepend(QLatin1Char('-'));
    }
    return digits;
}

double Decimal::toDouble() const
{
    return toString().toDouble();
}
