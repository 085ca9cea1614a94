#include "metronome/MetronomeApi.h"

#include "metronome/MetronomeArgs.h"
#include "metronome/MetronomeDays.h"
#include "metronome/MetronomeHttp.h"
#include "metronome/MetronomeWorld.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

SandboxResponse notFound(const QString &what, const QString &id)
{
    return MetronomeHttp::error(404, u"%1 %2 not found"_s.arg(what, id));
}

SandboxResponse badRequest(const QString &message)
{
    return MetronomeHttp::error(400, message);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

} // namespace

MetronomeApi::MetronomeApi(MetronomeWorld &world)
    : m_world(world)
    , m_render(world)
    , m_billing(world)
    , m_usage(world)
{}

QString MetronomeApi::routeOf(const QString &path)
{
    QStringList parts = path.split(u'/');
    for (QString &part : parts) {
        if (isUuid(part)) {
            part = u"{id}"_s;
        }
    }
    return parts.join(u'/');
}

SandboxResponse MetronomeApi::handle(const SandboxRequest &request, bool readOnlyToken)
{
    const QStringList p = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto is = [&p](std::initializer_list<const char *> parts) {
        if (static_cast<qsizetype>(parts.size()) != p.size()) {
            return false;
        }
        qsizetype i = 0;
        for (const char *part : parts) {
            if (qstrcmp(part, "*") != 0 && p.at(i) != QLatin1String(part)) {
                return false;
            }
            ++i;
        }
        return true;
    };
    const auto writeRefused = [&request]() {
        return MetronomeHttp::error(403,
                                    u"This API token is read-only and is not allowed to call %1 %2"_s.arg(
                                        QString::fromLatin1(request.method), routeOf(request.path)));
    };

    // Customers.
    if (is({"v1", "customers"})) {
        if (get) {
            return listCustomers(request);
        }
        if (post) {
            return readOnlyToken ? writeRefused() : createCustomer(request);
        }
    }
    if (post && is({"v1", "customers", "archive"})) {
        return readOnlyToken ? writeRefused() : archiveCustomer(request);
    }
    if (get && is({"v1", "customers", "*"})) {
        return getCustomer(p.at(2));
    }
    if (post && is({"v1", "customers", "*", "updateConfig"})) {
        return readOnlyToken ? writeRefused() : updateConfig(request, p.at(2));
    }
    if (post && is({"v1", "customers", "*", "setIngestAliases"})) {
        return readOnlyToken ? writeRefused() : setIngestAliases(request, p.at(2));
    }
    if (post && is({"v1", "customers", "*", "setName"})) {
        return readOnlyToken ? writeRefused() : setName(request, p.at(2));
    }
    if (get && is({"v1", "customers", "*", "invoices"})) {
        return m_billing.listInvoices(request, p.at(2));
    }
    if (get && is({"v1", "customers", "*", "invoices", "*"})) {
        return m_billing.getInvoice(request, p.at(2), p.at(4));
    }
    if (get && is({"v1", "customers", "*", "plans"})) {
        return m_billing.listCustomerPlans(request, p.at(2));
    }
    // Contracts, commits, credits, grants.
    if (post && is({"v2", "contracts", "list"})) {
        return m_billing.listContracts(request);
    }
    if (post && is({"v2", "contracts", "get"})) {
        return m_billing.getContract(request);
    }
    if (post && is({"v1", "contracts", "customerCommits", "list"})) {
        return m_billing.listCommitments(request, false);
    }
    if (post && is({"v1", "contracts", "customerCredits", "list"})) {
        return m_billing.listCommitments(request, true);
    }
    if (post && is({"v1", "credits", "listGrants"})) {
        return m_billing.listCreditGrants(request);
    }
    // Usage.
    if (post && is({"v1", "usage"})) {
        return m_usage.list(request);
    }
    if (post && is({"v1", "usage", "groups"})) {
        return m_usage.groups(request);
    }
    // Catalog.
    if (get && is({"v1", "credit-types", "list"})) {
        return listCreditTypes(request);
    }
    if (get && is({"v1", "billable-metrics"})) {
        return listBillableMetrics(request);
    }
    if (get && is({"v1", "billable-metrics", "*"})) {
        return getBillableMetric(p.at(2));
    }
    if (post && is({"v1", "contract-pricing", "products", "list"})) {
        return listProducts(request);
    }
    if (post && is({"v1", "contract-pricing", "products", "get"})) {
        return getProduct(request);
    }
    if (post && is({"v1", "contract-pricing", "rate-cards", "list"})) {
        return listRateCards(request);
    }
    if (post && is({"v1", "contract-pricing", "rate-cards", "get"})) {
        return getRateCard(request);
    }
    if (get && is({"v1", "plans"})) {
        return listPlans(request);
    }
    if (get && is({"v1", "planDetails", "*"})) {
        return getPlanDetail(p.at(2));
    }
    return MetronomeHttp::error(
        404, u"No such endpoint: %1 %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

SandboxResponse MetronomeApi::listCustomers(const SandboxRequest &request)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    MetronomeStore::CustomerFilter filter;
    filter.archived = query.boolean(u"only_archived"_s, false);
    filter.ids = query.list(u"customer_ids"_s);
    filter.salesforceAccountIds = query.list(u"salesforce_account_ids"_s);
    filter.ingestAlias = query.string(u"ingest_alias"_s);
    if (!query.ok()) {
        return badRequest(query.error());
    }
    if (filter.ids.size() > 100 || filter.salesforceAccountIds.size() > 100) {
        return badRequest(u"customer_ids and salesforce_account_ids take at most 100 values"_s);
    }
    const QString scope = filter.archived ? u"customers:archived"_s : u"customers:active"_s;
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, 100, MetronomeHttp::MaxLimit, true, &failure);
    if (!paging) {
        return failure;
    }
    const qint64 after = paging->position.isEmpty() ? -1 : paging->position.toLongLong();
    // One extra row tells whether another page exists.
    const QList<MetronomeStore::Customer> rows = m_world.store().customers(filter, after, paging->limit + 1);
    QJsonArray data;
    for (int i = 0; i < rows.size() && i < paging->limit; ++i) {
        data.append(m_render.customerDetail(rows.at(i)));
    }
    QString next;
    if (rows.size() > paging->limit) {
        next = m_world.cursor().encode(scope, QString::number(rows.at(paging->limit - 1).seq));
    }
    return MetronomeHttp::page(data, next);
}

SandboxResponse MetronomeApi::getCustomer(const QString &id)
{
    const auto customer = m_world.store().customerById(id);
    if (!customer) {
        return notFound(u"Customer"_s, id);
    }
    return MetronomeHttp::data(m_render.customerDetail(*customer));
}

SandboxResponse MetronomeApi::createCustomer(const SandboxRequest &request)
{
    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    const QByteArray requestHash = QCryptographicHash::hash(
        QJsonDocument(QJsonDocument::fromJson(request.body).object()).toJson(QJsonDocument::Compact),
        QCryptographicHash::Sha256);
    if (!key.isEmpty()) {
        if (const auto replay = m_world.store().idempotentReplay(key)) {
            if (replay->requestHash != requestHash) {
                return MetronomeHttp::error(
                    409, u"This Idempotency-Key was already used with different parameters."_s);
            }
            return SandboxResponse::raw(replay->status, replay->body, QByteArrayLiteral("application/json"));
        }
    }
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString name = body.requiredString(u"name"_s);
    const QStringList aliases = body.list(u"ingest_aliases"_s);
    const QString externalId = body.string(u"external_id"_s);
    const QJsonValue customFields = body.raw(u"custom_fields"_s);
    if (!customFields.isUndefined() && !customFields.isNull() && !customFields.isObject()) {
        body.fail(u"custom_fields must be an object of strings"_s);
    }
    if (!body.ok()) {
        return badRequest(body.error());
    }
    for (const QString &alias : aliases) {
        if (m_world.store().aliasOwner(alias)) {
            return MetronomeHttp::error(409,
                                        u"Ingest alias %1 is already used by another customer"_s.arg(alias));
        }
    }
    MetronomeStore::Customer c;
    c.seq = m_world.store().maxCustomerSeq() + 1;
    c.id = m_world.hash().uuid(MetronomeHash::Kind::Customer, static_cast<quint64>(c.seq));
    c.name = name.left(160);
    c.aliases = aliases;
    c.externalId = externalId.isEmpty() ? (aliases.isEmpty() ? QString() : aliases.constFirst()) : externalId;
    const QJsonObject fields = customFields.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isString()) {
            return badRequest(u"custom_fields values must be strings"_s);
        }
        c.customFields.insert(it.key(), it.value());
    }
    c.createdDay = m_world.today();
    c.createdSecond = 12 * 3600;
    c.updatedAt = MetronomeDays::isoAt(c.createdDay, c.createdSecond);
    MetronomeBook book;
    book.hasUsage = false;
    c.book = QString::fromUtf8(QJsonDocument(book.toJson()).toJson(QJsonDocument::Compact));
    QString error;
    if (!m_world.store().insertCustomer(c, &error)) {
        return MetronomeHttp::error(500, u"Could not store the customer"_s);
    }
    SandboxResponse response = MetronomeHttp::data(m_render.customerShort(c));
    if (!key.isEmpty()) {
        m_world.store().rememberIdempotent(
            key, MetronomeStore::Replay{requestHash, response.status, response.body});
    }
    return response;
}

SandboxResponse MetronomeApi::archiveCustomer(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString id = body.requiredString(u"id"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const auto customer = m_world.store().customerById(id);
    if (!customer) {
        return notFound(u"Customer"_s, id);
    }
    const qint64 today = m_world.today();
    m_world.store().archiveCustomer(customer->seq, today, MetronomeDays::isoAt(today, 3600));
    return MetronomeHttp::data(QJsonObject{{u"id"_s, id}});
}

SandboxResponse MetronomeApi::updateConfig(const SandboxRequest &request, const QString &id)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const bool clear = body.isNull(u"salesforce_account_id"_s);
    const bool set = body.has(u"salesforce_account_id"_s);
    const QString accountId = body.string(u"salesforce_account_id"_s);
    if (body.has(u"leave_stripe_invoices_in_draft"_s)) {
        body.boolean(u"leave_stripe_invoices_in_draft"_s, false);
    }
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const auto customer = m_world.store().customerById(id);
    if (!customer) {
        return notFound(u"Customer"_s, id);
    }
    if (set || clear) {
        const qint64 today = m_world.today();
        m_world.store().updateSalesforceAccount(customer->seq, clear ? QString() : accountId,
                                                MetronomeDays::isoAt(today, 7200));
    }
    return MetronomeHttp::emptyOk();
}

SandboxResponse MetronomeApi::setIngestAliases(const SandboxRequest &request, const QString &id)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    if (!body.has(u"ingest_aliases"_s)) {
        body.fail(u"ingest_aliases is required"_s);
    }
    const QStringList aliases = body.list(u"ingest_aliases"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const auto customer = m_world.store().customerById(id);
    if (!customer) {
        return notFound(u"Customer"_s, id);
    }
    QString conflict;
    if (!m_world.store().setAliases(customer->seq, aliases, MetronomeDays::isoAt(m_world.today(), 7200),
                                    &conflict)) {
        if (!conflict.isEmpty()) {
            return MetronomeHttp::error(
                409, u"Ingest alias %1 is already used by another customer"_s.arg(conflict));
        }
        return MetronomeHttp::error(500, u"Could not store the ingest aliases"_s);
    }
    return MetronomeHttp::emptyOk();
}

SandboxResponse MetronomeApi::setName(const SandboxRequest &request, const QString &id)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString name = body.requiredString(u"name"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const auto customer = m_world.store().customerById(id);
    if (!customer) {
        return notFound(u"Customer"_s, id);
    }
    m_world.store().updateCustomerName(customer->seq, name.left(160),
                                       MetronomeDays::isoAt(m_world.today(), 7200));
    return MetronomeHttp::data(m_render.customerShort(*m_world.store().customerById(id)));
}

SandboxResponse MetronomeApi::offsetPage(MetronomeArgs &query, const QString &scope,
                                         const QList<int> &indices,
                                         const std::function<QJsonObject(int)> &render)
{
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, 100, MetronomeHttp::MaxLimit, true, &failure);
    if (!paging) {
        return failure;
    }
    const int offset = paging->position.isEmpty() ? 0 : paging->position.toInt();
    QJsonArray data;
    for (int i = offset; i < indices.size() && i < offset + paging->limit; ++i) {
        data.append(render(indices.at(i)));
    }
    const int end = offset + paging->limit;
    return MetronomeHttp::page(
        data, end < indices.size() ? m_world.cursor().encode(scope, QString::number(end)) : QString());
}

SandboxResponse MetronomeApi::listCreditTypes(const SandboxRequest &request)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    QList<int> indices;
    for (int i = 0; i < m_world.catalog().creditTypes().size(); ++i) {
        indices.append(i);
    }
    return offsetPage(query, u"credit-types"_s, indices,
                      [this](int i) { return m_world.catalog().creditTypeJson(i); });
}

SandboxResponse MetronomeApi::listBillableMetrics(const SandboxRequest &request)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    const bool includeArchived = query.boolean(u"include_archived"_s, false);
    if (!query.ok()) {
        return badRequest(query.error());
    }
    QList<int> indices;
    for (int i = 0; i < m_world.catalog().metrics().size(); ++i) {
        if (includeArchived || !m_world.catalog().metrics().at(i).archived) {
            indices.append(i);
        }
    }
    return offsetPage(query, includeArchived ? u"metrics:all"_s : u"metrics:active"_s, indices,
                      [this](int i) { return m_world.catalog().metricJson(i); });
}

SandboxResponse MetronomeApi::getBillableMetric(const QString &id)
{
    const int index = m_world.catalog().metricIndex(id);
    if (index < 0) {
        return notFound(u"Billable metric"_s, id);
    }
    return MetronomeHttp::data(m_world.catalog().metricJson(index));
}

SandboxResponse MetronomeApi::listProducts(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString filter = body.string(u"archive_filter"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    if (!filter.isEmpty() && filter != QLatin1String("ARCHIVED") && filter != QLatin1String("NOT_ARCHIVED") &&
        filter != QLatin1String("ALL")) {
        return badRequest(u"archive_filter must be ARCHIVED, NOT_ARCHIVED or ALL"_s);
    }
    QList<int> indices;
    for (int i = 0; i < m_world.catalog().products().size(); ++i) {
        const bool archived = m_world.catalog().products().at(i).archived;
        if (filter == QLatin1String("ALL") || (filter == QLatin1String("ARCHIVED")) == archived) {
            indices.append(i);
        }
    }
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    return offsetPage(query, u"products:"_s + (filter.isEmpty() ? u"NOT_ARCHIVED"_s : filter), indices,
                      [this](int i) { return m_world.catalog().productJson(i); });
}

SandboxResponse MetronomeApi::getProduct(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString id = body.requiredString(u"id"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const int index = m_world.catalog().productIndex(id);
    if (index < 0) {
        return notFound(u"Product"_s, id);
    }
    return MetronomeHttp::data(m_world.catalog().productJson(index));
}

SandboxResponse MetronomeApi::listRateCards(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    QList<int> indices;
    for (int i = 0; i < m_world.catalog().rateCards().size(); ++i) {
        indices.append(i);
    }
    return offsetPage(query, u"rate-cards"_s, indices,
                      [this](int i) { return m_world.catalog().rateCardJson(i); });
}

SandboxResponse MetronomeApi::getRateCard(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString id = body.requiredString(u"id"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const int index = m_world.catalog().rateCardIndex(id);
    if (index < 0) {
        return notFound(u"Rate card"_s, id);
    }
    return MetronomeHttp::data(m_world.catalog().rateCardJson(index));
}

SandboxResponse MetronomeApi::listPlans(const SandboxRequest &request)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    QList<int> indices;
    for (int i = 0; i < m_world.catalog().plans().size(); ++i) {
        indices.append(i);
    }
    return offsetPage(query, u"plans"_s, indices, [this](int i) { return m_world.catalog().planJson(i); });
}

SandboxResponse MetronomeApi::getPlanDetail(const QString &id)
{
    const int index = m_world.catalog().planIndex(id);
    if (index < 0) {
        return notFound(u"Plan"_s, id);
    }
    return MetronomeHttp::data(m_world.catalog().planDetailJson(index));
}
