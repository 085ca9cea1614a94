#pragma once

#include "metronome/MetronomeCreditType.h"
#include "metronome/MetronomeMoney.h"
#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// A commit (PREPAID or POSTPAID) or a credit (CREDIT) of a contract, as embedded in v2
// contracts and as listed by customerCommits/list and customerCredits/list.
// Access items say what becomes usable when (the total amount); invoice items what the
// customer pays (the total cost). balance is present when include_balance was set.
struct MetronomeCommit
{
    enum class Kind
    {
        Prepaid,
        Postpaid,
        Credit,
        Other
    };
    struct AccessItem
    {
        QString id;
        Decimal amount;
        QDateTime startingAt;
        QDateTime endingBefore;

        static std::optional<AccessItem> fromJson(const QJsonValue &json, QString *error,
                                                  const QString &path);
    };
    struct InvoiceItem
    {
        QString id;
        QDateTime timestamp;
        Decimal amount;
        std::optional<Decimal> unitPrice;
        std::optional<Decimal> quantity;
        QString invoiceId; // empty until invoiced

        static std::optional<InvoiceItem> fromJson(const QJsonValue &json, QString *error,
                                                   const QString &path);
    };

    QString id;
    QString type; // as sent: PREPAID, POSTPAID, CREDIT
    QString name;
    QString description;
    QString productId;
    QString productName;
    QString contractId; // empty: a customer-level commit
    QString invoiceContractId;
    QString rateType;
    QString salesforceOpportunityId;
    std::optional<double> priority;
    MetronomeCreditType accessCreditType = MetronomeCreditType::usdCents();
    QList<AccessItem> accessItems;
    MetronomeCreditType invoiceCreditType = MetronomeCreditType::usdCents();
    QList<InvoiceItem> invoiceItems;
    bool doNotInvoice = false;
    std::optional<Decimal> balance;
    QStringList applicableProductIds;
    QStringList applicableProductTags;
    QMap<QString, QString> customFields;
    QDateTime createdAt;
    QDateTime archivedAt;

    Kind kind() const;
    bool isCredit() const { return kind() == Kind::Credit; }
    // The earliest access start and the latest access end.
    QDateTime startingAt() const;
    QDateTime endingBefore() const;
    // Sum of the access items, in the access schedule's credit type.
    MetronomeMoney totalAmount() const;
    // Sum of the invoice items (what the customer is billed), in its credit type.
    MetronomeMoney totalCost() const;
    std::optional<MetronomeMoney> balanceMoney() const;

    static std::optional<MetronomeCommit> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                   const QString &path = QString());
};
