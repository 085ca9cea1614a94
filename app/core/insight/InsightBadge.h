#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Whether one figure of the customer view is what Salesforce holds: the row's mapped record
// (the exact body the sync sends) hashes to the hash Salesforce confirmed for that object and
// external ID. Everything the badge and its tooltip say comes from the workspace.
struct InsightBadge
{
    Q_DECLARE_TR_FUNCTIONS(InsightBadge)

public:
    enum class State
    {
        Synced,   // Salesforce confirmed exactly this value
        Outdated, // Salesforce has the record, with an older value
        NotSent,  // Salesforce has no confirmed record (never sent, failed or skipped)
        NoObject  // the workspace's package has no Salesforce object for it, or it cannot be mapped
    };

    State state = State::NoObject;
    QString object;     // Salesforce object API name
    QString externalId; // its external ID there
    QDateTime confirmedAt;
    qint64 confirmedRun = 0;
    QString lastError; // "STATUS: message" from the latest run, if that run failed the row

    static InsightBadge of(const QString &object, const QString &externalId, quint64 mappedHash,
                           quint64 confirmedHash, const QDateTime &confirmedAt = QDateTime(),
                           qint64 confirmedRun = 0);

    bool isSynced() const { return state == State::Synced; }
    // One or two words for a table cell: "As synced", "Changed", "Not in Salesforce", "Not synced".
    QString text() const;
    // What that means for this figure, with the object and the time Salesforce confirmed it.
    QString toolTip() const;
};
