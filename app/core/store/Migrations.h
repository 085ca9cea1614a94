#pragma once

#include "store/Migration.h"

#include <QList>

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();

    // Reads the version recorded in the database (0 for a new, empty file).
    static int currentVersion(const QSqlDatabase &db, QString *error = nullptr);

    // Brings the database to `targetVersion` (default: latest). Refuses a database that is
    // newer than this build knows.
    static bool migrate(QSqlDatabase &db, int targetVersion = -1, QString *error = nullptr);
};
