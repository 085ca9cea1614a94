#include "DemoWorld.h"

#include "salesforce/SalesforceId.h"
#include "util/Decimal.h"

#include <QDate>
#include <QRandomGenerator>

namespace {

const char *const kFirst[] = {
    "Acme",     "Globex",    "Initech",   "Umbrella", "Hooli",      "Vandelay",        "Soylent",
    "Stark",    "Wayne",     "Cyberdyne", "Tyrell",   "Wonka",      "Oscorp",          "Gringotts",
    "Aperture", "Monarch",   "Nakatomi",  "Sirius",   "Pied Piper", "Massive Dynamic", "Blue Sun",
    "Dunder",   "Prestige",  "Northwind", "Contoso",  "Fabrikam",   "Tailspin",        "Litware",
    "Adatum",   "Proseware", "Lucerne",   "Margie's", "Alpine",     "Fourth Coffee"};
const char *const kSecond[] = {"Analytics", "Labs",     "Systems",   "Cloud",   "Robotics", "Health",
                               "Logistics", "Networks", "Foods",     "Energy",  "Media",    "Payments",
                               "Security",  "Travel",   "Insurance", "Studios", "Mobility", "Data"};
const char *const kSuffix[] = {"Inc.", "GmbH", "Ltd", "LLC", "S.A.", "AG", "Corp.", "B.V."};
const char *const kMetrics[] = {"API calls", "Compute hours", "Storage GB-days", "Seats",
                                "Tokens (millions)"};

QString accountId(int index)
{
    return SalesforceId::to18(
        QStringLiteral("0015g00000%1").arg(index, 5, 36, QLatin1Char('0')).toUpper().left(15));
}

QString iso(const QDateTime &dt)
{
    return dt.toString(Qt::ISODate);
}

QVariant money(qint64 cents)
{
    return QVariant::fromValue(Decimal::fromInt(cents));
}

} // namespace

QString DemoWorld::companyName(int index)
{
    const int first = index % static_cast<int>(std::size(kFirst));
    const int second = (index / static_cast<int>(std::size(kFirst))) % static_cast<int>(std::size(kSecond));
    const int suffix = (index * 7) % static_cast<int>(std::size(kSuffix));
    QString name = QStringLiteral("%1 %2 %3")
                       .arg(QString::fromUtf8(kFirst[first]), QString::fromUtf8(kSecond[second]),
                            QString::fromUtf8(kSuffix[suffix]));
    const int round = index / static_cast<int>(std::size(kFirst) * std::size(kSecond));
    if (round > 0) {
        name += QStringLiteral(" (%1)").arg(round + 1);
    }
    return name;
}

DemoWorld::Rows DemoWorld::build(const Options &options)
{
    QRandomGenerator random(options.seed);
    Rows world;
    const QDate today = QDate::currentDate();
    const QDateTime startOfYear(QDate(today.year(), 1, 1), QTime(0, 0), Qt::UTC);

    world[QStringLiteral("credit_types")] = {{{QStringLiteral("id"), QStringLiteral("ct_usd")},
                                              {QStringLiteral("name"), QStringLiteral("USD (cents)")},
                                              {QStringLiteral("is_currency"), true}},
                                             {{QStringLiteral("id"), QStringLiteral("ct_credits")},
                                              {QStringLiteral("name"), QStringLiteral("Cloud credits")},
                                              {QStringLiteral("is_currency"), false}}};
    for (int i = 0; i < 3; ++i) {
        static const char *const names[] = {"List 2025", "Enterprise 2025", "Startup"};
        world[QStringLiteral("rate_cards")].append(
            {{QStringLiteral("id"), QStringLiteral("rc_%1").arg(i + 1)},
             {QStringLiteral("name"), QString::fromUtf8(names[i])},
             {QStringLiteral("description"),
              QStringLiteral("Rates for %1 customers").arg(QString::fromUtf8(names[i]))}});
    }
    for (int m = 0; m < static_cast<int>(std::size(kMetrics)); ++m) {
        world[QStringLiteral("billable_metrics")].append(
            {{QStringLiteral("id"), QStringLiteral("bm_%1").arg(m + 1)},
             {QStringLiteral("name"), QString::fromUtf8(kMetrics[m])},
             {QStringLiteral("aggregation_type"), m == 3 ? QStringLiteral("MAX") : QStringLiteral("SUM")},
             {QStringLiteral("group_keys"), m == 0 ? QStringLiteral("region") : QString()}});
    }

    for (int c = 0; c < options.customers; ++c) {
        const QString customer = QStringLiteral("cus_%1").arg(c + 1, 6, 10, QLatin1Char('0'));
        const bool linked = c % 5 != 4;
        const QString account = linked ? accountId(c + 1) : QString();
        world[QStringLiteral("customers")].append({{QStringLiteral("id"), customer},
                                                   {QStringLiteral("customer_id"), customer},
                                                   {QStringLiteral("name"), companyName(c)},
                                                   {QStringLiteral("account_id"), account},
                                                   {QStringLiteral("archived"), false}});
        world[QStringLiteral("ingest_aliases")].append(
            {{QStringLiteral("id"), QStringLiteral("%1/alias").arg(customer)},
             {QStringLiteral("customer_id"), customer},
             {QStringLiteral("alias"),
              QStringLiteral("%1@ingest").arg(companyName(c).section(QLatin1Char(' '), 0, 0).toLower())}});

        const QString contract = QStringLiteral("con_%1").arg(c + 1, 6, 10, QLatin1Char('0'));
        const qint64 commitCents = (50 + static_cast<qint64>(random.bounded(950))) * 100000;
        world[QStringLiteral("contracts")].append(
            {{QStringLiteral("id"), contract},
             {QStringLiteral("customer_id"), customer},
             {QStringLiteral("account_id"), account},
             {QStringLiteral("rate_card_id"), QStringLiteral("rc_%1").arg(1 + c % 3)},
             {QStringLiteral("display_name"),
              QStringLiteral("%1 — %2 agreement").arg(companyName(c)).arg(today.year())},
             {QStringLiteral("name"), QStringLiteral("%1 agreement").arg(today.year())},
             {QStringLiteral("starting_at"), iso(startOfYear)},
             {QStringLiteral("ending_before"), iso(startOfYear.addYears(1))},
             {QStringLiteral("usage_statement_frequency"), QStringLiteral("MONTHLY")},
             {QStringLiteral("total_contract_value"), money(commitCents)},
             {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")}});
        world[QStringLiteral("commits")].append(
            {{QStringLiteral("id"), QStringLiteral("%1/commit").arg(contract)},
             {QStringLiteral("customer_id"), customer},
             {QStringLiteral("account_id"), account},
             {QStringLiteral("contract_id"), contract},
             {QStringLiteral("credit_type_id"), QStringLiteral("ct_usd")},
             {QStringLiteral("display_name"), QStringLiteral("Prepaid commit %1").arg(today.year())},
             {QStringLiteral("name"), QStringLiteral("Prepaid commit")},
             {QStringLiteral("type"), QStringLiteral("PREPAID")},
             {QStringLiteral("priority"), 1},
             {QStringLiteral("starting_at"), iso(startOfYear)},
             {QStringLiteral("ending_before"), iso(startOfYear.addYears(1))},
             {QStringLiteral("total_amount"), money(commitCents)},
             {QStringLiteral("current_balance"),
              money(commitCents -
                    static_cast<qint64>(random.bounded(static_cast<int>(commitCents / 100))) * 60)},
             {QStringLiteral("total_cost"), money(commitCents)},
             {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")}});

        for (int n = 0; n < options.invoicesPerCustomer; ++n) {
            const QDate start = QDate(today.year(), 1, 1).addMonths(n);
            const QString invoice = QStringLiteral("inv_%1_%2").arg(c + 1).arg(n + 1);
            qint64 total = 0;
            for (int l = 0; l < options.linesPerInvoice; ++l) {
                const qint64 quantity = 100 + random.bounded(90000);
                const qint64 unitCents = 1 + random.bounded(40);
                total += quantity * unitCents;
                world[QStringLiteral("invoice_line_items")].append(
                    {{QStringLiteral("id"), QStringLiteral("%1/line/%2").arg(invoice).arg(l + 1)},
                     {QStringLiteral("customer_id"), customer},
                     {QStringLiteral("invoice_id"), invoice},
                     {QStringLiteral("name"), QString::fromUtf8(kMetrics[l % std::size(kMetrics)])},
                     {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("unit_price"), money(unitCents)},
                     {QStringLiteral("total"), money(quantity * unitCents)},
                     {QStringLiteral("product_id"), QStringLiteral("prod_%1").arg(l + 1)},
                     {QStringLiteral("starting_at"), iso(QDateTime(start, QTime(0, 0), Qt::UTC))},
                     {QStringLiteral("ending_before"),
                      iso(QDateTime(start.addMonths(1), QTime(0, 0), Qt::UTC))}});
            }
            const bool current = start.month() == today.month() && start.year() == today.year();
            world[QStringLiteral("invoices")].append(
                {{QStringLiteral("id"), invoice},
                 {QStringLiteral("customer_id"), customer},
                 {QStringLiteral("account_id"), account},
                 {QStringLiteral("contract_id"), contract},
                 {QStringLiteral("display_name"),
                  QStringLiteral("%1 — %2").arg(companyName(c), start.toString(QStringLiteral("MMM yyyy")))},
                 {QStringLiteral("status"), current ? QStringLiteral("DRAFT") : QStringLiteral("FINALIZED")},
                 {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
                 {QStringLiteral("total"), money(total)},
                 {QStringLiteral("subtotal"), money(total)},
                 {QStringLiteral("type"), QStringLiteral("USAGE")},
                 {QStringLiteral("start_date"), start.toString(Qt::ISODate)},
                 {QStringLiteral("end_date"), start.addMonths(1).toString(Qt::ISODate)},
                 {QStringLiteral("issued_at"), iso(QDateTime(start.addMonths(1), QTime(7, 0), Qt::UTC))}});
        }
        for (int d = 0; d < options.usageDays; ++d) {
            const QDate day = today.addDays(-options.usageDays + d);
            for (int m = 0; m < 2; ++m) {
                const int metric = (c + m) % static_cast<int>(std::size(kMetrics));
                const QDateTime from(day, QTime(0, 0), Qt::UTC);
                world[QStringLiteral("usage")].append(
                    {{QStringLiteral("id"), QStringLiteral("%1/bm_%2/%3")
                                                .arg(customer)
                                                .arg(metric + 1)
                                                .arg(day.toString(Qt::ISODate))},
                     {QStringLiteral("customer_id"), customer},
                     {QStringLiteral("account_id"), account},
                     {QStringLiteral("billable_metric_id"), QStringLiteral("bm_%1").arg(metric + 1)},
                     {QStringLiteral("billable_metric_name"), QString::fromUtf8(kMetrics[metric])},
                     {QStringLiteral("start"), iso(from)},
                     {QStringLiteral("end"), iso(from.addDays(1))},
                     {QStringLiteral("value"), static_cast<qint64>(random.bounded(250000))}});
            }
        }
    }
    return world;
}

QHash<QString, FakeRecordLoader::Failure> DemoWorld::failures(const Rows &world, double share, quint32 seed)
{
    QRandomGenerator random(seed);
    QHash<QString, FakeRecordLoader::Failure> out;
    auto pick = [&](const QString &source, double fraction, auto make) {
        const QList<QVariantHash> rows = world.value(source);
        for (const QVariantHash &row : rows) {
            if (random.generateDouble() < fraction) {
                out.insert(row.value(QStringLiteral("id")).toString(), make(row));
            }
        }
    };
    auto recordId = [&](const char *prefix) {
        return SalesforceId::to18(QStringLiteral("%1%2")
                                      .arg(QString::fromLatin1(prefix))
                                      .arg(random.bounded(1000000000), 12, 10, QLatin1Char('0'))
                                      .left(15));
    };
    pick(QStringLiteral("invoice_line_items"), share * 1.6, [&](const QVariantHash &) {
        return FakeRecordLoader::Failure{
            QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION"),
            QStringLiteral("Unit price must be set for usage lines billed in USD."),
            {QStringLiteral("NOME__Unit_Price__c")},
            QString()};
    });
    pick(QStringLiteral("usage"), share, [&](const QVariantHash &) {
        return FakeRecordLoader::Failure{
            QStringLiteral("UNABLE_TO_LOCK_ROW"),
            QStringLiteral("unable to obtain exclusive access to this record or 200 "
                           "records"),
            {},
            recordId("a0U")};
    });
    pick(QStringLiteral("invoices"), share * 0.8, [&](const QVariantHash &) {
        const QString existing = recordId("a0I");
        return FakeRecordLoader::Failure{
            QStringLiteral("DUPLICATE_VALUE"),
            QStringLiteral(
                "duplicate value found: NOME__Metronome_Invoice_ID__c duplicates value on record with id: %1")
                .arg(existing),
            {QStringLiteral("NOME__Metronome_Invoice_ID__c")},
            existing};
    });
    pick(QStringLiteral("contracts"), share * 0.6, [&](const QVariantHash &row) {
        return FakeRecordLoader::Failure{
            QStringLiteral("INVALID_FIELD"),
            QStringLiteral(
                "Foreign key external ID: %1 not found for field NOME__Metronome_Rate_Card_ID__c in entity "
                "NOME__Metronome_Rate_Card__c")
                .arg(row.value(QStringLiteral("rate_card_id")).toString()),
            {QStringLiteral("NOME__Rate_Card__c")},
            QString()};
    });
    pick(QStringLiteral("customers"), share * 0.25, [&](const QVariantHash &row) {
        return FakeRecordLoader::Failure{
            QStringLiteral("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY"),
            QStringLiteral("insufficient access rights on cross-reference id: %1")
                .arg(row.value(QStringLiteral("account_id")).toString()),
            {QStringLiteral("NOME__Account__c")},
            QString()};
    });
    return out;
}

qint64 DemoWorld::rowCount(const Rows &world)
{
    qint64 total = 0;
    for (const QList<QVariantHash> &rows : world) {
        total += rows.size();
    }
    return total;
}
