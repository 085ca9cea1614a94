#include "linking/CustomerDirectory.h"

#include "store/WorkspaceDatabase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// "2025-05-14T07:00:00.123Z", as the store writes it, read without Qt's general parser: it is
// the slowest part of reading 100,000 customers. Anything else goes through the parser.
QDateTime parseStoredUtc(const QString &text)
{
    const QStringView v(text);
    if (v.size() == 24 && v.at(4) == QLatin1Char('-') && v.at(10) == QLatin1Char('T') &&
        v.at(19) == QLatin1Char('.') && v.at(23) == QLatin1Char('Z')) {
        bool ok[7] = {};
        const QDate date(v.mid(0, 4).toInt(&ok[0]), v.mid(5, 2).toInt(&ok[1]), v.mid(8, 2).toInt(&ok[2]));
        const QTime time(v.mid(11, 2).toInt(&ok[3]), v.mid(14, 2).toInt(&ok[4]), v.mid(17, 2).toInt(&ok[5]),
                         v.mid(20, 3).toInt(&ok[6]));
        if (std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) && date.isValid() &&
            time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

CustomerDirectory::CustomerDirectory(const WorkspaceDatabase &database, const QString &customerObject)
    : m_database(database)
    , m_customerObject(customerObject.isEmpty() ? QStringLiteral("NOME__Metronome_Customer__c")
                                                : customerObject)
{}

QList<CustomerEntry> CustomerDirectory::load(QString *error) const
{
    return query(QString(), {}, error);
}

QList<CustomerEntry> CustomerDirectory::query(const QString &where, const QVariantList &binds,
                                              QString *error) const
{
    QSqlDatabase db = m_database.connection();
    QList<CustomerEntry> out;

    QHash<QString, QStringList> extras;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(
                QStringLiteral("SELECT customer_id, account_id FROM customer_links ORDER BY created_at"))) {
            while (q.next()) {
                extras[q.value(0).toString()].append(q.value(1).toString());
            }
        }
    }
    QHash<QString, QString> accountNames;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name FROM salesforce_accounts"))) {
            while (q.next()) {
                accountNames.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
    }
    QHash<QString, QPair<QString, QString>> lastErrors;
    {
        // Errors of the latest finished run only: older ones may be fixed already.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral(
                "SELECT customer_id, status_code, message FROM sync_row_errors WHERE run_id = (SELECT "
                "MAX(id) FROM "
                "sync_runs WHERE state NOT IN ('running', 'queued')) AND customer_id <> '' ORDER BY id"))) {
            while (q.next()) {
                const QString id = q.value(0).toString();
                if (!lastErrors.contains(id)) {
                    lastErrors.insert(id, {q.value(1).toString(), q.value(2).toString()});
                }
            }
        }
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.customer_id, s.name, s.aliases, s.account_id, s.archived, "
                             "s.draft_total, s.draft_currency, "
                             "s.draft_sort, r.synced_at FROM customer_summary s LEFT JOIN sync_record_state "
                             "r ON r.object = ? AND "
                             "r.external_id = s.customer_id ") +
              where);
    q.addBindValue(m_customerObject);
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return out;
    }
    while (q.next()) {
        CustomerEntry e;
        e.id = q.value(0).toString();
        e.name = q.value(1).toString();
        e.aliases = q.value(2).toString();
        e.primaryAccountId = q.value(3).toString();
        e.archived = q.value(4).toBool();
        e.draftTotal = q.value(5).toString();
        e.draftCurrency = q.value(6).toString();
        e.draftSort = q.value(7).toDouble();
        const QString synced = q.value(8).toString();
        if (!synced.isEmpty()) {
            e.lastSynced = parseStoredUtc(synced);
        }
        e.extraAccountIds = extras.value(e.id);
        e.extraAccountIds.removeAll(e.primaryAccountId);
        for (const QString &account : e.allAccountIds()) {
            e.accountNames.append(accountNames.value(account));
        }
        const auto err = lastErrors.constFind(e.id);
        if (err != lastErrors.constEnd()) {
            e.lastErrorCode = err->first;
            e.lastErrorMessage = err->second;
        }
        out.append(e);
    }
    return out;
}

std::optional<CustomerEntry> CustomerDirectory::find(const QString &customerIdOrAlias) const
{
    const QString key = customerIdOrAlias.trimmed();
    if (key.isEmpty()) {
        return std::nullopt;
    }
    QList<CustomerEntry> found = query(QStringLiteral("WHERE s.customer_id = ?"), {key}, nullptr);
    if (!found.isEmpty()) {
        return found.first();
    }
    // Ingest aliases are stored joined by ", "; check candidates exactly.
    found = query(QStringLiteral("WHERE instr(s.aliases, ?) > 0"), {key}, nullptr);
    for (const CustomerEntry &e : std::as_const(found)) {
        if (e.aliases.split(QStringLiteral(", "), Qt::SkipEmptyParts).contains(key)) {
            return e;
        }
    }
    return std::nullopt;
}
