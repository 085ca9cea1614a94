#include "metronome/MetronomeHttp.h"

#include "metronome/MetronomeArgs.h"
#include "metronome/MetronomeCursor.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SandboxResponse MetronomeHttp::error(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonDocument(QJsonObject{{u"message"_s, message}}));
}

SandboxResponse MetronomeHttp::data(const QJsonValue &data)
{
    return SandboxResponse::json(200, QJsonDocument(QJsonObject{{u"data"_s, data}}));
}

SandboxResponse MetronomeHttp::page(const QJsonArray &data, const QString &nextPage)
{
    return SandboxResponse::json(
        200, QJsonDocument(QJsonObject{{u"data"_s, data},
                                       {u"next_page"_s, nextPage.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(nextPage)}}));
}

QString MetronomeHttp::scope(const QString &prefix, const QByteArray &body)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    object.remove(u"next_page"_s);
    object.remove(u"limit"_s);
    const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return prefix + u':' +
           QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
}

SandboxResponse MetronomeHttp::emptyOk()
{
    return SandboxResponse::empty(200);
}

std::optional<MetronomeHttp::Paging> MetronomeHttp::paging(MetronomeArgs &args, const MetronomeCursor &cursor,
                                                           const QString &scope, int defaultLimit,
                                                           int maxLimit, bool withLimit,
                                                           SandboxResponse *failure)
{
    Paging paging;
    paging.limit = defaultLimit;
    if (withLimit) {
        const std::optional<int> limit = args.integer(u"limit"_s);
        if (!args.ok()) {
            *failure = error(400, args.error());
            return std::nullopt;
        }
        if (limit) {
            if (*limit < 1) {
                *failure = error(400, u"limit must be at least 1"_s);
                return std::nullopt;
            }
            paging.limit = std::min(*limit, maxLimit);
        }
    }
    const QString next = args.string(u"next_page"_s);
    if (!args.ok()) {
        *failure = error(400, args.error());
        return std::nullopt;
    }
    if (!next.isEmpty()) {
        const std::optional<QString> position = cursor.decode(scope, next);
        if (!position || position->isEmpty()) {
            *failure = error(400, u"Invalid next_page cursor"_s);
            return std::nullopt;
        }
        paging.position = *position;
    }
    return paging;
}
