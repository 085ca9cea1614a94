#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class MetronomeCatalog;

// A customer's billing arrangement: contracts with their commits and credits, legacy plan
// subscriptions and credit grants. Stored as JSON with the customer; everything that
// depends on usage (invoices, balances) is worked out by MetronomeLedger.
// Days are Julian day numbers; an end of 0 means open-ended.
class MetronomeBook
{
public:
    struct Commitment
    {
        QString id;
        QString type; // PREPAID, POSTPAID or CREDIT
        QString name;
        QString description;
        int priority = 1;
        int product = 0;
        qint64 amountCents = 0; // access amount, whole cents
        qint64 accessStart = 0;
        qint64 accessEnd = 0;
        QString accessItemId;
        // What the customer is billed for it (absent for credits).
        qint64 invoiceAmountCents = 0;
        qint64 invoiceDay = 0;
        QString invoiceItemId;
        QString invoiceId; // the SCHEDULED invoice that bills it; empty until issued
        qint64 createdDay = 0;
    };
    struct Contract
    {
        QString id;
        QString name;
        int rateCard = 0;
        qint64 start = 0;
        qint64 end = 0;
        int netPaymentTermsDays = 30;
        QString salesforceOpportunityId;
        QList<Commitment> commitments;
        qint64 createdDay = 0;
    };
    struct CustomerPlan
    {
        QString id;
        int plan = 0;
        qint64 start = 0;
        qint64 end = 0;
    };
    struct Grant
    {
        QString id;
        QString name;
        QString reason;
        int creditType = 0; // catalog index: USD cents or Compute Credits
        qint64 amount = 0;  // whole units of that credit type
        qint64 paidCents = 0;
        int priority = 1;
        qint64 effective = 0;
        qint64 expires = 0;
    };
    // Which arrangement bills usage on a day; contracts win over plans.
    struct Segment
    {
        bool isContract = true;
        int index = 0; // into contracts or plans
        qint64 start = 0;
        qint64 end = 0;
        int pricePercent = 100;
    };

    QList<Contract> contracts;
    QList<CustomerPlan> plans;
    QList<Grant> grants;
    bool hasUsage = true;

    QJsonObject toJson() const;
    static MetronomeBook fromJson(const QJsonObject &json);

    QList<Segment> segments(const MetronomeCatalog &catalog) const;

    static qint64 openEnd(qint64 end);
};
