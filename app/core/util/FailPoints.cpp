#include "util/FailPoints.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

struct State
{
    QMutex mutex;
    QHash<QByteArray, int> remaining;
    bool active = false;

    State()
    {
        const QByteArray spec = qgetenv("NOMESYNC_FAILPOINTS");
        for (const QByteArray &entry : spec.split(',')) {
            const QList<QByteArray> parts = entry.trimmed().split(':');
            if (parts.size() >= 1 && !parts.at(0).isEmpty()) {
                remaining.insert(parts.at(0), parts.size() > 1 ? std::max(1, parts.at(1).toInt()) : 1);
            }
        }
        active = !remaining.isEmpty();
    }
};

State &state()
{
    static State s;
    return s;
}

const char *const kNames[] = {
    "read.page",   "stage.commit",  "load.send", "load.results", "load.midtransaction",
    "load.stored", "bulk.uploaded", "bulk.poll", "finish",       nullptr};

} // namespace

bool FailPoints::active()
{
    return state().active;
}

const char *const *FailPoints::names()
{
    return kNames;
}

void FailPoints::hit(const char *name)
{
    State &s = state();
    if (!s.active) {
        return;
    }
    QMutexLocker lock(&s.mutex);
    auto it = s.remaining.find(QByteArray(name));
    if (it == s.remaining.end()) {
        return;
    }
    if (--it.value() == 0) {
        ::kill(::getpid(), SIGKILL);
    }
}
