#include "net/RetryPolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

int RetryPolicy::backoffMs(int retry, const std::function<double()> &random01) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    const double jitter = 1.0 - jitterFraction * (random01 ? random01() : 0.0);
    return static_cast<int>(std::max(0.0, raw * jitter));
}

int RetryPolicy::serverHintMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                              const QDateTime &now)
{
    bool ok = false;
    if (!retryAfterMs.isEmpty()) {
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && ms >= 0) {
            return static_cast<int>(ms);
        }
    }
    if (!retryAfter.isEmpty()) {
        const QByteArray trimmed = retryAfter.trimmed();
        const double seconds = trimmed.toDouble(&ok);
        if (ok && seconds >= 0) {
            return static_cast<int>(seconds * 1000.0);
        }
        // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            when.setTimeSpec(Qt::UTC);
            return static_cast<int>(std::max<qint64>(0, now.msecsTo(when)));
        }
    }
    return -1;
}

int RetryPolicy::delayMs(int retry, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                         const std::function<double()> &random01) const
{
    const int hint = serverHintMs(retryAfterMs, retryAfter);
    if (hint >= 0) {
        return std::min(hint, maxServerDelayMs);
    }
    return backoffMs(retry, random01);
}
