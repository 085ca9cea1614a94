#include "FakeSyncLauncher.h"

#include <QTimer>

void FakeSyncLauncher::prepare(const WorkspaceInfo &workspace, const Request &request, QObject *context,
                               Ready ready)
{
    ++prepareCount;
    lastRequest = request;

    SyncSettings settings;
    settings.workspaceId = workspace.id;
    settings.databasePath = workspace.databasePath;
    settings.environment = environment;
    settings.trigger = request.trigger;
    settings.fullSync = request.fullSync;
    settings.objects = request.objects;
    settings.retryOf = request.retryOf;
    settings.bulkThreshold = bulkThreshold;
    settings.progressIntervalMs = progressIntervalMs;

    // Copies: the factory runs on the sync thread while tests may change this object.
    const auto rows = data;
    const auto rejected = failures;
    const int page = pageSize;
    const int delay = loaderDelayMs;
    const int parallel = concurrency;
    const int perCall = collectionsLimit;
    const qint64 usedStart = apiUsedStart;
    const qint64 max = apiMax;
    const bool fatal = fatalOnFirstWrite;
    SyncController::EndpointFactory factory = [=](QObject *owner) {
        auto *reader = new FakeSourceReader(owner);
        reader->data = rows;
        reader->pageSize = page;
        auto *loader = new FakeRecordLoader(owner);
        loader->failWith = rejected;
        loader->delayMs = delay;
        loader->concurrency = parallel;
        loader->collectionsLimit = perCall;
        loader->apiUsedStart = usedStart;
        loader->apiMax = max;
        loader->fatalOnNextCall = fatal;
        return SyncController::Endpoints{reader, loader};
    };
    const QString error = prepareError;
    QTimer::singleShot(prepareDelayMs, context, [ready, settings, factory, error]() {
        ready(error.isEmpty(), settings, factory, error);
    });
}
