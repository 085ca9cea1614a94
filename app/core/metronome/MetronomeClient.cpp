#include "metronome/MetronomeClient.h"

#include "logging/LogCategories.h"
#include "metronome/MetronomeJsonReader.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

const QUrl MetronomeClient::DefaultBaseUrl = QUrl(u"https://api.metronome.com"_s);

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString rfc3339(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// DAY windows must start and end at midnight UTC: round the start down and the end up.
QDateTime midnightFloor(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return QDateTime(utc.date(), QTime(0, 0), QTimeZone::utc());
}

QDateTime midnightCeil(const QDateTime &when)
{
    const QDateTime floor = midnightFloor(when);
    return floor == when.toUTC() ? floor : floor.addDays(1);
}

QList<QStringList> chunks(const QStringList &values, int size)
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < values.size(); i += size) {
        out.append(values.mid(i, size));
    }
    if (out.isEmpty()) {
        out.append(QStringList());
    }
    return out;
}

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

MetronomeClient::MetronomeClient(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    if (!m_transport) {
        m_ownedTransport = std::make_unique<HttpTransport>();
        m_transport = m_ownedTransport.get();
        m_transport->setMaxInFlight(4);
    }
}

MetronomeClient::~MetronomeClient()
{
    // Going away: stop everything without calling anybody back.
    const QSet<MetronomeOperation *> running = m_running;
    for (MetronomeOperation *op : running) {
        op->abandon();
    }
}

void MetronomeClient::setToken(const QString &token)
{
    m_authorization = token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + token.toUtf8();
}

void MetronomeClient::setMaxInFlight(int count)
{
    m_transport->setMaxInFlight(count);
}

int MetronomeClient::maxInFlight() const
{
    return m_transport->maxInFlight();
}

void MetronomeClient::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 100);
}

void MetronomeClient::setCommitPageSize(int size)
{
    m_commitPageSize = std::clamp(size, 1, 25);
}

int MetronomeClient::runningOperations() const
{
    return static_cast<int>(m_running.size());
}

void MetronomeClient::cancelAll()
{
    const QSet<MetronomeOperation *> running = m_running;
    for (MetronomeOperation *op : running) {
        if (m_running.contains(op)) {
            op->cancel();
        }
    }
}

MetronomeOperation *MetronomeClient::begin(const QString &description, QObject *context, DoneHandler onDone)
{
    auto *op = new MetronomeOperation(m_transport, description, context, std::move(onDone), this);
    m_running.insert(op);
    connect(op, &MetronomeOperation::finished, this, [this, op]() { m_running.remove(op); });
    return op;
}

HttpRequest MetronomeClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                     const std::optional<QJsonObject> &body, const QString &label) const
{
    HttpRequest r;
    r.method = method;
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path, QUrl::TolerantMode);
    url.setQuery(query);
    r.url = url;
    if (!m_authorization.isEmpty()) {
        r.headers.append({QByteArrayLiteral("Authorization"), m_authorization});
    }
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (body) {
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    r.timeoutMs = m_timeoutMs;
    r.label = u"metronome."_s + label;
    r.idempotent = true; // reads, and writes that set a value (or carry an Idempotency-Key)
    return r;
}

void MetronomeClient::fetchPages(const QPointer<MetronomeOperation> &op, const PageSpec &spec,
                                 const PageStep &step, const std::function<void()> &then,
                                 const QString &cursor)
{
    if (!op || op->isFinished()) {
        return;
    }
    QUrlQuery query = spec.query;
    std::optional<QJsonObject> body = spec.body;
    if (spec.cursorIn == CursorIn::Query) {
        if (spec.sendsLimit) {
            query.addQueryItem(u"limit"_s, QString::number(spec.limit));
        }
        if (!cursor.isEmpty()) {
            query.addQueryItem(u"next_page"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        }
    } else {
        QJsonObject b = body.value_or(QJsonObject());
        if (spec.sendsLimit) {
            b.insert(u"limit"_s, spec.limit);
        }
        if (!cursor.isEmpty()) {
            b.insert(u"next_page"_s, cursor);
        }
        body = b;
    }
    const HttpRequest r = request(spec.method, spec.path, query, body, spec.label);
    op->send(r, [this, op, spec, step, then, cursor](const HttpResponse &response) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (!document.isObject()) {
            op->fail(tr("the answer is not a JSON object (%1)").arg(parseError.errorString()));
            return;
        }
        const QJsonObject object = document.object();
        const QJsonValue data = object.value(u"data"_s);
        if (!data.isArray()) {
            op->fail(tr("the answer has no \"data\" list"));
            return;
        }
        const QJsonValue next = object.value(u"next_page"_s);
        if (!next.isUndefined() && !next.isNull() && !next.isString()) {
            op->fail(tr("next_page is not a string"));
            return;
        }
        const QString nextCursor = next.toString();
        if (!nextCursor.isEmpty() && nextCursor == cursor) {
            op->fail(tr("the same next_page came back twice"));
            return;
        }
        qCDebug(lcMetronome).noquote()
            << spec.label << "page of" << data.toArray().size() << (nextCursor.isEmpty() ? "(last)" : "");
        step(data.toArray(), [this, op, spec, step, then, nextCursor](const QString &error) {
            if (!op || op->isFinished()) {
                return; // cancelled from the page handler
            }
            if (!error.isEmpty()) {
                op->fail(error);
            } else if (nextCursor.isEmpty()) {
                then();
            } else {
                fetchPages(op, spec, step, then, nextCursor);
            }
        });
    });
}

void MetronomeClient::fetchData(const QPointer<MetronomeOperation> &op, const HttpRequest &r,
                                const std::function<void(const QJsonValue &data)> &onData)
{
    if (!op || op->isFinished()) {
        return;
    }
    op->send(r, [op, onData](const HttpResponse &response) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (!document.isObject()) {
            op->fail(tr("the answer is not a JSON object (%1)").arg(parseError.errorString()));
            return;
        }
        const QJsonValue data = document.object().value(u"data"_s);
        if (data.isUndefined() || data.isNull()) {
            op->fail(tr("the answer has no \"data\""));
            return;
        }
        onData(data);
    });
}

void MetronomeClient::fetchSequence(const QPointer<MetronomeOperation> &op, const QList<PageSpec> &specs,
                                    int index, const PageStep &step)
{
    if (!op || op->isFinished()) {
        return;
    }
    if (index >= specs.size()) {
        op->finish(MetronomeError());
        return;
    }
    fetchPages(op, specs.at(index), step,
               [this, op, specs, index, step]() { fetchSequence(op, specs, index + 1, step); });
}

template<typename T>
MetronomeClient::PageStep MetronomeClient::parse(const QPointer<MetronomeOperation> &op,
                                                 PageHandler<T> onPage, const QString &path)
{
    return [op, onPage = std::move(onPage), path](const QJsonArray &data, Continue next) {
        QList<T> items;
        items.reserve(data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            QString error;
            std::optional<T> item = T::fromJson(data.at(i), &error, path + u'[' + QString::number(i) + u']');
            if (!item) {
                next(tr("an item does not match the API: %1").arg(error));
                return;
            }
            items.append(std::move(*item));
        }
        op->countPage(items.size());
        if (onPage) {
            onPage(items);
        }
        next(QString());
    };
}

MetronomeOperation *MetronomeClient::listCustomers(const MetronomeCustomerQuery &query, QObject *context,
                                                   PageHandler<MetronomeCustomer> onPage, DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading customers"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);

    // One pass per state (the API has no "both"), and per 100 ids of a filter.
    QList<PageSpec> specs;
    QList<bool> passes;
    if (query.scope != MetronomeCustomerQuery::Scope::Archived) {
        passes.append(false);
    }
    if (query.scope != MetronomeCustomerQuery::Scope::Active) {
        passes.append(true);
    }
    for (bool archived : std::as_const(passes)) {
        for (const QStringList &ids : chunks(query.customerIds, 100)) {
            for (const QStringList &accounts : chunks(query.salesforceAccountIds, 100)) {
                PageSpec spec;
                spec.path = u"/v1/customers"_s;
                spec.label = u"customers.list"_s;
                spec.limit = m_pageSize;
                if (archived) {
                    spec.query.addQueryItem(u"only_archived"_s, u"true"_s);
                }
                if (!ids.isEmpty()) {
                    spec.query.addQueryItem(u"customer_ids"_s, ids.join(u','));
                }
                if (!accounts.isEmpty()) {
                    spec.query.addQueryItem(u"salesforce_account_ids"_s, accounts.join(u','));
                }
                if (!query.ingestAlias.isEmpty()) {
                    spec.query.addQueryItem(u"ingest_alias"_s,
                                            QString::fromLatin1(QUrl::toPercentEncoding(query.ingestAlias)));
                }
                specs.append(spec);
            }
        }
    }
    fetchSequence(guard, specs, 0, parse<MetronomeCustomer>(guard, std::move(onPage), u"customers"_s));
    return op;
}

MetronomeOperation *MetronomeClient::getCustomer(const QString &customerId, QObject *context,
                                                 ItemHandler<MetronomeCustomer> onItem, DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading customer %1").arg(customerId), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    fetchData(guard,
              request("GET", u"/v1/customers/"_s + segment(customerId), {}, std::nullopt, u"customers.get"_s),
              [guard, onItem](const QJsonValue &data) {
                  QString error;
                  const auto customer = MetronomeCustomer::fromJson(data, &error);
                  if (!customer) {
                      guard->fail(tr("an item does not match the API: %1").arg(error));
                      return;
                  }
                  guard->countPage(1);
                  if (onItem) {
                      onItem(*customer);
                  }
                  if (guard) {
                      guard->finish(MetronomeError());
                  }
              });
    return op;
}

MetronomeClient::PageSpec MetronomeClient::commitmentSpec(bool credits, const QString &customerId,
                                                          bool includeArchived, bool includeBalance,
                                                          const QDateTime &coveringDate) const
{
    PageSpec spec;
    spec.method = "POST";
    spec.path = credits ? u"/v1/contracts/customerCredits/list"_s : u"/v1/contracts/customerCommits/list"_s;
    spec.label = credits ? u"credits.list"_s : u"commits.list"_s;
    spec.cursorIn = CursorIn::Body; // limit and next_page travel in the body here (ref §10)
    spec.limit = m_commitPageSize;
    QJsonObject body{{u"customer_id"_s, customerId},
                     {u"include_balance"_s, includeBalance},
                     {u"include_archived"_s, includeArchived},
                     {credits ? u"include_contract_credits"_s : u"include_contract_commits"_s, true}};
    if (coveringDate.isValid()) {
        body.insert(u"covering_date"_s, rfc3339(coveringDate));
    }
    spec.body = body;
    return spec;
}

MetronomeOperation *MetronomeClient::listContracts(const QString &customerId,
                                                   const MetronomeContractQuery &query, QObject *context,
                                                   PageHandler<MetronomeContract> onPage, DoneHandler onDone)
{
    MetronomeOperation *op =
        begin(tr("reading contracts of customer %1").arg(customerId), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    QJsonObject body{{u"customer_id"_s, customerId},
                     {u"include_balance"_s, query.includeBalance},
                     {u"include_archived"_s, query.includeArchived}};
    if (query.coveringDate.isValid()) {
        body.insert(u"covering_date"_s, rfc3339(query.coveringDate));
    }
    if (query.startingAt.isValid()) {
        body.insert(u"starting_at"_s, rfc3339(query.startingAt));
    }
    // v2 contracts are not paginated: one {"data": [...]} answer.
    fetchData(guard, request("POST", u"/v2/contracts/list"_s, {}, body, u"contracts.list"_s),
              [this, guard, customerId, query, onPage](const QJsonValue &data) {
                  if (!data.isArray()) {
                      guard->fail(tr("the answer has no \"data\" list"));
                      return;
                  }
                  auto contracts = std::make_shared<QList<MetronomeContract>>();
                  const QJsonArray array = data.toArray();
                  for (qsizetype i = 0; i < array.size(); ++i) {
                      QString error;
                      auto contract = MetronomeContract::fromJson(
                          array.at(i), &error, u"contracts["_s + QString::number(i) + u']');
                      if (!contract) {
                          guard->fail(tr("an item does not match the API: %1").arg(error));
                          return;
                      }
                      contracts->append(std::move(*contract));
                  }
                  completeContracts(guard, customerId, query, contracts, onPage);
              });
    return op;
}

void MetronomeClient::completeContracts(const QPointer<MetronomeOperation> &op, const QString &customerId,
                                        const MetronomeContractQuery &query,
                                        std::shared_ptr<QList<MetronomeContract>> contracts,
                                        PageHandler<MetronomeContract> onPage)
{
    bool needCommits = false;
    bool needCredits = false;
    for (const MetronomeContract &c : std::as_const(*contracts)) {
        needCommits = needCommits || c.hasMoreCommits;
        needCredits = needCredits || c.hasMoreCredits;
    }
    // Truncated contracts get their full lists from the customer-wide commit/credit lists,
    // matched back by contract id.
    auto commits = std::make_shared<QHash<QString, QList<MetronomeCommit>>>();
    auto credits = std::make_shared<QHash<QString, QList<MetronomeCommit>>>();
    auto collect = [op](std::shared_ptr<QHash<QString, QList<MetronomeCommit>>> into) -> PageStep {
        return [op, into](const QJsonArray &data, Continue next) {
            for (qsizetype i = 0; i < data.size(); ++i) {
                QString error;
                auto item =
                    MetronomeCommit::fromJson(data.at(i), &error, u"commits["_s + QString::number(i) + u']');
                if (!item) {
                    next(tr("an item does not match the API: %1").arg(error));
                    return;
                }
                (*into)[item->contractId].append(std::move(*item));
            }
            next(QString());
        };
    };
    auto deliver = [op, contracts, commits, credits, onPage]() {
        if (!op || op->isFinished()) {
            return;
        }
        for (MetronomeContract &c : *contracts) {
            if (c.hasMoreCommits && commits->contains(c.id)) {
                c.commits = commits->value(c.id);
                c.hasMoreCommits = false;
            }
            if (c.hasMoreCredits && credits->contains(c.id)) {
                c.credits = credits->value(c.id);
                c.hasMoreCredits = false;
            }
        }
        op->countPage(contracts->size());
        if (onPage) {
            onPage(*contracts);
        }
        if (op) {
            op->finish(MetronomeError());
        }
    };
    auto fetchCredits = [this, op, customerId, query, needCredits, credits, collect, deliver]() {
        if (!needCredits) {
            deliver();
            return;
        }
        fetchPages(op,
                   commitmentSpec(true, customerId, query.includeArchived, query.includeBalance, QDateTime()),
                   collect(credits), deliver);
    };
    if (!needCommits) {
        fetchCredits();
        return;
    }
    fetchPages(op,
               commitmentSpec(false, customerId, query.includeArchived, query.includeBalance, QDateTime()),
               collect(commits), fetchCredits);
}

MetronomeOperation *MetronomeClient::listCommitments(bool credits, const QString &customerId,
                                                     const MetronomeCommitQuery &query, QObject *context,
                                                     PageHandler<MetronomeCommit> onPage, DoneHandler onDone)
{
    MetronomeOperation *op = begin(credits ? tr("reading credits of customer %1").arg(customerId)
                                           : tr("reading commits of customer %1").arg(customerId),
                                   context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    fetchPages(
        guard,
        commitmentSpec(credits, customerId, query.includeArchived, query.includeBalance, query.coveringDate),
        parse<MetronomeCommit>(guard, std::move(onPage), credits ? u"credits"_s : u"commits"_s),
        [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listCommits(const QString &customerId, const MetronomeCommitQuery &query,
                                                 QObject *context, PageHandler<MetronomeCommit> onPage,
                                                 DoneHandler onDone)
{
    return listCommitments(false, customerId, query, context, std::move(onPage), std::move(onDone));
}

MetronomeOperation *MetronomeClient::listCredits(const QString &customerId, const MetronomeCommitQuery &query,
                                                 QObject *context, PageHandler<MetronomeCommit> onPage,
                                                 DoneHandler onDone)
{
    return listCommitments(true, customerId, query, context, std::move(onPage), std::move(onDone));
}

MetronomeOperation *MetronomeClient::listRateCards(QObject *context, PageHandler<MetronomeRateCard> onPage,
                                                   DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading rate cards"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.method = "POST";
    spec.path = u"/v1/contract-pricing/rate-cards/list"_s;
    spec.body = QJsonObject();
    spec.limit = m_pageSize;
    spec.label = u"rate-cards.list"_s;
    fetchPages(guard, spec, parse<MetronomeRateCard>(guard, std::move(onPage), u"rate_cards"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listProducts(QObject *context, PageHandler<MetronomeProduct> onPage,
                                                  DoneHandler onDone, const QString &archiveFilter)
{
    MetronomeOperation *op = begin(tr("reading products"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.method = "POST";
    spec.path = u"/v1/contract-pricing/products/list"_s;
    spec.body = QJsonObject{{u"archive_filter"_s, archiveFilter}};
    spec.limit = m_pageSize;
    spec.label = u"products.list"_s;
    fetchPages(guard, spec, parse<MetronomeProduct>(guard, std::move(onPage), u"products"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listCreditTypes(QObject *context,
                                                     PageHandler<MetronomeCreditType> onPage,
                                                     DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading credit types"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.path = u"/v1/credit-types/list"_s;
    spec.limit = m_pageSize;
    spec.label = u"credit-types.list"_s;
    fetchPages(guard, spec, parse<MetronomeCreditType>(guard, std::move(onPage), u"credit_types"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listBillableMetrics(bool includeArchived, QObject *context,
                                                         PageHandler<MetronomeBillableMetric> onPage,
                                                         DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading billable metrics"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.path = u"/v1/billable-metrics"_s;
    spec.limit = m_pageSize;
    spec.label = u"billable-metrics.list"_s;
    if (includeArchived) {
        spec.query.addQueryItem(u"include_archived"_s, u"true"_s);
    }
    fetchPages(guard, spec, parse<MetronomeBillableMetric>(guard, std::move(onPage), u"billable_metrics"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listPlans(QObject *context, PageHandler<MetronomePlan> onPage,
                                               DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading plans"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.path = u"/v1/plans"_s;
    spec.limit = m_pageSize;
    spec.label = u"plans.list"_s;
    fetchPages(guard, spec, parse<MetronomePlan>(guard, std::move(onPage), u"plans"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listCustomerPlans(const QString &customerId, QObject *context,
                                                       PageHandler<MetronomeCustomerPlan> onPage,
                                                       DoneHandler onDone)
{
    MetronomeOperation *op =
        begin(tr("reading plans of customer %1").arg(customerId), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.path = u"/v1/customers/"_s + segment(customerId) + u"/plans"_s;
    spec.limit = m_pageSize;
    spec.label = u"customer-plans.list"_s;
    fetchPages(guard, spec, parse<MetronomeCustomerPlan>(guard, std::move(onPage), u"customer_plans"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

void MetronomeClient::completeInvoices(const QPointer<MetronomeOperation> &op, const QString &customerId,
                                       std::shared_ptr<QList<MetronomeInvoice>> page, int index,
                                       const std::function<void()> &then)
{
    while (index < page->size() && page->at(index).hasLineItems) {
        ++index;
    }
    if (index >= page->size()) {
        then();
        return;
    }
    const QString path =
        u"/v1/customers/"_s + segment(customerId) + u"/invoices/"_s + segment(page->at(index).id);
    fetchData(op, request("GET", path, {}, std::nullopt, u"invoices.get"_s),
              [this, op, customerId, page, index, then](const QJsonValue &data) {
                  QString error;
                  auto full = MetronomeInvoice::fromJson(data, &error);
                  if (!full) {
                      op->fail(tr("an item does not match the API: %1").arg(error));
                      return;
                  }
                  full->hasLineItems = true; // even if it has none
                  (*page)[index] = std::move(*full);
                  completeInvoices(op, customerId, page, index + 1, then);
              });
}

MetronomeOperation *MetronomeClient::listInvoices(const QString &customerId,
                                                  const MetronomeInvoiceQuery &query, QObject *context,
                                                  PageHandler<MetronomeInvoice> onPage, DoneHandler onDone)
{
    MetronomeOperation *op =
        begin(tr("reading invoices of customer %1").arg(customerId), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.path = u"/v1/customers/"_s + segment(customerId) + u"/invoices"_s;
    spec.limit = m_pageSize;
    spec.label = u"invoices.list"_s;
    if (!query.status.isEmpty()) {
        spec.query.addQueryItem(u"status"_s, query.status);
    }
    if (query.startingOn.isValid()) {
        spec.query.addQueryItem(u"starting_on"_s,
                                QString::fromLatin1(QUrl::toPercentEncoding(rfc3339(query.startingOn))));
    }
    if (query.endingBefore.isValid()) {
        spec.query.addQueryItem(u"ending_before"_s,
                                QString::fromLatin1(QUrl::toPercentEncoding(rfc3339(query.endingBefore))));
    }
    if (!query.contractId.isEmpty()) {
        spec.query.addQueryItem(u"contract_id"_s, query.contractId);
    }
    if (query.skipZeroQuantityLineItems) {
        spec.query.addQueryItem(u"skip_zero_qty_line_items"_s, u"true"_s);
    }
    if (query.newestFirst) {
        spec.query.addQueryItem(u"sort"_s, u"date_desc"_s);
    }
    const PageStep step = [this, guard, customerId, onPage](const QJsonArray &data, Continue next) {
        auto page = std::make_shared<QList<MetronomeInvoice>>();
        for (qsizetype i = 0; i < data.size(); ++i) {
            QString error;
            auto invoice =
                MetronomeInvoice::fromJson(data.at(i), &error, u"invoices["_s + QString::number(i) + u']');
            if (!invoice) {
                next(tr("an item does not match the API: %1").arg(error));
                return;
            }
            page->append(std::move(*invoice));
        }
        completeInvoices(guard, customerId, page, 0, [guard, page, onPage, next]() {
            if (!guard || guard->isFinished()) {
                return;
            }
            guard->countPage(page->size());
            if (onPage) {
                onPage(*page);
            }
            next(QString());
        });
    };
    fetchPages(guard, spec, step, [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::getInvoice(const QString &customerId, const QString &invoiceId,
                                                QObject *context, ItemHandler<MetronomeInvoice> onItem,
                                                DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading invoice %1").arg(invoiceId), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    const QString path = u"/v1/customers/"_s + segment(customerId) + u"/invoices/"_s + segment(invoiceId);
    fetchData(guard, request("GET", path, {}, std::nullopt, u"invoices.get"_s),
              [guard, onItem](const QJsonValue &data) {
                  QString error;
                  const auto invoice = MetronomeInvoice::fromJson(data, &error);
                  if (!invoice) {
                      guard->fail(tr("an item does not match the API: %1").arg(error));
                      return;
                  }
                  guard->countPage(1);
                  if (onItem) {
                      onItem(*invoice);
                  }
                  if (guard) {
                      guard->finish(MetronomeError());
                  }
              });
    return op;
}

MetronomeOperation *MetronomeClient::listCreditGrants(const MetronomeCreditGrantQuery &query,
                                                      QObject *context,
                                                      PageHandler<MetronomeCreditGrant> onPage,
                                                      DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading credit grants"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    PageSpec spec;
    spec.method = "POST";
    spec.path = u"/v1/credits/listGrants"_s;
    spec.limit = m_pageSize;
    spec.label = u"credit-grants.list"_s;
    spec.cursorIn = CursorIn::Query; // a POST whose limit and next_page are in the query (ref §6.1)
    QJsonObject body;
    if (!query.customerIds.isEmpty()) {
        body.insert(u"customer_ids"_s, toArray(query.customerIds));
    }
    if (!query.creditTypeIds.isEmpty()) {
        body.insert(u"credit_type_ids"_s, toArray(query.creditTypeIds));
    }
    if (!query.creditGrantIds.isEmpty()) {
        body.insert(u"credit_grant_ids"_s, toArray(query.creditGrantIds));
    }
    if (query.effectiveBefore.isValid()) {
        body.insert(u"effective_before"_s, rfc3339(query.effectiveBefore));
    }
    if (query.notExpiringBefore.isValid()) {
        body.insert(u"not_expiring_before"_s, rfc3339(query.notExpiringBefore));
    }
    spec.body = body;
    fetchPages(guard, spec, parse<MetronomeCreditGrant>(guard, std::move(onPage), u"credit_grants"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listDailyUsage(const MetronomeUsageQuery &query, QObject *context,
                                                    PageHandler<MetronomeUsage> onPage, DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("reading usage"), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    if (!query.startingOn.isValid() || !query.endingBefore.isValid() ||
        query.endingBefore <= query.startingOn) {
        const MetronomeError error = MetronomeError::invalidRequest(
            op->description(), tr("a usage window needs a start before its end"));
        QTimer::singleShot(0, op, [guard, error]() { guard->finish(error); });
        return op;
    }
    QJsonObject body{{u"starting_on"_s, rfc3339(midnightFloor(query.startingOn))},
                     {u"ending_before"_s, rfc3339(midnightCeil(query.endingBefore))},
                     {u"window_size"_s, u"DAY"_s}};
    if (!query.customerIds.isEmpty()) {
        body.insert(u"customer_ids"_s, toArray(query.customerIds));
    }
    if (!query.metrics.isEmpty()) {
        QJsonArray metrics;
        for (const MetronomeUsageQuery::Metric &m : query.metrics) {
            QJsonObject metric{{u"id"_s, m.id}};
            if (!m.groupKey.isEmpty()) {
                QJsonObject groupBy{{u"key"_s, m.groupKey}};
                if (!m.groupValues.isEmpty()) {
                    groupBy.insert(u"values"_s, toArray(m.groupValues));
                }
                metric.insert(u"group_by"_s, groupBy);
            }
            metrics.append(metric);
        }
        body.insert(u"billable_metrics"_s, metrics);
    }
    PageSpec spec;
    spec.method = "POST";
    spec.path = u"/v1/usage"_s;
    spec.body = body;
    spec.sendsLimit = false; // the server sizes /v1/usage pages; next_page is in the query
    spec.label = u"usage.list"_s;
    fetchPages(guard, spec, parse<MetronomeUsage>(guard, std::move(onPage), u"usage"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::listGroupedUsage(const MetronomeGroupedUsageQuery &query,
                                                      QObject *context,
                                                      PageHandler<MetronomeGroupedUsage> onPage,
                                                      DoneHandler onDone)
{
    MetronomeOperation *op =
        begin(tr("reading grouped usage of customer %1").arg(query.customerId), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    const bool ranged = query.startingOn.isValid() && query.endingBefore.isValid();
    if (query.customerId.isEmpty() || query.billableMetricId.isEmpty() || (!query.currentPeriod && !ranged)) {
        const MetronomeError error = MetronomeError::invalidRequest(
            op->description(), tr("grouped usage needs a customer, a billable metric and a window"));
        QTimer::singleShot(0, op, [guard, error]() { guard->finish(error); });
        return op;
    }
    QJsonObject body{{u"customer_id"_s, query.customerId},
                     {u"billable_metric_id"_s, query.billableMetricId},
                     {u"window_size"_s, query.wholeRange ? u"NONE"_s : u"DAY"_s}};
    if (query.currentPeriod) {
        body.insert(u"current_period"_s, true);
    } else {
        body.insert(u"starting_on"_s,
                    rfc3339(query.wholeRange ? query.startingOn : midnightFloor(query.startingOn)));
        body.insert(u"ending_before"_s,
                    rfc3339(query.wholeRange ? query.endingBefore : midnightCeil(query.endingBefore)));
    }
    if (!query.groupKey.isEmpty()) {
        body.insert(u"group_key"_s, toArray(query.groupKey));
    }
    if (!query.groupFilters.isEmpty()) {
        QJsonObject filters;
        for (auto it = query.groupFilters.cbegin(); it != query.groupFilters.cend(); ++it) {
            filters.insert(it.key(), toArray(it.value()));
        }
        body.insert(u"group_filters"_s, filters);
    }
    PageSpec spec;
    spec.method = "POST";
    spec.path = u"/v1/usage/groups"_s;
    spec.body = body;
    spec.limit = m_pageSize;
    spec.label = u"usage.groups"_s;
    const QString customerId = query.customerId;
    const QString metricId = query.billableMetricId;
    PageHandler<MetronomeGroupedUsage> fill = [customerId, metricId,
                                               onPage](const QList<MetronomeGroupedUsage> &page) {
        QList<MetronomeGroupedUsage> rows = page;
        for (MetronomeGroupedUsage &row : rows) {
            row.customerId = customerId;
            row.billableMetricId = metricId;
        }
        if (onPage) {
            onPage(rows);
        }
    };
    fetchPages(guard, spec, parse<MetronomeGroupedUsage>(guard, std::move(fill), u"usage_groups"_s),
               [guard]() { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::setSalesforceAccountId(const QString &customerId,
                                                            const std::optional<QString> &accountId,
                                                            QObject *context, DoneHandler onDone)
{
    const QString description = accountId
                                    ? tr("linking customer %1 to a Salesforce account").arg(customerId)
                                    : tr("unlinking customer %1 from its Salesforce account").arg(customerId);
    MetronomeOperation *op = begin(description, context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    // null clears the link; the call answers 2xx with no JSON payload.
    const QJsonObject body{
        {u"salesforce_account_id"_s, accountId ? QJsonValue(*accountId) : QJsonValue(QJsonValue::Null)}};
    op->send(request("POST", u"/v1/customers/"_s + segment(customerId) + u"/updateConfig"_s, {}, body,
                     u"customers.update-config"_s),
             [guard](const HttpResponse &) { guard->finish(MetronomeError()); });
    return op;
}

MetronomeOperation *MetronomeClient::createCustomer(const MetronomeNewCustomer &customer, QObject *context,
                                                    ItemHandler<MetronomeCustomer> onItem, DoneHandler onDone)
{
    MetronomeOperation *op = begin(tr("creating customer %1").arg(customer.name), context, std::move(onDone));
    QPointer<MetronomeOperation> guard(op);
    QJsonObject body{{u"name"_s, customer.name}};
    if (!customer.ingestAliases.isEmpty()) {
        body.insert(u"ingest_aliases"_s, toArray(customer.ingestAliases));
    }
    if (!customer.customFields.isEmpty()) {
        QJsonObject fields;
        for (auto it = customer.customFields.cbegin(); it != customer.customFields.cend(); ++it) {
            fields.insert(it.key(), it.value());
        }
        body.insert(u"custom_fields"_s, fields);
    }
    if (!customer.externalId.isEmpty()) {
        body.insert(u"external_id"_s, customer.externalId);
    }
    HttpRequest r = request("POST", u"/v1/customers"_s, {}, body, u"customers.create"_s);
    // The same key on every attempt: a retried create cannot make a second customer.
    r.headers.append(
        {QByteArrayLiteral("Idempotency-Key"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    fetchData(guard, r, [guard, onItem](const QJsonValue &data) {
        QString error;
        const auto created = MetronomeCustomer::fromJson(data, &error);
        if (!created) {
            guard->fail(tr("an item does not match the API: %1").arg(error));
            return;
        }
        guard->countPage(1);
        if (onItem) {
            onItem(*created);
        }
        if (guard) {
            guard->finish(MetronomeError());
        }
    });
    return op;
}
