#pragma once

#include "common/SandboxExchange.h"

#include <QJsonArray>
#include <QJsonValue>

#include <optional>

class MetronomeArgs;
class MetronomeCursor;

// Response shapes and paging rules shared by every Metronome route:
// {"data": ...}, {"data": [...], "next_page": "..." | null}, {"message": "..."} errors.
class MetronomeHttp
{
public:
    static constexpr int MaxLimit = 100;

    static SandboxResponse error(int status, const QString &message);
    static SandboxResponse data(const QJsonValue &data);
    static SandboxResponse page(const QJsonArray &data, const QString &nextPage);
    static SandboxResponse emptyOk();

    // Where a list is and how much to return. `limit` above `maxLimit` is capped (the
    // ref's 100-item cap), below 1 or not a number is a 400; a cursor that does not verify
    // is a 400 too.
    struct Paging
    {
        int limit = MaxLimit;
        QString position; // empty: the first page
    };
    // Reads limit and next_page from `args` (query or body, as the endpoint has them).
    // withLimit=false: the endpoint has no limit parameter (page size is the server's).
    // A cursor scope that also covers the request's filters (the JSON body without the
    // paging fields), so a cursor cannot be replayed against a different query.
    static QString scope(const QString &prefix, const QByteArray &body);

    static std::optional<Paging> paging(MetronomeArgs &args, const MetronomeCursor &cursor,
                                        const QString &scope, int defaultLimit, int maxLimit, bool withLimit,
                                        SandboxResponse *failure);
};
