#pragma once

#include <QDateTime>
#include <QString>

// One line of the audit log: who changed what, when, and the value before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString subject;
    QString before;
    QString after;
    QString detail;
};
