#include "sync/MetronomeSourceReader.h"

#include "logging/LogCategories.h"
#include "metronome/MetronomeClient.h"
#include "metronome/MetronomeError.h"
#include "net/HttpTransport.h"
#include "util/Decimal.h"
#include "util/FailPoints.h"

#include <QCryptographicHash>
#include <QLocale>

namespace {

constexpr int kBatchCustomers = 100; // the customer_ids filters take at most 100

QVariant money(const Decimal &amount)
{
    return QVariant::fromValue(amount);
}

QVariant optionalMoney(const std::optional<Decimal> &amount)
{
    return amount ? QVariant::fromValue(*amount) : QVariant();
}

QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant();
}

QVariant priority(const std::optional<double> &p)
{
    return p ? QVariant(*p) : QVariant();
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

MetronomeSourceReader::MetronomeSourceReader(MetronomeClient *client,
                                             const QHash<QString, QStringList> &extraAccounts,
                                             QObject *parent)
    : SourceReader(parent)
    , m_client(client)
    , m_extraAccounts(extraAccounts)
{}

QString MetronomeSourceReader::usageId(const QString &customerId, const QString &metricId,
                                       const QDateTime &start, const QDateTime &end, const QString &groupKey,
                                       const QString &groupValue)
{
    // Seed 003: one record per customer, metric and window; re-reading a day updates it.
    QString id = customerId + QLatin1Char('/') + metricId + QLatin1Char('/') +
                 start.toUTC().toString(Qt::ISODate) + QLatin1Char('/') + end.toUTC().toString(Qt::ISODate);
    if (!groupKey.isEmpty()) {
        // Group values are free text: hashed so the key stays short and safe.
        id += QLatin1Char('/') + groupKey + QLatin1Char('=') + shortHash(groupValue);
    }
    return id;
}

QString MetronomeSourceReader::lineItemId(const QString &invoiceId, const QString &naturalKey, int occurrence)
{
    QString id = invoiceId + QStringLiteral("/line/") + shortHash(naturalKey);
    if (occurrence > 0) {
        id += QLatin1Char('.') + QString::number(occurrence); // identical lines on one invoice
    }
    return id;
}

bool MetronomeSourceReader::wants(const QString &source) const
{
    return m_options.sources.isEmpty() || m_options.sources.contains(source);
}

void MetronomeSourceReader::emitRows(const QString &source, QList<QVariantHash> &rows)
{
    if (rows.isEmpty() || m_cancelled || m_finished || !wants(source)) {
        rows.clear();
        return;
    }
    emit this->rows(source, rows);
    rows.clear();
    FailPoints::hit("read.page");
}

qint64 MetronomeSourceReader::callCount() const
{
    return static_cast<qint64>(m_client->transport()->stats().sent);
}

void MetronomeSourceReader::start(const Options &options)
{
    m_options = options;
    if (!m_today.isValid()) {
        m_today = options.usageUntil.isValid() ? options.usageUntil : QDateTime::currentDateTimeUtc().date();
    }
    m_cancelled = false;
    m_finished = false;
    startCatalog();
}

void MetronomeSourceReader::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    m_finished = true;
    m_client->cancelAll();
}

void MetronomeSourceReader::fail(const QString &message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_client->cancelAll();
    emit finished(false, message);
}

void MetronomeSourceReader::operationDone(const MetronomeError &error)
{
    if (m_finished) {
        return;
    }
    if (!error.isOk()) {
        if (!error.isCancelled()) {
            fail(error.userMessage());
        }
        return;
    }
    --m_pending;
    checkDone();
}

void MetronomeSourceReader::startCatalog()
{
    m_stage = Stage::Catalog;
    m_pending = 0;
    auto done = [this](const MetronomeError &e) { operationDone(e); };
    if (wants(QStringLiteral("credit_types"))) {
        ++m_pending;
        m_client->listCreditTypes(
            this,
            [this](const QList<MetronomeCreditType> &page) {
                QList<QVariantHash> rows;
                for (const MetronomeCreditType &t : page) {
                    rows.append(
                        {{QStringLiteral("id"), t.id},
                         {QStringLiteral("name"), t.name},
                         {QStringLiteral("is_currency"), t.isCurrency.value_or(t.isMinorCurrencyUnit())}});
                }
                emitRows(QStringLiteral("credit_types"), rows);
            },
            done);
    }
    if (wants(QStringLiteral("rate_cards"))) {
        ++m_pending;
        m_client->listRateCards(
            this,
            [this](const QList<MetronomeRateCard> &page) {
                QList<QVariantHash> rows;
                for (const MetronomeRateCard &r : page) {
                    rows.append({{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("description"), r.description}});
                }
                emitRows(QStringLiteral("rate_cards"), rows);
            },
            done);
    }
    if (wants(QStringLiteral("plans")) || wants(QStringLiteral("customer_plans"))) {
        ++m_pending;
        m_client->listPlans(
            this,
            [this](const QList<MetronomePlan> &page) {
                QList<QVariantHash> rows;
                for (const MetronomePlan &p : page) {
                    rows.append({{QStringLiteral("id"), p.id},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("description"), p.description}});
                }
                emitRows(QStringLiteral("plans"), rows);
            },
            done);
    }
    // Metrics are always read: usage is asked for per metric.
    ++m_pending;
    m_client->listBillableMetrics(
        false, this,
        [this](const QList<MetronomeBillableMetric> &page) {
            QList<QVariantHash> rows;
            for (const MetronomeBillableMetric &m : page) {
                m_metrics.append(m);
                QStringList keys;
                for (const QStringList &key : m.groupKeys) {
                    keys.append(key.join(QLatin1Char('+')));
                }
                rows.append({{QStringLiteral("id"), m.id},
                             {QStringLiteral("name"), m.name},
                             {QStringLiteral("aggregation_type"), m.aggregationType},
                             {QStringLiteral("group_keys"), keys.join(QStringLiteral("; "))}});
            }
            emitRows(QStringLiteral("billable_metrics"), rows);
        },
        done);
}

void MetronomeSourceReader::checkDone()
{
    if (m_finished || m_pending > 0) {
        return;
    }
    switch (m_stage) {
    case Stage::Catalog:
        startCustomers();
        return;
    case Stage::Customers:
    case Stage::PerCustomer:
        if (m_customersListed && m_customerQueue.isEmpty() && m_customerTasks.isEmpty()) {
            startBatched();
        }
        return;
    case Stage::Batched:
        m_stage = Stage::Done;
        m_finished = true;
        qCInfo(lcMetronome) << "read" << m_customersTotal << "customers with" << callCount() << "calls";
        emit finished(true, QString());
        return;
    case Stage::Done:
        return;
    }
}

void MetronomeSourceReader::startCustomers()
{
    m_stage = Stage::Customers;
    const QStringList only(m_options.onlyCustomers.begin(), m_options.onlyCustomers.end());
    QList<MetronomeCustomerQuery> queries;
    if (only.isEmpty()) {
        queries.append(MetronomeCustomerQuery()); // active and archived
    } else {
        for (int i = 0; i < only.size(); i += kBatchCustomers) {
            MetronomeCustomerQuery q;
            q.customerIds = only.mid(i, kBatchCustomers);
            queries.append(q);
        }
    }
    m_pending = static_cast<int>(queries.size());
    for (const MetronomeCustomerQuery &query : std::as_const(queries)) {
        m_client->listCustomers(
            query, this, [this](const QList<MetronomeCustomer> &page) { onCustomerPage(page); },
            [this](const MetronomeError &error) {
                if (error.isOk() && m_pending == 1) {
                    m_customersListed = true;
                    m_customersTotal = m_customerOrder.size();
                }
                operationDone(error);
            });
    }
}

void MetronomeSourceReader::onCustomerPage(const QList<MetronomeCustomer> &page)
{
    QList<QVariantHash> customers;
    QList<QVariantHash> links;
    QList<QVariantHash> aliases;
    for (const MetronomeCustomer &c : page) {
        if (!m_options.onlyCustomers.isEmpty() && !m_options.onlyCustomers.contains(c.id)) {
            continue;
        }
        const QStringList extras = m_extraAccounts.value(c.id);
        const bool linked = !c.salesforceAccountId.isEmpty() || !extras.isEmpty();
        if (m_options.scope == Sync::Scope::LinkedOnly && !linked) {
            continue; // nothing of an unlinked customer is sent
        }
        QString primary = c.salesforceAccountId;
        if (primary.isEmpty() && !extras.isEmpty()) {
            primary = extras.first();
        }
        m_accounts.insert(c.id, primary);
        m_customerNames.insert(c.id, c.name);
        m_customerOrder.append(c.id);
        customers.append({{QStringLiteral("id"), c.id},
                          {QStringLiteral("customer_id"), c.id},
                          {QStringLiteral("name"), c.name},
                          {QStringLiteral("account_id"), primary},
                          {QStringLiteral("archived"), c.isArchived()},
                          {QStringLiteral("ingest_aliases"), c.ingestAliases},
                          {QStringLiteral("created_at"), time(c.createdAt)}});
        QStringList accounts;
        if (!c.salesforceAccountId.isEmpty()) {
            accounts.append(c.salesforceAccountId);
        }
        for (const QString &extra : extras) {
            if (!accounts.contains(extra)) {
                accounts.append(extra);
            }
        }
        for (const QString &account : std::as_const(accounts)) {
            links.append({{QStringLiteral("id"), QString(c.id + QLatin1Char(':') + account)},
                          {QStringLiteral("customer_id"), c.id},
                          {QStringLiteral("account_id"), account},
                          {QStringLiteral("primary"), account == primary}});
        }
        for (const QString &alias : c.ingestAliases) {
            aliases.append({{QStringLiteral("id"), QString(c.id + QLatin1Char('/') + alias)},
                            {QStringLiteral("customer_id"), c.id},
                            {QStringLiteral("account_id"), primary},
                            {QStringLiteral("alias"), alias}});
        }
        m_customerQueue.enqueue(c.id);
    }
    emitRows(QStringLiteral("customers"), customers);
    emitRows(QStringLiteral("customer_accounts"), links);
    emitRows(QStringLiteral("ingest_aliases"), aliases);
    pumpCustomers();
}

void MetronomeSourceReader::pumpCustomers()
{
    while (!m_finished && m_customerTasks.size() < m_window && !m_customerQueue.isEmpty()) {
        readCustomer(m_customerQueue.dequeue());
    }
}

void MetronomeSourceReader::customerTaskDone(const QString &customerId)
{
    auto it = m_customerTasks.find(customerId);
    if (it == m_customerTasks.end()) {
        return;
    }
    if (--it.value() > 0) {
        return;
    }
    m_customerTasks.erase(it);
    ++m_customersDone;
    emit progress(m_customersDone, std::max(m_customersTotal, qint64(m_customerOrder.size())),
                  tr("Read %1 of %2 customers")
                      .arg(QLocale().toString(m_customersDone),
                           QLocale().toString(std::max(m_customersTotal, qint64(m_customerOrder.size())))));
    pumpCustomers();
    checkDone();
}

void MetronomeSourceReader::readCustomer(const QString &customerId)
{
    const bool contracts = wants(QStringLiteral("contracts")) || wants(QStringLiteral("commits"));
    const bool invoices = wants(QStringLiteral("invoices")) || wants(QStringLiteral("invoice_line_items")) ||
                          wants(QStringLiteral("invoice_sub_line_items"));
    const bool plans = wants(QStringLiteral("customer_plans"));
    int tasks = (contracts ? 1 : 0) + (invoices ? 1 : 0) + (plans ? 1 : 0);
    if (tasks == 0) {
        ++m_customersDone;
        return;
    }
    m_customerTasks.insert(customerId, tasks);
    auto done = [this, customerId](const MetronomeError &error) {
        if (m_finished) {
            return;
        }
        if (!error.isOk()) {
            if (!error.isCancelled()) {
                fail(error.userMessage());
            }
            return;
        }
        customerTaskDone(customerId);
    };
    if (contracts) {
        m_client->listContracts(
            customerId, MetronomeContractQuery(), this,
            [this](const QList<MetronomeContract> &page) {
                for (const MetronomeContract &contract : page) {
                    addContractRows(contract);
                }
            },
            done);
    }
    if (invoices) {
        m_client->listInvoices(
            customerId, MetronomeInvoiceQuery(), this,
            [this](const QList<MetronomeInvoice> &page) {
                for (const MetronomeInvoice &invoice : page) {
                    addInvoiceRows(invoice);
                }
            },
            done);
    }
    if (plans) {
        m_client->listCustomerPlans(
            customerId, this,
            [this, customerId](const QList<MetronomeCustomerPlan> &page) {
                QList<QVariantHash> rows;
                for (const MetronomeCustomerPlan &p : page) {
                    rows.append({{QStringLiteral("id"), p.id},
                                 {QStringLiteral("customer_id"), customerId},
                                 {QStringLiteral("account_id"), accountOf(customerId)},
                                 {QStringLiteral("plan_id"), p.planId},
                                 {QStringLiteral("plan_name"), p.planName},
                                 {QStringLiteral("starting_on"), time(p.startingOn)},
                                 {QStringLiteral("ending_before"), time(p.endingBefore)}});
                }
                emitRows(QStringLiteral("customer_plans"), rows);
            },
            done);
    }
}

void MetronomeSourceReader::addContractRows(const MetronomeContract &c)
{
    const QString account = accountOf(c.customerId);
    QList<QVariantHash> contracts;
    const QString displayName =
        c.name.isEmpty() ? tr("Contract from %1").arg(c.startingAt.toUTC().date().toString(Qt::ISODate))
                         : c.name;
    contracts.append({{QStringLiteral("id"), c.id},
                      {QStringLiteral("customer_id"), c.customerId},
                      {QStringLiteral("account_id"), account},
                      {QStringLiteral("rate_card_id"), c.rateCardId},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("display_name"), displayName},
                      {QStringLiteral("starting_at"), time(c.startingAt)},
                      {QStringLiteral("ending_before"), time(c.endingBefore)},
                      {QStringLiteral("usage_statement_frequency"), c.usageStatementFrequency},
                      {QStringLiteral("total_contract_value"), optionalMoney(c.totalContractValue)},
                      {QStringLiteral("credit_type_name"), MetronomeCreditType::usdCents().name},
                      {QStringLiteral("archived"), c.isArchived()}});
    emitRows(QStringLiteral("contracts"), contracts);

    QList<QVariantHash> commits;
    const QList<MetronomeCommit> all = c.commits + c.credits;
    for (const MetronomeCommit &m : all) {
        const MetronomeMoney total = m.totalAmount();
        const MetronomeMoney cost = m.totalCost();
        const std::optional<MetronomeMoney> balance = m.balanceMoney();
        QString name = m.name.isEmpty() ? m.productName : m.name;
        if (name.isEmpty()) {
            name = m.type;
        }
        commits.append({{QStringLiteral("id"), m.id},
                        {QStringLiteral("customer_id"), c.customerId},
                        {QStringLiteral("account_id"), account},
                        {QStringLiteral("contract_id"), m.contractId.isEmpty() ? c.id : m.contractId},
                        {QStringLiteral("credit_type_id"), total.creditType.id},
                        {QStringLiteral("credit_type_name"), total.creditType.name},
                        {QStringLiteral("name"), m.name},
                        {QStringLiteral("display_name"), name},
                        {QStringLiteral("product_name"), m.productName},
                        {QStringLiteral("type"), m.type},
                        {QStringLiteral("priority"), priority(m.priority)},
                        {QStringLiteral("description"), m.description},
                        {QStringLiteral("starting_at"), time(m.startingAt())},
                        {QStringLiteral("ending_before"), time(m.endingBefore())},
                        {QStringLiteral("total_amount"), money(total.amount)},
                        {QStringLiteral("current_balance"), balance ? money(balance->amount) : QVariant()},
                        {QStringLiteral("total_cost"), money(cost.amount)}});
    }
    emitRows(QStringLiteral("commits"), commits);
}

void MetronomeSourceReader::addInvoiceRows(const MetronomeInvoice &inv)
{
    const QString account = accountOf(inv.customerId);
    const QString customerName = m_customerNames.value(inv.customerId);
    // Seed 002: "Invoice Name (Customer Name - DD-MM-YYYY)".
    const QString displayName = customerName + QStringLiteral(" - ") +
                                inv.startTimestamp.toUTC().date().toString(QStringLiteral("dd-MM-yyyy"));
    QList<QVariantHash> invoices;
    invoices.append({{QStringLiteral("id"), inv.id},
                     {QStringLiteral("customer_id"), inv.customerId},
                     {QStringLiteral("account_id"), account},
                     {QStringLiteral("contract_id"), inv.contractId},
                     {QStringLiteral("plan_id"), inv.planId},
                     {QStringLiteral("credit_type_id"), inv.creditType.id},
                     {QStringLiteral("credit_type_name"), inv.creditType.name},
                     {QStringLiteral("type"), inv.type},
                     {QStringLiteral("status"), inv.status},
                     {QStringLiteral("display_name"), displayName},
                     {QStringLiteral("start_date"), time(inv.startTimestamp)},
                     {QStringLiteral("end_date"), time(inv.endTimestamp)},
                     {QStringLiteral("starting_on"), time(inv.startTimestamp)},
                     {QStringLiteral("ending_before"), time(inv.endTimestamp)},
                     {QStringLiteral("issued_at"), time(inv.issuedAt)},
                     {QStringLiteral("subtotal"), optionalMoney(inv.subtotal)},
                     {QStringLiteral("total"), money(inv.total)}});
    emitRows(QStringLiteral("invoices"), invoices);

    QList<QVariantHash> lines;
    QList<QVariantHash> subLines;
    QList<QVariantHash> dimensions;
    QList<QVariantHash> lineDimensions;
    QList<QVariantHash> groups;
    QList<QVariantHash> lineGroups;
    QHash<QString, int> seen;
    for (const MetronomeInvoice::LineItem &line : inv.lineItems) {
        const QString key = line.naturalKey();
        const QString lineId = lineItemId(inv.id, key, seen[key]++);
        const QString commitId = !line.appliedCommitId.isEmpty() ? line.appliedCommitId : line.commitId;
        lines.append({{QStringLiteral("id"), lineId},
                      {QStringLiteral("invoice_id"), inv.id},
                      {QStringLiteral("customer_id"), inv.customerId},
                      {QStringLiteral("credit_type_id"), line.creditType.id},
                      {QStringLiteral("credit_type_name"), line.creditType.name},
                      {QStringLiteral("commit_id"), commitId},
                      {QStringLiteral("name"), line.name},
                      {QStringLiteral("type"), line.type},
                      {QStringLiteral("quantity"), optionalMoney(line.quantity)},
                      {QStringLiteral("unit_price"), optionalMoney(line.unitPrice)},
                      {QStringLiteral("product_id"), line.productId},
                      {QStringLiteral("total"), money(line.total)},
                      {QStringLiteral("starting_at"), time(line.startingAt)},
                      {QStringLiteral("ending_before"), time(line.endingBefore)}});
        for (int i = 0; i < line.subLineItems.size(); ++i) {
            const MetronomeInvoice::SubLineItem &sub = line.subLineItems.at(i);
            const QString subId =
                lineId + QStringLiteral("/sub/") +
                shortHash(sub.chargeId + QLatin1Char('|') + sub.name + QLatin1Char('|') + QString::number(i));
            subLines.append({{QStringLiteral("id"), subId},
                             {QStringLiteral("line_item_id"), lineId},
                             {QStringLiteral("customer_id"), inv.customerId},
                             {QStringLiteral("credit_type_name"), line.creditType.name},
                             {QStringLiteral("name"), sub.name},
                             {QStringLiteral("quantity"), optionalMoney(sub.quantity)},
                             {QStringLiteral("price"), optionalMoney(sub.price)},
                             {QStringLiteral("subtotal"), money(sub.subtotal)}});
        }
        // The Census package keeps pricing and presentation group values as shared rows
        // plus many-to-many links to line items (seed 000).
        if (wants(QStringLiteral("pricing_dimensions")) || wants(QStringLiteral("invoicing_groups"))) {
            for (auto it = line.pricingGroupValues.begin(); it != line.pricingGroupValues.end(); ++it) {
                const QString dimension =
                    shortHash(QStringLiteral("pricing|") + it.key() + QLatin1Char('=') + it.value());
                dimensions.append({{QStringLiteral("id"), dimension},
                                   {QStringLiteral("key"), it.key()},
                                   {QStringLiteral("value"), it.value()}});
                lineDimensions.append({{QStringLiteral("id"), QString(lineId + QLatin1Char('|') + dimension)},
                                       {QStringLiteral("customer_id"), inv.customerId},
                                       {QStringLiteral("line_item_id"), lineId},
                                       {QStringLiteral("pricing_dimension_id"), dimension}});
            }
            for (auto it = line.presentationGroupValues.begin(); it != line.presentationGroupValues.end();
                 ++it) {
                const QString group =
                    shortHash(QStringLiteral("presentation|") + it.key() + QLatin1Char('=') + it.value());
                groups.append({{QStringLiteral("id"), group},
                               {QStringLiteral("key"), it.key()},
                               {QStringLiteral("value"), it.value()}});
                lineGroups.append({{QStringLiteral("id"), QString(lineId + QLatin1Char('|') + group)},
                                   {QStringLiteral("customer_id"), inv.customerId},
                                   {QStringLiteral("line_item_id"), lineId},
                                   {QStringLiteral("invoicing_group_id"), group}});
            }
        }
    }
    emitRows(QStringLiteral("invoice_line_items"), lines);
    emitRows(QStringLiteral("invoice_sub_line_items"), subLines);
    emitRows(QStringLiteral("pricing_dimensions"), dimensions);
    emitRows(QStringLiteral("line_item_pricing_dimensions"), lineDimensions);
    emitRows(QStringLiteral("invoicing_groups"), groups);
    emitRows(QStringLiteral("line_item_invoicing_groups"), lineGroups);
}

void MetronomeSourceReader::startBatched()
{
    m_stage = Stage::Batched;
    m_pending = 0;
    if (m_customerOrder.isEmpty()) {
        checkDone();
        return;
    }
    // Several lanes of customer batches at once (lane i reads batches i, i+lanes, ...), so
    // latency does not add up batch after batch; the client still bounds the calls in flight.
    const int batches = static_cast<int>((m_customerOrder.size() + kBatchCustomers - 1) / kBatchCustomers);
    const int lanes = std::max(1, std::min(m_client->maxInFlight(), batches));
    m_lanes = lanes;
    for (int lane = 0; lane < lanes; ++lane) {
        if (wants(QStringLiteral("credit_grants")) && lane == 0) {
            ++m_pending; // grants are few: one lane
            readGrants(0);
        }
        if (wants(QStringLiteral("usage"))) {
            ++m_pending;
            readUsage(lane * kBatchCustomers);
        }
    }
    checkDone();
}

void MetronomeSourceReader::readGrants(int from)
{
    if (m_finished) {
        return;
    }
    if (from >= m_customerOrder.size()) {
        operationDone(MetronomeError());
        return;
    }
    MetronomeCreditGrantQuery query;
    query.customerIds = m_customerOrder.mid(from, kBatchCustomers);
    m_client->listCreditGrants(
        query, this,
        [this](const QList<MetronomeCreditGrant> &page) {
            QList<QVariantHash> rows;
            for (const MetronomeCreditGrant &g : page) {
                rows.append(
                    {{QStringLiteral("id"), g.id},
                     {QStringLiteral("customer_id"), g.customerId},
                     {QStringLiteral("account_id"), accountOf(g.customerId)},
                     {QStringLiteral("name"), g.name},
                     {QStringLiteral("reason"), g.reason},
                     {QStringLiteral("priority"), priority(g.priority)},
                     {QStringLiteral("effective_at"), time(g.effectiveAt)},
                     {QStringLiteral("expires_at"), time(g.expiresAt)},
                     {QStringLiteral("grant_amount"), money(g.grantAmount.amount)},
                     {QStringLiteral("grant_credit_type_name"), g.grantAmount.creditType.name},
                     {QStringLiteral("paid_amount"), money(g.paidAmount.amount)},
                     {QStringLiteral("paid_credit_type_name"), g.paidAmount.creditType.name},
                     {QStringLiteral("balance_including_pending"), money(g.balanceIncludingPending)},
                     {QStringLiteral("balance_excluding_pending"), money(g.balanceExcludingPending)}});
            }
            emitRows(QStringLiteral("credit_grants"), rows);
        },
        [this, from](const MetronomeError &error) {
            if (!error.isOk()) {
                operationDone(error);
                return;
            }
            readGrants(from + kBatchCustomers);
        });
}

void MetronomeSourceReader::readUsage(int from)
{
    if (m_finished) {
        return;
    }
    if (from >= m_customerOrder.size() || m_metrics.isEmpty()) {
        operationDone(MetronomeError());
        return;
    }
    MetronomeUsageQuery query;
    query.customerIds = m_customerOrder.mid(from, kBatchCustomers);
    const QDateTime end(m_today.addDays(1), QTime(0, 0), Qt::UTC);
    query.endingBefore = end;
    query.startingOn = end.addDays(-std::max(1, m_options.usageDays));
    for (const MetronomeBillableMetric &metric : std::as_const(m_metrics)) {
        MetronomeUsageQuery::Metric m;
        m.id = metric.id;
        m.groupKey = metric.simpleGroupKeys().value(0); // grouped usage keeps group key and value
        query.metrics.append(m);
    }
    QHash<QString, QString> groupKeyOf;
    for (const MetronomeUsageQuery::Metric &m : std::as_const(query.metrics)) {
        groupKeyOf.insert(m.id, m.groupKey);
    }
    m_client->listDailyUsage(
        query, this,
        [this, groupKeyOf](const QList<MetronomeUsage> &page) {
            QList<QVariantHash> rows;
            for (const MetronomeUsage &u : page) {
                if (!u.value) {
                    continue; // no usage reported for that day
                }
                const QString account = accountOf(u.customerId);
                rows.append({{QStringLiteral("id"),
                              usageId(u.customerId, u.billableMetricId, u.startTimestamp, u.endTimestamp)},
                             {QStringLiteral("customer_id"), u.customerId},
                             {QStringLiteral("account_id"), account},
                             {QStringLiteral("billable_metric_id"), u.billableMetricId},
                             {QStringLiteral("billable_metric_name"), u.billableMetricName},
                             {QStringLiteral("start"), time(u.startTimestamp)},
                             {QStringLiteral("end"), time(u.endTimestamp)},
                             {QStringLiteral("value"), money(*u.value)}});
                const QString groupKey = groupKeyOf.value(u.billableMetricId);
                for (auto g = u.groups.begin(); g != u.groups.end(); ++g) {
                    if (!g.value()) {
                        continue;
                    }
                    rows.append(
                        {{QStringLiteral("id"), usageId(u.customerId, u.billableMetricId, u.startTimestamp,
                                                        u.endTimestamp, groupKey, g.key())},
                         {QStringLiteral("customer_id"), u.customerId},
                         {QStringLiteral("account_id"), account},
                         {QStringLiteral("billable_metric_id"), u.billableMetricId},
                         {QStringLiteral("billable_metric_name"), u.billableMetricName},
                         {QStringLiteral("start"), time(u.startTimestamp)},
                         {QStringLiteral("end"), time(u.endTimestamp)},
                         {QStringLiteral("value"), money(*g.value())},
                         {QStringLiteral("group_key"), groupKey},
                         {QStringLiteral("group_value"), g.key()}});
                }
            }
            emitRows(QStringLiteral("usage"), rows);
        },
        [this, from](const MetronomeError &error) {
            if (!error.isOk()) {
                operationDone(error);
                return;
            }
            readUsage(from + m_lanes * kBatchCustomers);
        });
}
