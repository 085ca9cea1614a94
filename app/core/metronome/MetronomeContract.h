#pragma once

#include "metronome/MetronomeCommit.h"
#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>

#include <optional>

// A contract in the v2 (flat) shape of POST /v2/contracts/list. When the client hands one
// on, its commits and credits are complete: if the API truncated them (has_more), the
// client fetched the rest and cleared the flag.
struct MetronomeContract
{
    QString id;
    QString customerId;
    QString name;
    QString rateCardId;
    QDateTime startingAt;
    QDateTime endingBefore; // invalid: open-ended
    QString usageStatementFrequency;
    QDateTime billingAnchorDate;
    std::optional<double> priority;
    std::optional<int> netPaymentTermsDays;
    std::optional<Decimal> totalContractValue;
    QString salesforceOpportunityId;
    QList<MetronomeCommit> commits;
    QList<MetronomeCommit> credits;
    bool hasMoreCommits = false;
    bool hasMoreCredits = false;
    QMap<QString, QString> customFields;
    QDateTime createdAt;
    QString createdBy;
    QDateTime archivedAt;

    bool isArchived() const { return archivedAt.isValid(); }

    static std::optional<MetronomeContract> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                     const QString &path = QString());
};
