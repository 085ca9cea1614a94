#pragma once

#include <QDateTime>
#include <QString>

// A workspace: one Metronome environment paired with one Salesforce org.
struct WorkspaceInfo
{
    QString id;          // stable, used for file and keychain names
    QString name;        // what the admin calls it, unique (case-insensitive)
    QString environment; // Production, Staging, Sandbox or a custom value
    QString databasePath;
    QDateTime createdAt;
    bool setupComplete = false;

    bool isValid() const { return !id.isEmpty(); }
};
