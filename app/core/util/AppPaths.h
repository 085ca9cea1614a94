#pragma once

#include <QString>

// Where NomeSync keeps its files: <data root>/workspaces, <data root>/logs.
// The root is the platform's app data location (~/.local/share/NomeSync/NomeSync on Linux),
// unless NOMESYNC_DATA_DIR or --data-dir points elsewhere (tests, demos, portable use).
class AppPaths
{
public:
    static QString dataRoot();
    static void setDataRootOverride(const QString &directory);
    static QString workspacesDirectory();
    static QString logsDirectory();
};
