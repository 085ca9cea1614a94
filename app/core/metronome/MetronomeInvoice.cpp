#include "metronome/MetronomeInvoice.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

namespace {
QString mapKey(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        parts.append(it.key() + u'=' + it.value());
    }
    return parts.join(u',');
}
} // namespace

std::optional<MetronomeInvoice::SubLineItem>
MetronomeInvoice::SubLineItem::fromJson(const QJsonValue &json, QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path);
    SubLineItem s;
    s.name = r.requiredString("name");
    s.quantity = r.decimal("quantity");
    s.subtotal = r.requiredDecimal("subtotal");
    s.price = r.decimal("price");
    s.chargeId = r.string("charge_id");
    s.creditGrantId = r.string("credit_grant_id");
    s.customFields = r.stringMap("custom_fields");
    return r.result(std::move(s), error);
}

bool MetronomeInvoice::LineItem::countsTowardTotal() const
{
    return !(
        type == QLatin1String("applied_commit_or_credit") &&
        (appliedCommitType == QLatin1String("POSTPAID") || commitType == QLatin1String("PostpaidCommit")));
}

QString MetronomeInvoice::LineItem::naturalKey() const
{
    return QStringList{type,
                       productId,
                       commitId.isEmpty() ? appliedCommitId : commitId,
                       startingAt.isValid() ? startingAt.toString(Qt::ISODate) : QString(),
                       endingBefore.isValid() ? endingBefore.toString(Qt::ISODate) : QString(),
                       mapKey(pricingGroupValues),
                       mapKey(presentationGroupValues),
                       groupKey + u'=' + groupValue,
                       productId.isEmpty() && commitId.isEmpty() ? name : QString()}
        .join(u'|');
}

std::optional<MetronomeInvoice::LineItem>
MetronomeInvoice::LineItem::fromJson(const QJsonValue &json, QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path);
    LineItem l;
    l.name = r.requiredString("name");
    l.type = r.string("type");
    l.total = r.requiredDecimal("total");
    l.creditType = r.nested<MetronomeCreditType>("credit_type").value_or(MetronomeCreditType::usdCents());
    l.quantity = r.decimal("quantity");
    l.unitPrice = r.decimal("unit_price");
    l.productId = r.string("product_id");
    l.productType = r.string("product_type");
    l.productTags = r.stringList("product_tags");
    l.commitId = r.string("commit_id");
    l.commitType = r.string("commit_type");
    l.commitSegmentId = r.string("commit_segment_id");
    MetronomeJsonReader applied = r.object("applied_commit_or_credit");
    l.appliedCommitId = applied.string("id");
    l.appliedCommitType = applied.string("type");
    r.adopt(applied);
    MetronomeJsonReader postpaid = r.object("postpaid_commit");
    l.postpaidCommitId = postpaid.string("id");
    r.adopt(postpaid);
    l.groupKey = r.string("group_key");
    l.groupValue = r.string("group_value");
    l.pricingGroupValues = r.stringMap("pricing_group_values");
    l.presentationGroupValues = r.stringMap("presentation_group_values");
    l.startingAt = r.timestamp("starting_at");
    l.endingBefore = r.timestamp("ending_before");
    l.subLineItems = r.list<SubLineItem>("sub_line_items");
    l.customFields = r.stringMap("custom_fields");
    return r.result(std::move(l), error);
}

std::optional<MetronomeInvoice::Adjustment>
MetronomeInvoice::Adjustment::fromJson(const QJsonValue &json, QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path);
    Adjustment a;
    a.name = r.string("name");
    a.total = r.requiredDecimal("total");
    a.creditType = r.nested<MetronomeCreditType>("credit_type").value_or(MetronomeCreditType::usdCents());
    a.creditGrantId = r.string("credit_grant_id");
    return r.result(std::move(a), error);
}

std::optional<MetronomeInvoice> MetronomeInvoice::fromJson(const QJsonValue &json, QString *error,
                                                           const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"invoice"_s : path);
    MetronomeInvoice i;
    i.id = r.requiredString("id");
    i.customerId = r.string("customer_id");
    i.status = r.requiredString("status");
    i.type = r.string("type");
    i.startTimestamp = r.requiredTimestamp("start_timestamp");
    i.endTimestamp = r.requiredTimestamp("end_timestamp");
    i.issuedAt = r.timestamp("issued_at");
    i.creditType = r.nested<MetronomeCreditType>("credit_type").value_or(MetronomeCreditType::usdCents());
    i.subtotal = r.decimal("subtotal");
    i.total = r.requiredDecimal("total");
    i.contractId = r.string("contract_id");
    i.planId = r.string("plan_id");
    i.planName = r.string("plan_name");
    i.netPaymentTermsDays = r.integer("net_payment_terms_days");
    i.salesforceOpportunityId = r.string("salesforce_opportunity_id");
    i.customFields = r.stringMap("custom_fields");
    i.hasLineItems = r.has("line_items");
    i.lineItems = r.list<LineItem>("line_items");
    i.adjustments = r.list<Adjustment>("invoice_adjustments");
    return r.result(std::move(i), error);
}
