#include "salesforce/SfIdAllocator.h"

#include "salesforce/SalesforceId.h"

void SfIdAllocator::reset(const QString &object, qint64 lastUsed)
{
    QMutexLocker lock(&m_mutex);
    m_last.insert(object.toLower(), lastUsed);
}

qint64 SfIdAllocator::next(const QString &object)
{
    QMutexLocker lock(&m_mutex);
    qint64 &last = m_last[object.toLower()];
    return ++last;
}

QString SfIdAllocator::idFor(const QString &keyPrefix, qint64 sequence)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    // 62^9; 1000003 is prime and shares no factor with 2 or 31, so the mix is a bijection.
    constexpr quint64 space = 13537086546263552ULL;
    quint64 value = (static_cast<quint64>(sequence) * 1000003ULL) % space;
    QString tail(9, QLatin1Char('0'));
    for (int i = 8; i >= 0; --i) {
        tail[i] = QLatin1Char(alphabet[value % 62]);
        value /= 62;
    }
    return SalesforceId::to18(keyPrefix.left(3) + QStringLiteral("8z0") + tail);
}
