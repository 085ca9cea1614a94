#include "metronome/MetronomeStore.h"

#include "logging/LogCategories.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns =
    u"seq, id, name, external_id, aliases, custom_fields, salesforce_account_id, created_day, "
    "created_second, updated_at, archived_day, book"_s;

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks.append(u"?"_s);
    }
    return marks.join(u',');
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

MetronomeStore::MetronomeStore()
    : m_connection(u"metronome-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

MetronomeStore::~MetronomeStore()
{
    close();
}

void MetronomeStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString MetronomeStore::lastError() const
{
    return m_lastError;
}

bool MetronomeStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        qCWarning(lcSandbox).noquote() << "metronome store:" << m_lastError << "in" << sql.left(80);
        return false;
    }
    return true;
}

bool MetronomeStore::open(const QString &directory, QString *error)
{
    m_path = QDir(directory).filePath(u"metronome.sqlite"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error) {
            *error = u"cannot open %1: %2"_s.arg(m_path, db.lastError().text());
        }
        return false;
    }
    const QStringList schema = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA busy_timeout=5000"_s,
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS customers ("
        " seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, external_id TEXT,"
        " aliases TEXT NOT NULL DEFAULT '[]', custom_fields TEXT NOT NULL DEFAULT '{}',"
        " salesforce_account_id TEXT, created_day INTEGER NOT NULL, created_second INTEGER NOT NULL DEFAULT "
        "0,"
        " updated_at TEXT NOT NULL, archived INTEGER NOT NULL DEFAULT 0, archived_day INTEGER NOT NULL "
        "DEFAULT 0,"
        " book TEXT NOT NULL DEFAULT '{}')"_s,
        u"CREATE INDEX IF NOT EXISTS customers_by_state ON customers (archived, seq)"_s,
        u"CREATE INDEX IF NOT EXISTS customers_by_salesforce ON customers (salesforce_account_id)"_s,
        u"CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, customer_seq INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS aliases_by_customer ON aliases (customer_seq)"_s,
        u"CREATE TABLE IF NOT EXISTS grants (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
        " customer_seq INTEGER NOT NULL, position INTEGER NOT NULL, credit_type_id TEXT NOT NULL,"
        " effective_day INTEGER NOT NULL, expires_day INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS grants_by_customer ON grants (customer_seq)"_s,
        u"CREATE TABLE IF NOT EXISTS voided_invoices (invoice_id TEXT PRIMARY KEY, customer_seq INTEGER NOT "
        u"NULL,"
        " day INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS voided_by_customer ON voided_invoices (customer_seq)"_s,
        u"CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, request_hash BLOB NOT NULL,"
        " status INTEGER NOT NULL, body BLOB NOT NULL)"_s,
    };
    for (const QString &sql : schema) {
        if (!exec(sql)) {
            if (error) {
                *error = u"cannot prepare %1: %2"_s.arg(m_path, m_lastError);
            }
            return false;
        }
    }
    return true;
}

bool MetronomeStore::clear()
{
    bool ok = true;
    for (const char *table : {"customers", "aliases", "grants", "voided_invoices", "idempotency", "meta"}) {
        ok = exec(u"DELETE FROM "_s + QLatin1String(table)) && ok;
    }
    return ok;
}

QString MetronomeStore::meta(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

bool MetronomeStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool MetronomeStore::transaction()
{
    return QSqlDatabase::database(m_connection).transaction();
}

bool MetronomeStore::commit()
{
    return QSqlDatabase::database(m_connection).commit();
}

void MetronomeStore::rollback()
{
    QSqlDatabase::database(m_connection).rollback();
}

bool MetronomeStore::insertCustomer(const Customer &c, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO customers (seq, id, name, external_id, aliases, custom_fields, salesforce_account_id,"
        " created_day, created_second, updated_at, archived, archived_day, book)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    query.addBindValue(c.seq);
    query.addBindValue(c.id);
    query.addBindValue(c.name);
    query.addBindValue(c.externalId.isEmpty() ? QVariant() : QVariant(c.externalId));
    query.addBindValue(toJsonText(c.aliases));
    query.addBindValue(toJsonText(c.customFields));
    query.addBindValue(c.salesforceAccountId.isEmpty() ? QVariant() : QVariant(c.salesforceAccountId));
    query.addBindValue(c.createdDay);
    query.addBindValue(c.createdSecond);
    query.addBindValue(c.updatedAt);
    query.addBindValue(c.archivedDay > 0 ? 1 : 0);
    query.addBindValue(c.archivedDay);
    query.addBindValue(c.book);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    QSqlQuery alias(db);
    alias.prepare(u"INSERT INTO aliases (alias, customer_seq) VALUES (?, ?)"_s);
    for (const QString &a : c.aliases) {
        alias.addBindValue(a);
        alias.addBindValue(c.seq);
        if (!alias.exec()) {
            m_lastError = alias.lastError().text();
            if (error) {
                *error = m_lastError;
            }
            return false;
        }
    }
    return true;
}

bool MetronomeStore::updateCustomerName(qint64 seq, const QString &name, const QString &updatedAt)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE customers SET name = ?, updated_at = ? WHERE seq = ?"_s);
    query.addBindValue(name);
    query.addBindValue(updatedAt);
    query.addBindValue(seq);
    return query.exec() && query.numRowsAffected() == 1;
}

bool MetronomeStore::updateSalesforceAccount(qint64 seq, const QString &accountId, const QString &updatedAt)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE customers SET salesforce_account_id = ?, updated_at = ? WHERE seq = ?"_s);
    query.addBindValue(accountId.isEmpty() ? QVariant() : QVariant(accountId));
    query.addBindValue(updatedAt);
    query.addBindValue(seq);
    return query.exec() && query.numRowsAffected() == 1;
}

bool MetronomeStore::setAliases(qint64 seq, const QStringList &aliases, const QString &updatedAt,
                                QString *conflict)
{
    for (const QString &alias : aliases) {
        const std::optional<qint64> owner = aliasOwner(alias);
        if (owner && *owner != seq) {
            if (conflict) {
                *conflict = alias;
            }
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM aliases WHERE customer_seq = ?"_s);
    remove.addBindValue(seq);
    bool ok = remove.exec();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO aliases (alias, customer_seq) VALUES (?, ?)"_s);
    for (const QString &alias : aliases) {
        insert.addBindValue(alias);
        insert.addBindValue(seq);
        ok = ok && insert.exec();
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE customers SET aliases = ?, external_id = COALESCE(external_id, ?), updated_at = ?"
                   " WHERE seq = ?"_s);
    update.addBindValue(toJsonText(aliases));
    update.addBindValue(aliases.isEmpty() ? QVariant() : QVariant(aliases.constFirst()));
    update.addBindValue(updatedAt);
    update.addBindValue(seq);
    ok = ok && update.exec();
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool MetronomeStore::archiveCustomer(qint64 seq, qint64 day, const QString &updatedAt)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"UPDATE customers SET archived = 1, archived_day = ?, updated_at = ? WHERE seq = ? AND archived = 0"_s);
    query.addBindValue(day);
    query.addBindValue(updatedAt);
    query.addBindValue(seq);
    return query.exec();
}

bool MetronomeStore::updateBook(qint64 seq, const QString &book)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"UPDATE customers SET book = ? WHERE seq = ?"_s);
    query.addBindValue(book);
    query.addBindValue(seq);
    return query.exec();
}

MetronomeStore::Customer MetronomeStore::readCustomer(const QSqlQuery &query)
{
    Customer c;
    c.seq = query.value(0).toLongLong();
    c.id = query.value(1).toString();
    c.name = query.value(2).toString();
    c.externalId = query.value(3).toString();
    const QJsonArray aliases = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
    for (const QJsonValue &alias : aliases) {
        c.aliases.append(alias.toString());
    }
    c.customFields = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    c.salesforceAccountId = query.value(6).toString();
    c.createdDay = query.value(7).toLongLong();
    c.createdSecond = query.value(8).toInt();
    c.updatedAt = query.value(9).toString();
    c.archivedDay = query.value(10).toLongLong();
    c.book = query.value(11).toString();
    return c;
}

std::optional<MetronomeStore::Customer> MetronomeStore::customerById(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT "_s + kColumns + u" FROM customers WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return readCustomer(query);
    }
    return std::nullopt;
}

std::optional<MetronomeStore::Customer> MetronomeStore::customerBySeq(qint64 seq) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT "_s + kColumns + u" FROM customers WHERE seq = ?"_s);
    query.addBindValue(seq);
    if (query.exec() && query.next()) {
        return readCustomer(query);
    }
    return std::nullopt;
}

QList<MetronomeStore::Customer> MetronomeStore::customers(const CustomerFilter &filter, qint64 afterSeq,
                                                          int limit) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM customers WHERE archived = ? AND seq > ?"_s;
    QVariantList values{filter.archived ? 1 : 0, afterSeq};
    if (!filter.ids.isEmpty()) {
        sql += u" AND id IN ("_s + placeholders(filter.ids.size()) + u')';
        for (const QString &id : filter.ids) {
            values.append(id);
        }
    }
    if (!filter.salesforceAccountIds.isEmpty()) {
        sql += u" AND salesforce_account_id IN ("_s + placeholders(filter.salesforceAccountIds.size()) + u')';
        for (const QString &id : filter.salesforceAccountIds) {
            values.append(id);
        }
    }
    if (!filter.ingestAlias.isEmpty()) {
        sql += u" AND seq IN (SELECT customer_seq FROM aliases WHERE alias = ?)"_s;
        values.append(filter.ingestAlias);
    }
    sql += u" ORDER BY seq LIMIT ?"_s;
    values.append(limit);

    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values)) {
        query.addBindValue(v);
    }
    QList<Customer> out;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next()) {
        out.append(readCustomer(query));
    }
    return out;
}

QList<MetronomeStore::Customer> MetronomeStore::customersFrom(qint64 afterSeq, int limit,
                                                              const QStringList &ids) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM customers WHERE seq > ?"_s;
    if (!ids.isEmpty()) {
        sql += u" AND id IN ("_s + placeholders(ids.size()) + u')';
    }
    sql += u" ORDER BY seq LIMIT ?"_s;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(afterSeq);
    for (const QString &id : ids) {
        query.addBindValue(id);
    }
    query.addBindValue(limit);
    QList<Customer> out;
    if (query.exec()) {
        while (query.next()) {
            out.append(readCustomer(query));
        }
    }
    return out;
}

std::optional<qint64> MetronomeStore::aliasOwner(const QString &alias) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT customer_seq FROM aliases WHERE alias = ?"_s);
    query.addBindValue(alias);
    if (query.exec() && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

qint64 MetronomeStore::maxCustomerSeq() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(u"SELECT COALESCE(MAX(seq), -1) FROM customers"_s) && query.next()) {
        return query.value(0).toLongLong();
    }
    return -1;
}

int MetronomeStore::customerCount(bool archived) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT COUNT(*) FROM customers WHERE archived = ?"_s);
    query.addBindValue(archived ? 1 : 0);
    if (query.exec() && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}

bool MetronomeStore::insertGrant(const GrantRow &grant)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"INSERT INTO grants (id, customer_seq, position, credit_type_id, effective_day, expires_day)"
        " VALUES (?,?,?,?,?,?)"_s);
    query.addBindValue(grant.id);
    query.addBindValue(grant.customerSeq);
    query.addBindValue(grant.position);
    query.addBindValue(grant.creditTypeId);
    query.addBindValue(grant.effectiveDay);
    query.addBindValue(grant.expiresDay);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<MetronomeStore::GrantRow> MetronomeStore::grants(const GrantFilter &filter, qint64 afterSeq,
                                                       int limit) const
{
    QString sql =
        u"SELECT g.seq, g.id, g.customer_seq, g.position, g.credit_type_id, g.effective_day, g.expires_day"
        " FROM grants g WHERE g.seq > ?"_s;
    QVariantList values{afterSeq};
    if (!filter.customerIds.isEmpty()) {
        sql += u" AND g.customer_seq IN (SELECT seq FROM customers WHERE id IN ("_s +
               placeholders(filter.customerIds.size()) + u"))"_s;
        for (const QString &id : filter.customerIds) {
            values.append(id);
        }
    }
    if (!filter.creditTypeIds.isEmpty()) {
        sql += u" AND g.credit_type_id IN ("_s + placeholders(filter.creditTypeIds.size()) + u')';
        for (const QString &id : filter.creditTypeIds) {
            values.append(id);
        }
    }
    if (!filter.grantIds.isEmpty()) {
        sql += u" AND g.id IN ("_s + placeholders(filter.grantIds.size()) + u')';
        for (const QString &id : filter.grantIds) {
            values.append(id);
        }
    }
    if (filter.effectiveBeforeDay) {
        sql += u" AND g.effective_day < ?"_s;
        values.append(*filter.effectiveBeforeDay);
    }
    if (filter.notExpiringBeforeDay) {
        sql += u" AND g.expires_day >= ?"_s;
        values.append(*filter.notExpiringBeforeDay);
    }
    sql += u" ORDER BY g.seq LIMIT ?"_s;
    values.append(limit);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values)) {
        query.addBindValue(v);
    }
    QList<GrantRow> out;
    if (query.exec()) {
        while (query.next()) {
            out.append(GrantRow{query.value(0).toLongLong(), query.value(1).toString(),
                                query.value(2).toLongLong(), query.value(3).toInt(),
                                query.value(4).toString(), query.value(5).toLongLong(),
                                query.value(6).toLongLong()});
        }
    }
    return out;
}

int MetronomeStore::grantCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(u"SELECT COUNT(*) FROM grants"_s) && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}

bool MetronomeStore::voidInvoice(const QString &invoiceId, qint64 customerSeq, qint64 day)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR IGNORE INTO voided_invoices (invoice_id, customer_seq, day) VALUES (?,?,?)"_s);
    query.addBindValue(invoiceId);
    query.addBindValue(customerSeq);
    query.addBindValue(day);
    return query.exec();
}

QSet<QString> MetronomeStore::voidedInvoices(qint64 customerSeq) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT invoice_id FROM voided_invoices WHERE customer_seq = ?"_s);
    query.addBindValue(customerSeq);
    QSet<QString> out;
    if (query.exec()) {
        while (query.next()) {
            out.insert(query.value(0).toString());
        }
    }
    return out;
}

std::optional<MetronomeStore::Replay> MetronomeStore::idempotentReplay(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"SELECT request_hash, status, body FROM idempotency WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return Replay{query.value(0).toByteArray(), query.value(1).toInt(), query.value(2).toByteArray()};
    }
    return std::nullopt;
}

bool MetronomeStore::rememberIdempotent(const QString &key, const Replay &replay)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR REPLACE INTO idempotency (key, request_hash, status, body) VALUES (?,?,?,?)"_s);
    query.addBindValue(key);
    query.addBindValue(replay.requestHash);
    query.addBindValue(replay.status);
    query.addBindValue(replay.body);
    return query.exec();
}
