#include "salesforce/SalesforceLimits.h"

#include <QRegularExpression>

SalesforceLimits::Usage SalesforceLimits::parseHeader(const QByteArray &value)
{
    Usage usage;
    const QString text = QString::fromLatin1(value);
    // jsforce's pattern for the org-wide figure; "per-app-api-usage" must not match it.
    static const QRegularExpression api(QStringLiteral("(?:^|[;,\\s])api-usage=(\\d+)/(\\d+)"));
    static const QRegularExpression app(
        QStringLiteral("per-app-api-usage=(\\d+)/(\\d+)(?:\\(appName=([^)]*)\\))?"));
    const QRegularExpressionMatch m = api.match(text);
    if (m.hasMatch()) {
        bool okUsed = false;
        bool okMax = false;
        const qint64 used = m.captured(1).toLongLong(&okUsed);
        const qint64 max = m.captured(2).toLongLong(&okMax);
        if (okUsed && okMax && max > 0) {
            usage.used = used;
            usage.max = max;
        }
    }
    const QRegularExpressionMatch a = app.match(text);
    if (a.hasMatch()) {
        usage.appUsed = a.captured(1).toLongLong();
        usage.appMax = a.captured(2).toLongLong();
        usage.appName = a.captured(3);
    }
    return usage;
}

QHash<QString, SalesforceLimits::Entry> SalesforceLimits::parseLimits(const QJsonObject &json)
{
    QHash<QString, Entry> out;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (!o.contains(QStringLiteral("Max")) || !o.contains(QStringLiteral("Remaining"))) {
            continue;
        }
        out.insert(it.key(), Entry{static_cast<qint64>(o.value(QStringLiteral("Max")).toDouble()),
                                   static_cast<qint64>(o.value(QStringLiteral("Remaining")).toDouble())});
    }
    return out;
}
