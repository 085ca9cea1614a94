#include "metronome/MetronomeCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

const QString MetronomeCatalog::UsdCentsId = u"2714e483-4ff1-48e4-9e25-ac732e8f24f2"_s;

namespace {

const QStringList kRegions = {u"us-east-1"_s, u"us-west-2"_s, u"eu-west-1"_s};
const QStringList kInstanceTypes = {u"standard"_s, u"gpu"_s};
const QString kCatalogCreated = u"2024-01-02T09:30:00.000Z"_s;

// List prices in 1/10,000 cent. Multiples of 20 so that 80 %, 110 %, 125 % and 130 %
// of them are whole units again.
const qint64 kApiPrice[] = {20, 20, 40};         // per request, by region
const qint64 kComputePrice[] = {96000, 2500000}; // per hour, by instance type
const qint64 kStoragePrice = 700;                // per GB-day
const qint64 kTransferPrice = 90000;             // per GB

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

MetronomeCatalog::MetronomeCatalog(const MetronomeHash &hash)
    : m_hash(hash)
{
    using K = MetronomeHash::Kind;
    m_creditTypes = {
        {UsdCentsId, u"USD (cents)"_s, true},
        {m_hash.uuid(K::CreditType, 1), u"EUR (cents)"_s, true},
        {m_hash.uuid(K::CreditType, 2), u"Compute Credits"_s, false},
        {m_hash.uuid(K::CreditType, 3), u"GPU hours (prepaid)"_s, false},
    };

    Metric api;
    api.name = u"API requests"_s;
    api.aggregationType = u"COUNT"_s;
    api.aggregationKey = u"request_id"_s;
    api.eventType = u"api_request"_s;
    api.groupKeys = {{u"region"_s}};
    api.dimensions = {u"region"_s};
    for (const QString &region : kRegions) {
        api.cells.append({region});
    }
    api.product = ApiProduct;

    Metric compute;
    compute.name = u"Compute hours"_s;
    compute.aggregationType = u"SUM"_s;
    compute.aggregationKey = u"hours"_s;
    compute.eventType = u"heartbeat"_s;
    compute.groupKeys = {{u"region"_s}, {u"instance_type"_s}, {u"region"_s, u"instance_type"_s}};
    compute.dimensions = {u"region"_s, u"instance_type"_s};
    for (const QString &region : kRegions) {
        for (const QString &type : kInstanceTypes) {
            compute.cells.append({region, type});
        }
    }
    compute.product = ComputeProduct;

    Metric storage;
    storage.name = u"Storage GB-days"_s;
    storage.aggregationType = u"SUM"_s;
    storage.aggregationKey = u"gb_days"_s;
    storage.eventType = u"storage_snapshot"_s;
    storage.cells = {QStringList()};
    storage.product = StorageProduct;

    Metric transfer;
    transfer.name = u"Data transfer GB"_s;
    transfer.aggregationType = u"SUM"_s;
    transfer.aggregationKey = u"gigabytes"_s;
    transfer.eventType = u"egress"_s;
    transfer.groupKeys = {{u"region"_s}};
    transfer.dimensions = {u"region"_s};
    for (const QString &region : kRegions) {
        transfer.cells.append({region});
    }
    transfer.product = TransferProduct;

    Metric legacy;
    legacy.name = u"Legacy events"_s;
    legacy.aggregationType = u"COUNT"_s;
    legacy.aggregationKey = u"event_id"_s;
    legacy.eventType = u"legacy_event"_s;
    legacy.cells = {QStringList()};
    legacy.archived = true;

    m_metrics = {api, compute, storage, transfer, legacy};
    for (int i = 0; i < m_metrics.size(); ++i) {
        m_metrics[i].id = m_hash.uuid(K::Metric, static_cast<quint64>(i));
    }

    m_products = {
        {QString(), u"USAGE"_s, u"API requests"_s, 0, {u"platform"_s}, {u"region"_s}, {}, false},
        {QString(),
         u"USAGE"_s,
         u"Compute hours"_s,
         1,
         {u"compute"_s},
         {u"instance_type"_s},
         {u"region"_s},
         false},
        {QString(), u"USAGE"_s, u"Storage"_s, 2, {u"storage"_s}, {}, {}, false},
        {QString(), u"USAGE"_s, u"Data transfer"_s, 3, {u"network"_s}, {}, {u"region"_s}, false},
        {QString(), u"FIXED"_s, u"Prepaid commitment"_s, -1, {u"commit"_s}, {}, {}, false},
        {QString(), u"FIXED"_s, u"Minimum spend (postpaid)"_s, -1, {u"commit"_s}, {}, {}, false},
        {QString(), u"FIXED"_s, u"Promotional credit"_s, -1, {u"credit"_s}, {}, {}, false},
        {QString(), u"FIXED"_s, u"Legacy support"_s, -1, {}, {}, {}, true},
    };
    for (int i = 0; i < m_products.size(); ++i) {
        m_products[i].id = m_hash.uuid(K::Product, static_cast<quint64>(i));
    }

    m_rateCards = {
        {m_hash.uuid(K::RateCard, 0), u"Standard 2025"_s,
         u"List prices for self-serve and growth contracts."_s, u"standard"_s, 100, false},
        {m_hash.uuid(K::RateCard, 1), u"Enterprise 2025"_s,
         u"Discounted prices for enterprise contracts; Compute Credits convert at $1 each."_s,
         u"enterprise"_s, 80, true},
        {m_hash.uuid(K::RateCard, 2), u"Startup 2025"_s, u"Startup programme prices."_s, u"startup"_s, 125,
         false},
    };
    m_plans = {
        {m_hash.uuid(K::Plan, 0), u"Pro (legacy)"_s, u"Pro plan with a platform fee, before contracts."_s,
         110, 50000},
        {m_hash.uuid(K::Plan, 1), u"Team (legacy)"_s, u"Team plan, usage at list price."_s, 100, 20000},
        {m_hash.uuid(K::Plan, 2), u"Starter (legacy)"_s, u"Pay as you go."_s, 130, 0},
    };
}

namespace {
template<typename List>
int indexOfId(const List &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id) {
            return i;
        }
    }
    return -1;
}
} // namespace

int MetronomeCatalog::metricIndex(const QString &id) const
{
    return indexOfId(m_metrics, id);
}

int MetronomeCatalog::productIndex(const QString &id) const
{
    return indexOfId(m_products, id);
}

int MetronomeCatalog::rateCardIndex(const QString &id) const
{
    return indexOfId(m_rateCards, id);
}

int MetronomeCatalog::planIndex(const QString &id) const
{
    return indexOfId(m_plans, id);
}

int MetronomeCatalog::creditTypeIndex(const QString &id) const
{
    return indexOfId(m_creditTypes, id);
}

qint64 MetronomeCatalog::price(int metric, int cell, int percent) const
{
    qint64 list = 0;
    switch (metric) {
    case 0:
        list = kApiPrice[cell % 3];
        break;
    case 1:
        list = kComputePrice[cell % 2];
        break;
    case 2:
        list = kStoragePrice;
        break;
    case 3:
        list = kTransferPrice;
        break;
    default:
        return 0;
    }
    return list * percent / 100;
}

QStringList MetronomeCatalog::cellValues(int metric, int cell, const QStringList &keys) const
{
    const Metric &m = m_metrics.at(metric);
    QStringList values;
    for (const QString &key : keys) {
        const int at = m.dimensions.indexOf(key);
        values.append(at >= 0 ? m.cells.at(cell).at(at) : QString());
    }
    return values;
}

QString MetronomeCatalog::cellLabel(int metric, int cell) const
{
    const QStringList values = m_metrics.at(metric).cells.at(cell);
    return values.isEmpty() ? QString() : values.join(u", "_s);
}

QString MetronomeCatalog::chargeId(int plan, int metric, int cell) const
{
    return m_hash.uuid(MetronomeHash::Kind::Charge, static_cast<quint64>(plan),
                       static_cast<quint64>(metric) + 1, static_cast<quint64>(cell));
}

QString MetronomeCatalog::platformFeeChargeId(int plan) const
{
    return m_hash.uuid(MetronomeHash::Kind::Charge, static_cast<quint64>(plan), 0, 0);
}

QJsonObject MetronomeCatalog::creditTypeRef(int index) const
{
    const CreditType &type = m_creditTypes.at(index);
    return QJsonObject{{u"id"_s, type.id}, {u"name"_s, type.name}};
}

QJsonObject MetronomeCatalog::creditTypeJson(int index) const
{
    const CreditType &type = m_creditTypes.at(index);
    return QJsonObject{{u"id"_s, type.id}, {u"name"_s, type.name}, {u"is_currency"_s, type.isCurrency}};
}

QJsonObject MetronomeCatalog::metricJson(int index) const
{
    const Metric &m = m_metrics.at(index);
    QJsonArray groupKeys;
    for (const QStringList &key : m.groupKeys) {
        groupKeys.append(toArray(key));
    }
    QJsonObject json{
        {u"id"_s, m.id},
        {u"name"_s, m.name},
        {u"aggregation_type"_s, m.aggregationType},
        {u"aggregation_key"_s, m.aggregationKey},
        {u"group_keys"_s, groupKeys},
        {u"event_type_filter"_s, QJsonObject{{u"in_values"_s, QJsonArray{m.eventType}}}},
        {u"property_filters"_s, QJsonArray{QJsonObject{{u"name"_s, m.aggregationKey}, {u"exists"_s, true}}}},
        {u"custom_fields"_s, QJsonObject()},
    };
    if (m.archived) {
        json.insert(u"archived_at"_s, u"2024-11-01T00:00:00.000Z"_s);
    }
    return json;
}

QJsonObject MetronomeCatalog::productRef(int index) const
{
    return QJsonObject{{u"id"_s, m_products.at(index).id}, {u"name"_s, m_products.at(index).name}};
}

QJsonObject MetronomeCatalog::productJson(int index) const
{
    const Product &p = m_products.at(index);
    QJsonObject current{
        {u"name"_s, p.name},
        {u"created_at"_s, kCatalogCreated},
        {u"created_by"_s, u"sandbox"_s},
        {u"tags"_s, toArray(p.tags)},
        {u"pricing_group_key"_s, toArray(p.pricingGroupKey)},
        {u"presentation_group_key"_s, toArray(p.presentationGroupKey)},
        {u"starting_at"_s, kCatalogCreated},
        {u"composite_product_ids"_s, QJsonArray()},
        {u"composite_tags"_s, QJsonArray()},
    };
    if (p.metric >= 0) {
        current.insert(u"billable_metric_id"_s, m_metrics.at(p.metric).id);
    }
    QJsonObject json{
        {u"id"_s, p.id},         {u"type"_s, p.type},          {u"current"_s, current},
        {u"initial"_s, current}, {u"updates"_s, QJsonArray()}, {u"custom_fields"_s, QJsonObject()},
    };
    if (p.archived) {
        json.insert(u"archived_at"_s, u"2024-12-01T00:00:00.000Z"_s);
    }
    return json;
}

QJsonObject MetronomeCatalog::rateCardJson(int index) const
{
    const RateCard &card = m_rateCards.at(index);
    QJsonArray conversions;
    if (card.convertsComputeCredits) {
        conversions.append(
            QJsonObject{{u"custom_credit_type"_s, creditTypeRef(ComputeCredits)},
                        {u"fiat_per_custom_credit"_s, QString::number(CentsPerComputeCredit)}});
    }
    return QJsonObject{
        {u"id"_s, card.id},
        {u"name"_s, card.name},
        {u"description"_s, card.description},
        {u"created_at"_s, kCatalogCreated},
        {u"created_by"_s, u"sandbox"_s},
        {u"fiat_credit_type"_s, creditTypeRef(UsdCents)},
        {u"aliases"_s, QJsonArray{QJsonObject{{u"name"_s, card.alias}}}},
        {u"credit_type_conversions"_s, conversions},
        {u"custom_fields"_s, QJsonObject()},
    };
}

QJsonObject MetronomeCatalog::planJson(int index) const
{
    const Plan &plan = m_plans.at(index);
    return QJsonObject{{u"id"_s, plan.id},
                       {u"name"_s, plan.name},
                       {u"description"_s, plan.description},
                       {u"custom_fields"_s, QJsonObject()}};
}

QJsonObject MetronomeCatalog::planDetailJson(int index) const
{
    QJsonObject json = planJson(index);
    json.insert(u"credit_grants"_s, QJsonArray());
    json.insert(u"minimums"_s, QJsonArray());
    json.insert(u"overage_rates"_s, QJsonArray());
    return json;
}
