#pragma once

#include <QString>

#include <functional>

// Per-process test set-up: Qt's test mode for standard paths, a private data root, and
// small helpers that spin the event loop.
class TestEnvironment
{
public:
    // Called once by the test mains.
    static void initialise();
    static QString dataRoot();

    // Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000);
    static QString sourcePath(const QString &relative);
};
