#include "linking/LinkStore.h"

#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

LinkStore::LinkStore(const WorkspaceDatabase &database)
    : m_database(database)
{}

QStringList LinkStore::extraAccounts(const QString &customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT account_id FROM customer_links WHERE customer_id = ? ORDER BY created_at"));
    q.addBindValue(customerId);
    QStringList out;
    if (q.exec()) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

bool LinkStore::addExtraAccount(const QString &customerId, const QString &accountId, const QString &actor,
                                QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO customer_links(customer_id, account_id, created_at, created_by) "
        "VALUES (?, ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(accountId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(sqlText(actor));
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

bool LinkStore::removeExtraAccount(const QString &customerId, const QString &accountId, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM customer_links WHERE customer_id = ? AND account_id = ?"));
    q.addBindValue(customerId);
    q.addBindValue(accountId);
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

QHash<QString, QStringList> LinkStore::allExtraAccounts() const
{
    QSqlQuery q(m_database.connection());
    QHash<QString, QStringList> out;
    if (q.exec(QStringLiteral("SELECT customer_id, account_id FROM customer_links ORDER BY created_at"))) {
        while (q.next()) {
            out[q.value(0).toString()].append(q.value(1).toString());
        }
    }
    return out;
}

bool LinkStore::rememberAccountName(const QString &accountId, const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO salesforce_accounts(id, name, fetched_at) VALUES (?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, fetched_at = excluded.fetched_at"));
    q.addBindValue(accountId);
    q.addBindValue(sqlText(name));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec();
}

QString LinkStore::accountName(const QString &accountId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM salesforce_accounts WHERE id = ?"));
    q.addBindValue(accountId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
