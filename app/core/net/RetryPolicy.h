#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>

// Exponential backoff with jitter that honours the server's own hints.
// Defaults follow the official Metronome SDK: 0.5 s doubling, capped at 8 s, minus up to 25 %.
struct RetryPolicy
{
    int maxRetries = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    double jitterFraction = 0.25;
    // Server hints (Retry-After, retry-after-ms) above this are capped, so a broken header
    // cannot park a sync for hours.
    int maxServerDelayMs = 60000;

    // Delay before retry number `retry` (1 = first retry). `random01` returns [0, 1).
    int backoffMs(int retry, const std::function<double()> &random01) const;

    // Parses retry-after-ms (milliseconds) or Retry-After (seconds or an HTTP date).
    // Returns -1 when there is no usable hint.
    static int serverHintMs(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    int delayMs(int retry, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                const std::function<double()> &random01) const;
};
