#pragma once

// A workspace database with many customers as a sync leaves them (summary, confirmed customer
// records, account names, further accounts, the last run's row errors), for the Customers
// page's tests and benchmark. Deterministic: customer i is "cust-<i>".

#include "salesforce/SalesforceId.h"
#include "store/WorkspaceDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace CustomerFixture {

inline QString customerId(int i)
{
    return QStringLiteral("cust-%1").arg(i, 6, 10, QLatin1Char('0'));
}

inline QString accountId(int i)
{
    return SalesforceId::to18(QStringLiteral("0015g%1").arg(i, 10, 10, QLatin1Char('0')));
}

// Every third customer is an orphan; one in fifty failed in the last run; one in ten linked
// customers has a further account. Spend varies, in USD except every 25th (EUR).
inline bool fill(const WorkspaceDatabase &db, int customers)
{
    static const QStringList stems = {QStringLiteral("Northwind"), QStringLiteral("Contoso"),
                                      QStringLiteral("Fabrikam"),  QStringLiteral("Tailspin"),
                                      QStringLiteral("Litware"),   QStringLiteral("Adventure"),
                                      QStringLiteral("Proseware"), QStringLiteral("Wingtip")};
    static const QStringList kinds = {QStringLiteral("Analytics"), QStringLiteral("Labs"),
                                      QStringLiteral("Systems"),   QStringLiteral("Logistics"),
                                      QStringLiteral("Health"),    QStringLiteral("Media")};
    QSqlDatabase c = db.connection();
    if (!c.transaction()) {
        return false;
    }
    QSqlQuery q(c);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.exec(QStringLiteral("INSERT INTO sync_runs(trigger, state, queued_at, started_at, finished_at) VALUES "
                          "('manual', 'completed_with_errors', '%1', '%1', '%1')")
               .arg(now));
    const qint64 runId = q.lastInsertId().toLongLong();
    QSqlQuery summary(c);
    summary.prepare(
        QStringLiteral("INSERT INTO customer_summary(customer_id, name, aliases, account_id, archived, "
                       "draft_total, draft_currency, draft_sort, updated_run) "
                       "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)"));
    QSqlQuery state(c);
    state.prepare(
        QStringLiteral("INSERT INTO sync_record_state(object, external_id, hash, record_id, customer_id, "
                       "run_id, synced_at) VALUES ('NOME__Metronome_Customer__c', ?, 1, '', ?, ?, ?)"));
    QSqlQuery account(c);
    account.prepare(QStringLiteral("INSERT INTO salesforce_accounts(id, name, fetched_at) VALUES (?, ?, ?)"));
    QSqlQuery link(c);
    link.prepare(
        QStringLiteral("INSERT INTO customer_links(customer_id, account_id, created_at) VALUES (?, ?, ?)"));
    QSqlQuery error(c);
    error.prepare(
        QStringLiteral("INSERT INTO sync_row_errors(run_id, object, external_id, kind, status_code, "
                       "message, customer_id) VALUES (?, 'NOME__Metronome_Invoice__c', ?, 'failed', "
                       "'STRING_TOO_LONG', 'Name: data value too large', ?)"));
    for (int i = 0; i < customers; ++i) {
        const QString id = customerId(i);
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(stems.at(i % stems.size()), kinds.at((i / 8) % kinds.size()))
                                 .arg(i);
        const bool linked = i % 3 != 0;
        const double spend = double((i * 7919) % 250000) / 100.0;
        summary.bindValue(0, id);
        summary.bindValue(1, name);
        summary.bindValue(2, QStringLiteral("%1-prod, billing@c%2.example").arg(id).arg(i));
        summary.bindValue(3, linked ? accountId(i) : QStringLiteral(""));
        summary.bindValue(4, i % 11 == 0 ? QStringLiteral("") : QString::number(spend, 'f', 2));
        summary.bindValue(5, i % 25 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD"));
        summary.bindValue(6, i % 11 == 0 ? 0.0 : spend);
        summary.bindValue(7, runId);
        if (!summary.exec()) {
            qWarning("customer fixture: %s", qPrintable(summary.lastError().text()));
            return false;
        }
        state.bindValue(0, id);
        state.bindValue(1, id);
        state.bindValue(2, runId);
        state.bindValue(3, now);
        state.exec();
        if (linked) {
            account.bindValue(0, accountId(i));
            account.bindValue(1, QString(name + QStringLiteral(", Inc.")));
            account.bindValue(2, now);
            account.exec();
            if (i % 10 == 1) {
                link.bindValue(0, id);
                link.bindValue(1, accountId(customers + i));
                link.bindValue(2, now);
                link.exec();
            }
        }
        if (i % 50 == 0) {
            error.bindValue(0, runId);
            error.bindValue(1, QStringLiteral("inv-%1").arg(i));
            error.bindValue(2, id);
            error.exec();
        }
    }
    return c.commit();
}

} // namespace CustomerFixture
