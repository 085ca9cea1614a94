#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

// What to read, for the list calls of MetronomeClient. Plain values; defaults are what a
// full sync wants.

struct MetronomeCustomerQuery
{
    // The API lists active or archived customers, never both: All makes two passes.
    enum class Scope
    {
        Active,
        Archived,
        All
    };
    Scope scope = Scope::All;
    QStringList customerIds;          // up to 100
    QStringList salesforceAccountIds; // up to 100
    QString ingestAlias;
};

struct MetronomeContractQuery
{
    bool includeArchived = true;
    bool includeBalance = true;
    QDateTime coveringDate; // only contracts in effect then (exclusive with startingAt)
    QDateTime startingAt;   // only contracts starting at or after this
};

struct MetronomeCommitQuery
{
    bool includeArchived = true;
    bool includeBalance = true;
    QDateTime coveringDate;
};

struct MetronomeInvoiceQuery
{
    QString status; // empty: draft, finalized and void
    QDateTime startingOn;
    QDateTime endingBefore;
    QString contractId;
    bool skipZeroQuantityLineItems = false;
    bool newestFirst = false;
};

struct MetronomeCreditGrantQuery
{
    QStringList customerIds;
    QStringList creditTypeIds;
    QStringList creditGrantIds; // exclusive with the two above
    QDateTime effectiveBefore;
    QDateTime notExpiringBefore;
};

struct MetronomeUsageQuery
{
    struct Metric
    {
        QString id;
        QString groupKey;        // optional: per-value groups in each row
        QStringList groupValues; // optional: only these values (default: all)
    };
    QStringList customerIds; // empty: every customer
    QList<Metric> metrics;   // empty: every active metric
    // DAY windows: starting_on is rounded down and ending_before up to midnight UTC.
    QDateTime startingOn;
    QDateTime endingBefore;
};

struct MetronomeGroupedUsageQuery
{
    QString customerId;
    QString billableMetricId;
    QStringList groupKey; // one key, or a compound key defined on the metric
    QMap<QString, QStringList> groupFilters;
    bool currentPeriod = false; // instead of startingOn/endingBefore
    bool wholeRange = false;    // one NONE window instead of DAY windows
    QDateTime startingOn;
    QDateTime endingBefore;
};

struct MetronomeNewCustomer
{
    QString name;
    QStringList ingestAliases;
    QMap<QString, QString> customFields;
    QString externalId;
};
