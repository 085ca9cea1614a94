#include "sync/CustomerSummaryBuilder.h"

#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RecordMapper.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// "USD (cents)" -> "USD"; other units keep their name.
QString currencyOf(const QString &creditTypeName)
{
    const int at = creditTypeName.indexOf(QLatin1String(" ("));
    return RecordMapper::isCentsUnit(creditTypeName) && at > 0 ? creditTypeName.left(at) : creditTypeName;
}

Decimal majorUnits(const Decimal &amount, const QString &creditTypeName)
{
    return RecordMapper::isCentsUnit(creditTypeName) ? amount.shifted(-2) : amount;
}

} // namespace

void CustomerSummaryBuilder::observe(const QString &source, const QVariantHash &row)
{
    if (source == QLatin1String("customers")) {
        Line &line = m_customers[row.value(QStringLiteral("id")).toString()];
        line.seen = true;
        line.name = row.value(QStringLiteral("name")).toString();
        const QVariant aliases = row.value(QStringLiteral("ingest_aliases"));
        line.aliases = aliases.metaType().id() == QMetaType::QStringList
                           ? aliases.toStringList().join(QStringLiteral(", "))
                           : aliases.toString();
        line.accountId = row.value(QStringLiteral("account_id")).toString();
        line.archived = row.value(QStringLiteral("archived")).toBool();
        return;
    }
    if (source == QLatin1String("invoices") &&
        row.value(QStringLiteral("status")).toString().compare(QLatin1String("DRAFT"), Qt::CaseInsensitive) ==
            0) {
        const QVariant total = row.value(QStringLiteral("total"));
        const std::optional<Decimal> amount = total.metaType() == QMetaType::fromType<Decimal>()
                                                  ? std::optional<Decimal>(total.value<Decimal>())
                                                  : Decimal::fromString(total.toString());
        if (!amount) {
            return;
        }
        Line &line = m_customers[row.value(QStringLiteral("customer_id")).toString()];
        line.drafts[row.value(QStringLiteral("credit_type_name")).toString()] += *amount;
    }
}

bool CustomerSummaryBuilder::save(const WorkspaceDatabase &database, qint64 runId, QString *error) const
{
    QSqlDatabase db = database.connection();
    const bool ownTransaction = db.transaction();
    QSqlQuery clear(db);
    clear.exec(QStringLiteral("DELETE FROM customer_summary"));
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO customer_summary(customer_id, name, aliases, account_id, archived, "
                       "draft_total, draft_currency, draft_sort, updated_run) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"));
    for (auto it = m_customers.begin(); it != m_customers.end(); ++it) {
        const Line &line = it.value();
        if (!line.seen) {
            continue; // invoices of a customer outside this run's scope
        }
        // The largest draft decides which currency is shown (customers rarely mix).
        QString unit;
        Decimal best;
        for (auto d = line.drafts.begin(); d != line.drafts.end(); ++d) {
            const Decimal major = majorUnits(d.value(), d.key());
            if (unit.isEmpty() || major > best) {
                unit = d.key();
                best = major;
            }
        }
        insert.bindValue(0, it.key());
        insert.bindValue(1, sqlText(line.name));
        insert.bindValue(2, sqlText(line.aliases));
        insert.bindValue(3, sqlText(line.accountId));
        insert.bindValue(4, line.archived ? 1 : 0);
        insert.bindValue(5, unit.isEmpty() ? QStringLiteral("") : best.toString(2));
        insert.bindValue(6, sqlText(unit.isEmpty() ? QString() : currencyOf(unit)));
        insert.bindValue(7, unit.isEmpty() ? 0.0 : best.toDouble());
        insert.bindValue(8, runId);
        if (!insert.exec()) {
            if (error) {
                *error = insert.lastError().text();
            }
            if (ownTransaction) {
                db.rollback();
            }
            return false;
        }
    }
    return ownTransaction ? db.commit() : true;
}
