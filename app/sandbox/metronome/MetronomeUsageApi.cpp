#include "metronome/MetronomeUsageApi.h"

#include "metronome/MetronomeArgs.h"
#include "metronome/MetronomeHttp.h"
#include "metronome/MetronomeWorld.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

SandboxResponse badRequest(const QString &message)
{
    return MetronomeHttp::error(400, message);
}

struct Window
{
    qint64 start = 0; // first day
    qint64 end = 0;   // exclusive
};

// Parses window_size (any casing) and the range; DAY bounds must be at midnight UTC.
bool readRange(MetronomeArgs &body, bool required, bool *daily, std::optional<MetronomeDays::Instant> *from,
               std::optional<MetronomeDays::Instant> *to, QString *error)
{
    const QString size = body.string(u"window_size"_s).toUpper();
    *from = body.timestamp(u"starting_on"_s);
    *to = body.timestamp(u"ending_before"_s);
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    if (size.isEmpty()) {
        *error = u"window_size is required"_s;
        return false;
    }
    if (size == QLatin1String("HOUR")) {
        *error = u"window_size HOUR is not supported by the sandbox; use DAY or NONE"_s;
        return false;
    }
    if (size != QLatin1String("DAY") && size != QLatin1String("NONE")) {
        *error = u"window_size must be HOUR, DAY or NONE"_s;
        return false;
    }
    *daily = size == QLatin1String("DAY");
    if (required && (!*from || !*to)) {
        *error = u"starting_on and ending_before are required"_s;
        return false;
    }
    if (*from && *to) {
        if (*daily && (!(*from)->isMidnight() || !(*to)->isMidnight())) {
            *error = u"starting_on and ending_before must be aligned to midnight UTC for window_size DAY"_s;
            return false;
        }
        const bool ordered = (*from)->day < (*to)->day ||
                             ((*from)->day == (*to)->day && (*from)->msecsIntoDay < (*to)->msecsIntoDay);
        if (!ordered) {
            *error = u"ending_before must be after starting_on"_s;
            return false;
        }
    }
    return true;
}

// The days of [from, to) for which a customer has usage data.
Window dataDays(const MetronomeWorld &world, const MetronomeStore::Customer &customer,
                const MetronomeBook &book, qint64 fromDay, qint64 toDay)
{
    if (!book.hasUsage) {
        return {};
    }
    Window w;
    w.start = std::max({fromDay, world.usageStart(), customer.createdDay});
    w.end = std::min(toDay, world.today());
    if (customer.archivedDay > 0) {
        w.end = std::min(w.end, customer.archivedDay);
    }
    if (w.end < w.start) {
        w.end = w.start;
    }
    return w;
}

qint64 metricTotal(const MetronomeWorld &world, const MetronomeUsageModel::Profile &profile, int metric,
                   qint64 day, const QString &key, const QString &value)
{
    if (metric >= MetronomeCatalog::UsageMetricCount) {
        return 0;
    }
    const MetronomeCatalog::Metric &m = world.catalog().metrics().at(metric);
    const int dimension = key.isEmpty() ? -1 : static_cast<int>(m.dimensions.indexOf(key));
    qint64 total = 0;
    for (int cell = 0; cell < m.cells.size(); ++cell) {
        if (dimension >= 0 && m.cells.at(cell).at(dimension) != value) {
            continue;
        }
        total += world.usage().quantity(profile, metric, cell, day);
    }
    return total;
}

} // namespace

MetronomeUsageApi::MetronomeUsageApi(MetronomeWorld &world)
    : m_world(world)
{}

SandboxResponse MetronomeUsageApi::list(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    bool daily = true;
    std::optional<MetronomeDays::Instant> from;
    std::optional<MetronomeDays::Instant> to;
    QString error;
    if (!readRange(body, true, &daily, &from, &to, &error)) {
        return badRequest(error);
    }
    const QStringList customerIds = body.list(u"customer_ids"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }

    // The metrics asked for (default: every active one), each with an optional group_by.
    struct MetricQuery
    {
        int metric = 0;
        QString groupKey;
        QStringList groupValues;
    };
    QList<MetricQuery> metrics;
    const QJsonValue requested = body.raw(u"billable_metrics"_s);
    if (requested.isArray()) {
        const QJsonArray array = requested.toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            MetricQuery q;
            q.metric = m_world.catalog().metricIndex(o.value(u"id"_s).toString());
            if (q.metric < 0) {
                return badRequest(u"Unknown billable metric %1"_s.arg(o.value(u"id"_s).toString()));
            }
            if (o.contains(u"group_by"_s)) {
                const QJsonObject groupBy = o.value(u"group_by"_s).toObject();
                q.groupKey = groupBy.value(u"key"_s).toString();
                bool simple = false;
                for (const QStringList &key : m_world.catalog().metrics().at(q.metric).groupKeys) {
                    simple = simple || (key.size() == 1 && key.constFirst() == q.groupKey);
                }
                if (!simple) {
                    return badRequest(u"group_by key %1 is not a group key of billable metric %2"_s.arg(
                        q.groupKey, m_world.catalog().metrics().at(q.metric).id));
                }
                const QJsonArray values = groupBy.value(u"values"_s).toArray();
                for (const QJsonValue &v : values) {
                    q.groupValues.append(v.toString());
                }
                if (q.groupValues.isEmpty()) {
                    const MetronomeCatalog::Metric &m = m_world.catalog().metrics().at(q.metric);
                    const int dimension = static_cast<int>(m.dimensions.indexOf(q.groupKey));
                    for (const QStringList &cell : m.cells) {
                        if (!q.groupValues.contains(cell.at(dimension))) {
                            q.groupValues.append(cell.at(dimension));
                        }
                    }
                }
            }
            metrics.append(q);
        }
    } else if (!requested.isUndefined() && !requested.isNull()) {
        return badRequest(u"billable_metrics must be an array"_s);
    } else {
        for (int i = 0; i < m_world.catalog().metrics().size(); ++i) {
            if (!m_world.catalog().metrics().at(i).archived) {
                metrics.append(MetricQuery{i, QString(), QStringList()});
            }
        }
    }
    for (const QString &id : customerIds) {
        if (!m_world.store().customerById(id)) {
            return badRequest(u"Unknown customer_id %1"_s.arg(id));
        }
    }

    // next_page in the query (no limit: the server sizes pages). Position: the customer,
    // the metric and the window to continue from.
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    const QString scope = MetronomeHttp::scope(u"usage"_s, request.body);
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, PageSize, PageSize, false, &failure);
    if (!paging) {
        return failure;
    }
    qint64 afterSeq = -1;
    int metricPos = 0;
    qint64 windowPos = 0;
    if (!paging->position.isEmpty()) {
        const QStringList parts = paging->position.split(u':');
        if (parts.size() != 3) {
            return badRequest(u"Invalid next_page cursor"_s);
        }
        afterSeq = parts.at(0).toLongLong() - 1; // resume at this customer
        metricPos = parts.at(1).toInt();
        windowPos = parts.at(2).toLongLong();
    }

    const QString rangeStart = body.string(u"starting_on"_s);
    const QString rangeEnd = body.string(u"ending_before"_s);
    QJsonArray data;
    QString next;
    bool full = false;
    while (!full) {
        const QList<MetronomeStore::Customer> customers =
            m_world.store().customersFrom(afterSeq, 50, customerIds);
        if (customers.isEmpty()) {
            break;
        }
        for (const MetronomeStore::Customer &customer : customers) {
            afterSeq = customer.seq;
            const MetronomeBook book = m_world.book(customer);
            const MetronomeUsageModel::Profile profile = m_world.usage().profile(customer.seq);
            const Window days =
                dataDays(m_world, customer, book, from->day, to->day + (to->isMidnight() ? 0 : 1));
            const qint64 windows = daily ? days.end - days.start : 1;
            for (; metricPos < metrics.size(); ++metricPos, windowPos = 0) {
                const MetricQuery &q = metrics.at(metricPos);
                const MetronomeCatalog::Metric &metric = m_world.catalog().metrics().at(q.metric);
                for (; windowPos < windows; ++windowPos) {
                    if (data.size() >= PageSize) {
                        next = u"%1:%2:%3"_s.arg(customer.seq).arg(metricPos).arg(windowPos);
                        full = true;
                        break;
                    }
                    const qint64 first = daily ? days.start + windowPos : days.start;
                    const qint64 last = daily ? first + 1 : days.end;
                    qint64 value = 0;
                    for (qint64 d = first; d < last; ++d) {
                        value += metricTotal(m_world, profile, q.metric, d, QString(), QString());
                    }
                    QJsonObject row{
                        {u"customer_id"_s, customer.id},
                        {u"billable_metric_id"_s, metric.id},
                        {u"billable_metric_name"_s, metric.name},
                        {u"start_timestamp"_s, daily ? MetronomeDays::iso(first) : rangeStart},
                        {u"end_timestamp"_s, daily ? MetronomeDays::iso(last) : rangeEnd},
                        {u"value"_s, static_cast<double>(value)},
                    };
                    if (!q.groupKey.isEmpty()) {
                        QJsonObject groups;
                        for (const QString &groupValue : q.groupValues) {
                            qint64 sum = 0;
                            for (qint64 d = first; d < last; ++d) {
                                sum += metricTotal(m_world, profile, q.metric, d, q.groupKey, groupValue);
                            }
                            // null: no usage for that value in this window
                            groups.insert(groupValue, sum > 0 ? QJsonValue(static_cast<double>(sum))
                                                              : QJsonValue(QJsonValue::Null));
                        }
                        row.insert(u"groups"_s, groups);
                    }
                    data.append(row);
                }
                if (full) {
                    break;
                }
            }
            if (full) {
                break;
            }
            metricPos = 0;
            windowPos = 0;
        }
    }
    return MetronomeHttp::page(data, next.isEmpty() ? QString() : m_world.cursor().encode(scope, next));
}

SandboxResponse MetronomeUsageApi::groups(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString customerId = body.requiredString(u"customer_id"_s);
    const QString metricId = body.requiredString(u"billable_metric_id"_s);
    const bool currentPeriod = body.boolean(u"current_period"_s, false);
    QStringList groupKey = body.list(u"group_key"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    bool daily = true;
    std::optional<MetronomeDays::Instant> from;
    std::optional<MetronomeDays::Instant> to;
    QString error;
    if (!readRange(body, false, &daily, &from, &to, &error)) {
        return badRequest(error);
    }
    if (currentPeriod && (from || to)) {
        return badRequest(u"current_period cannot be combined with starting_on or ending_before"_s);
    }
    if (!currentPeriod && (!from || !to)) {
        return badRequest(u"starting_on and ending_before are required unless current_period is true"_s);
    }
    const QJsonValue groupBy = body.raw(u"group_by"_s);
    if (groupBy.isObject()) {
        if (!groupKey.isEmpty()) {
            return badRequest(u"group_by cannot be combined with group_key"_s);
        }
        groupKey = QStringList{groupBy.toObject().value(u"key"_s).toString()};
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return MetronomeHttp::error(404, u"Customer %1 not found"_s.arg(customerId));
    }
    const int metricIndex = m_world.catalog().metricIndex(metricId);
    if (metricIndex < 0) {
        return MetronomeHttp::error(404, u"Billable metric %1 not found"_s.arg(metricId));
    }
    const MetronomeCatalog::Metric &metric = m_world.catalog().metrics().at(metricIndex);
    if (!groupKey.isEmpty() && !metric.groupKeys.contains(groupKey)) {
        return badRequest(u"group_key [%1] is not a group key of billable metric %2"_s.arg(
            groupKey.join(u", "_s), metricId));
    }
    QHash<QString, QStringList> filters;
    const QJsonObject filterObject = body.raw(u"group_filters"_s).toObject();
    for (auto it = filterObject.begin(); it != filterObject.end(); ++it) {
        if (!groupKey.contains(it.key())) {
            return badRequest(u"group_filters key %1 is not in group_key"_s.arg(it.key()));
        }
        for (const QJsonValue &v : it.value().toArray()) {
            filters[it.key()].append(v.toString());
        }
    }
    if (groupBy.isObject()) {
        const QJsonArray values = groupBy.toObject().value(u"values"_s).toArray();
        for (const QJsonValue &v : values) {
            filters[groupKey.constFirst()].append(v.toString());
        }
    }

    const MetronomeBook book = m_world.book(*customer);
    qint64 fromDay = 0;
    qint64 toDay = 0;
    if (currentPeriod) {
        const auto ledger = m_world.ledger(*customer, book);
        const MetronomeLedger::Invoice *draft = nullptr;
        for (const MetronomeLedger::Invoice &invoice : ledger->invoices()) {
            if (invoice.draft && invoice.type == QLatin1String("USAGE")) {
                draft = &invoice;
            }
        }
        if (!draft) {
            return badRequest(u"Customer %1 has no current billing period"_s.arg(customerId));
        }
        fromDay = draft->start;
        toDay = draft->end;
    } else {
        fromDay = from->day;
        toDay = to->day + (to->isMidnight() ? 0 : 1);
    }

    // The distinct combinations of group values, in cell order.
    QList<QStringList> combinations;
    QList<QList<int>> cellsOf;
    for (int cell = 0; cell < metric.cells.size(); ++cell) {
        const QStringList values = m_world.catalog().cellValues(metricIndex, cell, groupKey);
        bool allowed = true;
        for (int k = 0; k < groupKey.size(); ++k) {
            if (filters.contains(groupKey.at(k)) && !filters.value(groupKey.at(k)).contains(values.at(k))) {
                allowed = false;
            }
        }
        if (!allowed) {
            continue;
        }
        const qsizetype at = combinations.indexOf(values);
        if (at < 0) {
            combinations.append(values);
            cellsOf.append(QList<int>{cell});
        } else {
            cellsOf[at].append(cell);
        }
    }

    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    const QString scope = MetronomeHttp::scope(u"usage-groups"_s, request.body);
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, 100, MetronomeHttp::MaxLimit, true, &failure);
    if (!paging) {
        return failure;
    }
    const int offset = paging->position.isEmpty() ? 0 : paging->position.toInt();

    const Window days = dataDays(m_world, *customer, book, fromDay, toDay);
    const qint64 windows = daily ? days.end - days.start : (days.end > days.start ? 1 : 0);
    QJsonArray data;
    int index = 0;
    bool more = false;
    for (qint64 w = 0; w < windows && !more; ++w) {
        const qint64 first = daily ? days.start + w : days.start;
        const qint64 last = daily ? first + 1 : days.end;
        for (int c = 0; c < combinations.size(); ++c) {
            qint64 value = 0;
            for (qint64 d = first; d < last; ++d) {
                for (int cell : cellsOf.at(c)) {
                    value += m_world.usage().quantity(customer->seq, metricIndex, cell, d);
                }
            }
            if (value == 0 || metricIndex >= MetronomeCatalog::UsageMetricCount) {
                continue; // no events for this group in this window
            }
            if (index < offset) {
                ++index;
                continue;
            }
            if (data.size() >= paging->limit) {
                more = true;
                break;
            }
            QJsonObject group;
            for (int k = 0; k < groupKey.size(); ++k) {
                group.insert(groupKey.at(k), combinations.at(c).at(k));
            }
            const bool single = groupKey.size() == 1;
            data.append(QJsonObject{
                {u"starting_on"_s, MetronomeDays::iso(daily ? first : fromDay)},
                {u"ending_before"_s, MetronomeDays::iso(daily ? last : toDay)},
                {u"value"_s, static_cast<double>(value)},
                {u"group"_s, group},
                {u"group_key"_s, single ? QJsonValue(groupKey.constFirst()) : QJsonValue(QJsonValue::Null)},
                {u"group_value"_s,
                 single ? QJsonValue(combinations.at(c).constFirst()) : QJsonValue(QJsonValue::Null)},
            });
            ++index;
        }
    }
    return MetronomeHttp::page(data,
                               more ? m_world.cursor().encode(scope, QString::number(index)) : QString());
}
