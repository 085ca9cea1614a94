#include "metronome/MetronomeCommit.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

std::optional<MetronomeCommit::AccessItem>
MetronomeCommit::AccessItem::fromJson(const QJsonValue &json, QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path);
    AccessItem item;
    item.id = r.string("id");
    item.amount = r.requiredDecimal("amount");
    item.startingAt = r.requiredTimestamp("starting_at");
    item.endingBefore = r.timestamp("ending_before");
    return r.result(std::move(item), error);
}

std::optional<MetronomeCommit::InvoiceItem>
MetronomeCommit::InvoiceItem::fromJson(const QJsonValue &json, QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path);
    InvoiceItem item;
    item.id = r.string("id");
    item.timestamp = r.requiredTimestamp("timestamp");
    item.amount = r.requiredDecimal("amount");
    item.unitPrice = r.decimal("unit_price");
    item.quantity = r.decimal("quantity");
    item.invoiceId = r.string("invoice_id");
    return r.result(std::move(item), error);
}

MetronomeCommit::Kind MetronomeCommit::kind() const
{
    if (type == QLatin1String("PREPAID")) {
        return Kind::Prepaid;
    }
    if (type == QLatin1String("POSTPAID")) {
        return Kind::Postpaid;
    }
    if (type == QLatin1String("CREDIT")) {
        return Kind::Credit;
    }
    return Kind::Other;
}

QDateTime MetronomeCommit::startingAt() const
{
    QDateTime earliest;
    for (const AccessItem &item : accessItems) {
        if (!earliest.isValid() || item.startingAt < earliest) {
            earliest = item.startingAt;
        }
    }
    return earliest;
}

QDateTime MetronomeCommit::endingBefore() const
{
    QDateTime latest;
    for (const AccessItem &item : accessItems) {
        if (!item.endingBefore.isValid()) {
            return {}; // open-ended
        }
        if (!latest.isValid() || item.endingBefore > latest) {
            latest = item.endingBefore;
        }
    }
    return latest;
}

MetronomeMoney MetronomeCommit::totalAmount() const
{
    MetronomeMoney total{Decimal(), accessCreditType};
    for (const AccessItem &item : accessItems) {
        total.amount += item.amount;
    }
    return total;
}

MetronomeMoney MetronomeCommit::totalCost() const
{
    MetronomeMoney total{Decimal(), invoiceCreditType};
    for (const InvoiceItem &item : invoiceItems) {
        total.amount += item.amount;
    }
    return total;
}

std::optional<MetronomeMoney> MetronomeCommit::balanceMoney() const
{
    if (!balance) {
        return std::nullopt;
    }
    return MetronomeMoney{*balance, accessCreditType};
}

std::optional<MetronomeCommit> MetronomeCommit::fromJson(const QJsonValue &json, QString *error,
                                                         const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"commit"_s : path);
    MetronomeCommit c;
    c.id = r.requiredString("id");
    c.type = r.requiredString("type");
    c.name = r.string("name");
    c.description = r.string("description");
    MetronomeJsonReader product = r.object("product");
    c.productId = product.string("id");
    c.productName = product.string("name");
    r.adopt(product);
    MetronomeJsonReader contract = r.object("contract");
    c.contractId = contract.string("id");
    r.adopt(contract);
    MetronomeJsonReader invoiceContract = r.object("invoice_contract");
    c.invoiceContractId = invoiceContract.string("id");
    r.adopt(invoiceContract);
    c.rateType = r.string("rate_type");
    c.salesforceOpportunityId = r.string("salesforce_opportunity_id");
    c.priority = r.number("priority");

    // Schedules without a credit type are in USD cents (the API's default).
    MetronomeJsonReader access = r.object("access_schedule");
    c.accessCreditType =
        access.nested<MetronomeCreditType>("credit_type").value_or(MetronomeCreditType::usdCents());
    c.accessItems = access.list<AccessItem>("schedule_items");
    r.adopt(access);

    MetronomeJsonReader invoice = r.object("invoice_schedule");
    c.invoiceCreditType = invoice.nested<MetronomeCreditType>("credit_type").value_or(c.accessCreditType);
    c.doNotInvoice = invoice.boolean("do_not_invoice");
    c.invoiceItems = invoice.list<InvoiceItem>("schedule_items");
    r.adopt(invoice);

    c.balance = r.decimal("balance");
    c.applicableProductIds = r.stringList("applicable_product_ids");
    c.applicableProductTags = r.stringList("applicable_product_tags");
    c.customFields = r.stringMap("custom_fields");
    c.createdAt = r.timestamp("created_at");
    c.archivedAt = r.timestamp("archived_at");
    return r.result(std::move(c), error);
}
