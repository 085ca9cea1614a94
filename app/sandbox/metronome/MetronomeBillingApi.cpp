#include "metronome/MetronomeBillingApi.h"

#include "metronome/MetronomeArgs.h"
#include "metronome/MetronomeHttp.h"
#include "metronome/MetronomeWorld.h"

#include <QHash>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

SandboxResponse badRequest(const QString &message)
{
    return MetronomeHttp::error(400, message);
}

SandboxResponse customerNotFound(const QString &id)
{
    return MetronomeHttp::error(404, u"Customer %1 not found"_s.arg(id));
}

// A midnight-aligned day compared with an instant.
bool dayAtOrAfter(qint64 day, const MetronomeDays::Instant &instant)
{
    return day > instant.day || (day == instant.day && instant.isMidnight());
}

bool dayBefore(qint64 day, const MetronomeDays::Instant &instant)
{
    return !dayAtOrAfter(day, instant);
}

bool covers(qint64 start, qint64 end, const MetronomeDays::Instant &instant)
{
    return start <= instant.day && instant.day < MetronomeBook::openEnd(end);
}

} // namespace

MetronomeBillingApi::MetronomeBillingApi(MetronomeWorld &world)
    : m_world(world)
    , m_render(world)
{}

SandboxResponse MetronomeBillingApi::listContracts(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString customerId = body.requiredString(u"customer_id"_s);
    const auto coveringDate = body.timestamp(u"covering_date"_s);
    const auto startingAt = body.timestamp(u"starting_at"_s);
    const bool includeArchived = body.boolean(u"include_archived"_s, false);
    const bool includeBalance = body.boolean(u"include_balance"_s, false);
    body.boolean(u"include_ledgers"_s, false);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    if (coveringDate && startingAt) {
        return badRequest(u"covering_date and starting_at cannot be combined"_s);
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return customerNotFound(customerId);
    }
    const MetronomeBook book = m_world.book(*customer);
    const auto ledger = m_world.ledger(*customer, book);
    QJsonArray data;
    for (int i = 0; i < book.contracts.size(); ++i) {
        const MetronomeBook::Contract &c = book.contracts.at(i);
        if (customer->archivedDay > 0 && !includeArchived) {
            continue;
        }
        if (coveringDate && !covers(c.start, c.end, *coveringDate)) {
            continue;
        }
        if (startingAt && !dayAtOrAfter(c.start, *startingAt)) {
            continue;
        }
        data.append(m_render.contract(*customer, book, *ledger, i, includeBalance));
    }
    return MetronomeHttp::data(data);
}

SandboxResponse MetronomeBillingApi::getContract(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString customerId = body.requiredString(u"customer_id"_s);
    const QString contractId = body.requiredString(u"contract_id"_s);
    const bool includeBalance = body.boolean(u"include_balance"_s, false);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return customerNotFound(customerId);
    }
    const MetronomeBook book = m_world.book(*customer);
    for (int i = 0; i < book.contracts.size(); ++i) {
        if (book.contracts.at(i).id == contractId) {
            const auto ledger = m_world.ledger(*customer, book);
            return MetronomeHttp::data(m_render.contract(*customer, book, *ledger, i, includeBalance));
        }
    }
    return MetronomeHttp::error(404, u"Contract %1 not found"_s.arg(contractId));
}

SandboxResponse MetronomeBillingApi::listCommitments(const SandboxRequest &request, bool credits)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    const QString customerId = body.requiredString(u"customer_id"_s);
    const QString onlyId = body.string(credits ? u"credit_id"_s : u"commit_id"_s);
    const auto coveringDate = body.timestamp(u"covering_date"_s);
    const auto startingAt = body.timestamp(u"starting_at"_s);
    const auto effectiveBefore = body.timestamp(u"effective_before"_s);
    const bool includeArchived = body.boolean(u"include_archived"_s, false);
    const bool includeBalance = body.boolean(u"include_balance"_s, false);
    const bool includeContract =
        body.boolean(credits ? u"include_contract_credits"_s : u"include_contract_commits"_s, false);
    body.boolean(u"include_ledgers"_s, false);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    const QString scope = (credits ? u"credits:"_s : u"commits:"_s) + customerId;
    SandboxResponse failure;
    // Commits and credits come 25 to a page at most (ref §3.5); limit and next_page are in the body.
    const auto paging = MetronomeHttp::paging(body, m_world.cursor(), scope, 25, 25, true, &failure);
    if (!paging) {
        return failure;
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return customerNotFound(customerId);
    }
    const MetronomeBook book = m_world.book(*customer);
    QList<QPair<int, int>> matches;
    // Every commitment here belongs to a contract; customer-level ones would need include_contract_* false.
    for (int c = 0; includeContract && c < book.contracts.size(); ++c) {
        if (customer->archivedDay > 0 && !includeArchived) {
            break;
        }
        for (int x = 0; x < book.contracts.at(c).commitments.size(); ++x) {
            const MetronomeBook::Commitment &m = book.contracts.at(c).commitments.at(x);
            if ((m.type == QLatin1String("CREDIT")) != credits) {
                continue;
            }
            if (!onlyId.isEmpty() && m.id != onlyId) {
                continue;
            }
            if (coveringDate && !covers(m.accessStart, m.accessEnd, *coveringDate)) {
                continue;
            }
            if (startingAt && !dayAtOrAfter(m.accessStart, *startingAt)) {
                continue;
            }
            if (effectiveBefore && !dayBefore(m.accessStart, *effectiveBefore)) {
                continue;
            }
            matches.append({c, x});
        }
    }
    const int offset = paging->position.isEmpty() ? 0 : paging->position.toInt();
    QJsonArray data;
    if (offset < matches.size()) {
        const auto ledger = m_world.ledger(*customer, book);
        for (int i = offset; i < matches.size() && i < offset + paging->limit; ++i) {
            data.append(m_render.commitment(*customer, book, *ledger, matches.at(i).first,
                                            matches.at(i).second, includeBalance));
        }
    }
    const int end = offset + paging->limit;
    return MetronomeHttp::page(
        data, end < matches.size() ? m_world.cursor().encode(scope, QString::number(end)) : QString());
}

SandboxResponse MetronomeBillingApi::listInvoices(const SandboxRequest &request, const QString &customerId)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    const QString status = query.string(u"status"_s).toUpper();
    const QString type = query.string(u"type"_s).toUpper();
    const auto startingOn = query.timestamp(u"starting_on"_s);
    const auto endingBefore = query.timestamp(u"ending_before"_s);
    const QString contractId = query.string(u"contract_id"_s);
    const QString creditTypeId = query.string(u"credit_type_id"_s);
    const QString sort = query.string(u"sort"_s);
    query.boolean(u"skip_zero_qty_line_items"_s, false);
    if (!query.ok()) {
        return badRequest(query.error());
    }
    if (!sort.isEmpty() && sort != QLatin1String("date_asc") && sort != QLatin1String("date_desc")) {
        return badRequest(u"sort must be date_asc or date_desc"_s);
    }
    const QString scope = u"invoices:"_s + customerId;
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, 100, MetronomeHttp::MaxLimit, true, &failure);
    if (!paging) {
        return failure;
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return customerNotFound(customerId);
    }
    const MetronomeBook book = m_world.book(*customer);
    const auto ledger = m_world.ledger(*customer, book);
    QList<const MetronomeLedger::Invoice *> matches;
    for (const MetronomeLedger::Invoice &invoice : ledger->invoices()) {
        if (!status.isEmpty() && invoice.status != status) {
            continue;
        }
        if (!type.isEmpty() && invoice.type != type) {
            continue;
        }
        // Billing periods that start at or after starting_on, and end by ending_before
        // (the period's own end is exclusive, so a period ending exactly then qualifies).
        if (startingOn && !dayAtOrAfter(invoice.start, *startingOn)) {
            continue;
        }
        if (endingBefore && !(invoice.end < endingBefore->day || (invoice.end == endingBefore->day))) {
            continue;
        }
        if (!contractId.isEmpty() &&
            (!invoice.isContract || book.contracts.at(invoice.arrangement).id != contractId)) {
            continue;
        }
        if (!creditTypeId.isEmpty() && creditTypeId != MetronomeCatalog::UsdCentsId) {
            continue;
        }
        matches.append(&invoice);
    }
    if (sort == QLatin1String("date_desc")) {
        std::reverse(matches.begin(), matches.end());
    }
    const int offset = paging->position.isEmpty() ? 0 : paging->position.toInt();
    QJsonArray data;
    for (int i = offset; i < matches.size() && i < offset + paging->limit; ++i) {
        data.append(m_render.invoice(*customer, book, *matches.at(i)));
    }
    const int end = offset + paging->limit;
    return MetronomeHttp::page(
        data, end < matches.size() ? m_world.cursor().encode(scope, QString::number(end)) : QString());
}

SandboxResponse MetronomeBillingApi::getInvoice(const SandboxRequest &request, const QString &customerId,
                                                const QString &invoiceId)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    query.boolean(u"skip_zero_qty_line_items"_s, false);
    if (!query.ok()) {
        return badRequest(query.error());
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return customerNotFound(customerId);
    }
    const MetronomeBook book = m_world.book(*customer);
    const auto ledger = m_world.ledger(*customer, book);
    for (const MetronomeLedger::Invoice &invoice : ledger->invoices()) {
        if (invoice.id == invoiceId) {
            return MetronomeHttp::data(m_render.invoice(*customer, book, invoice));
        }
    }
    return MetronomeHttp::error(404, u"Invoice %1 not found"_s.arg(invoiceId));
}

SandboxResponse MetronomeBillingApi::listCustomerPlans(const SandboxRequest &request,
                                                       const QString &customerId)
{
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    const QString scope = u"customer-plans:"_s + customerId;
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, 100, MetronomeHttp::MaxLimit, true, &failure);
    if (!paging) {
        return failure;
    }
    const auto customer = m_world.store().customerById(customerId);
    if (!customer) {
        return customerNotFound(customerId);
    }
    const MetronomeBook book = m_world.book(*customer);
    const int offset = paging->position.isEmpty() ? 0 : paging->position.toInt();
    QJsonArray data;
    for (int i = offset; i < book.plans.size() && i < offset + paging->limit; ++i) {
        data.append(m_render.customerPlan(book, i));
    }
    const int end = offset + paging->limit;
    return MetronomeHttp::page(
        data, end < book.plans.size() ? m_world.cursor().encode(scope, QString::number(end)) : QString());
}

SandboxResponse MetronomeBillingApi::listCreditGrants(const SandboxRequest &request)
{
    MetronomeArgs body = MetronomeArgs::fromBody(request);
    MetronomeStore::GrantFilter filter;
    filter.customerIds = body.list(u"customer_ids"_s);
    filter.creditTypeIds = body.list(u"credit_type_ids"_s);
    filter.grantIds = body.list(u"credit_grant_ids"_s);
    const auto effectiveBefore = body.timestamp(u"effective_before"_s);
    const auto notExpiringBefore = body.timestamp(u"not_expiring_before"_s);
    if (!body.ok()) {
        return badRequest(body.error());
    }
    if (!filter.grantIds.isEmpty() && (!filter.customerIds.isEmpty() || !filter.creditTypeIds.isEmpty())) {
        return badRequest(u"credit_grant_ids cannot be combined with customer_ids or credit_type_ids"_s);
    }
    if (effectiveBefore) {
        // effective_at (midnight) < effective_before
        filter.effectiveBeforeDay = effectiveBefore->day + (effectiveBefore->isMidnight() ? 0 : 1);
    }
    if (notExpiringBefore) {
        // expires_at (midnight) >= not_expiring_before
        filter.notExpiringBeforeDay = notExpiringBefore->day + (notExpiringBefore->isMidnight() ? 0 : 1);
    }
    // limit and next_page travel in the query string for this POST (ref §6.1).
    MetronomeArgs query = MetronomeArgs::fromQuery(request);
    const QString scope = MetronomeHttp::scope(u"grants"_s, request.body);
    SandboxResponse failure;
    const auto paging =
        MetronomeHttp::paging(query, m_world.cursor(), scope, 100, MetronomeHttp::MaxLimit, true, &failure);
    if (!paging) {
        return failure;
    }
    const qint64 after = paging->position.isEmpty() ? -1 : paging->position.toLongLong();
    const QList<MetronomeStore::GrantRow> rows = m_world.store().grants(filter, after, paging->limit + 1);

    struct Loaded
    {
        MetronomeStore::Customer customer;
        MetronomeBook book;
        std::unique_ptr<MetronomeLedger> ledger;
    };
    QHash<qint64, std::shared_ptr<Loaded>> loaded;
    QJsonArray data;
    for (int i = 0; i < rows.size() && i < paging->limit; ++i) {
        const MetronomeStore::GrantRow &row = rows.at(i);
        std::shared_ptr<Loaded> &entry = loaded[row.customerSeq];
        if (!entry) {
            const auto customer = m_world.store().customerBySeq(row.customerSeq);
            if (!customer) {
                continue;
            }
            entry = std::make_shared<Loaded>();
            entry->customer = *customer;
            entry->book = m_world.book(*customer);
            entry->ledger = m_world.ledger(entry->customer, entry->book);
        }
        data.append(m_render.creditGrant(entry->customer, entry->book, *entry->ledger, row.position));
    }
    QString next;
    if (rows.size() > paging->limit) {
        next = m_world.cursor().encode(scope, QString::number(rows.at(paging->limit - 1).seq));
    }
    return MetronomeHttp::page(data, next);
}
