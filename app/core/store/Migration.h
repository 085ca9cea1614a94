#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// One step of the workspace schema. Steps run in order, each inside its own transaction;
// a step never changes once released, later issues only append new ones.
struct Migration
{
    int version = 0;
    const char *description = "";
    QStringList statements;
    // Optional data fix-up that SQL alone cannot express; runs after the statements.
    std::function<bool(QSqlDatabase &, QString *)> fixup;
};
