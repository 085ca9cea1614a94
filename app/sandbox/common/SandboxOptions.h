#pragma once

#include <QString>

// Options shared by both halves of the sandbox (each half adds its own flags too).
struct SandboxOptions
{
    int customers = 200;
    quint64 seed = 42;
    QString dataDir; // empty: a temporary folder, gone when the process ends
    quint16 portMetronome = 0;
    quint16 portSalesforce = 0;
    quint16 portAdmin = 0;
    int latencyMs = 0;
    QString infoFile; // also write the start-up JSON line here
};
