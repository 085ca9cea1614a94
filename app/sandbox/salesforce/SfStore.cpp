#include "salesforce/SfStore.h"

#include "logging/LogCategories.h"

#include <QSqlError>
#include <QSqlRecord>

SfStore::SfStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connection(connectionName)
{}

SfStore::~SfStore()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SfStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString SfStore::quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SfStore::columnType(const SfSchema::Field &field)
{
    if (field.type == QLatin1String("boolean") || field.type == QLatin1String("int")) {
        return QStringLiteral("INTEGER");
    }
    if (field.isNumber()) {
        return QStringLiteral("REAL");
    }
    return QStringLiteral("TEXT");
}

bool SfStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")) ||
        !q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS refresh_tokens (hash TEXT PRIMARY KEY, client_id TEXT, "
            "scope TEXT, created_ms INTEGER)"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SfStore::ensureTables(const SfSchema &schema, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    for (const SfSchema::Object &object : schema.objects()) {
        const QString table = quoted(object.name);
        if (!q.exec(QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS %1 (\"Id\" TEXT PRIMARY KEY, \"_seq\" INTEGER NOT NULL, "
                        "\"IsDeleted\" INTEGER NOT NULL DEFAULT 0)")
                        .arg(table))) {
            *error = q.lastError().text();
            return false;
        }
        const QSqlRecord existing = db.record(object.name);
        QStringList wanted;
        QHash<QString, QString> types;
        for (const SfSchema::Field &f : object.fields) {
            if (!f.stored() || f.name == QLatin1String("Id") || f.name == QLatin1String("IsDeleted")) {
                continue;
            }
            wanted.append(f.name);
            types.insert(f.name, columnType(f));
            if (f.hasKeyColumn()) {
                wanted.append(f.keyColumn());
                types.insert(f.keyColumn(), QStringLiteral("TEXT"));
            }
        }
        for (const QString &column : std::as_const(wanted)) {
            if (existing.indexOf(column) >= 0) {
                continue;
            }
            if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                            .arg(table, quoted(column), types.value(column)))) {
                *error = q.lastError().text();
                return false;
            }
        }
        for (const SfSchema::Field &f : object.fields) {
            if (!f.hasKeyColumn()) {
                continue;
            }
            const QString index = quoted(QStringLiteral("ix_%1_%2").arg(object.name, f.name));
            const QString unique = f.unique ? QStringLiteral("UNIQUE ") : QString();
            if (!q.exec(QStringLiteral("CREATE %1INDEX IF NOT EXISTS %2 ON %3 (%4)")
                            .arg(unique, index, table, quoted(f.keyColumn())))) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    m_statements.clear(); // columns may have changed
    return true;
}

qint64 SfStore::lastSequence(const QString &object)
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT MAX(\"_seq\") FROM %1").arg(quoted(object))) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

QString SfStore::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        return q.value(0).toString();
    }
    return QString();
}

void SfStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                       "excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcSandbox) << "cannot store setting" << key << q.lastError().text();
    }
}

void SfStore::begin(const QString &name)
{
    QSqlQuery q(database());
    // A bare SAVEPOINT is a deferred transaction: it reads first and, when another connection
    // (the Bulk worker, the REST side) has written meanwhile, its first write fails at once with
    // "database is locked" (SQLite cannot wait on a stale snapshot). Taking the write lock up
    // front lets the busy timeout queue writers instead.
    if (m_savepoints == 0 && !q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcSandbox) << "cannot begin a write transaction:" << q.lastError().text();
    }
    ++m_savepoints;
    q.exec(QStringLiteral("SAVEPOINT ") + name);
}

void SfStore::commit(const QString &name)
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("RELEASE ") + name);
    endSavepoint(q);
}

void SfStore::rollback(const QString &name)
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK TO ") + name);
    q.exec(QStringLiteral("RELEASE ") + name);
    endSavepoint(q);
}

void SfStore::endSavepoint(QSqlQuery &q)
{
    if (m_savepoints > 0 && --m_savepoints == 0 && !q.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcSandbox) << "cannot commit:" << q.lastError().text();
    }
}

std::shared_ptr<QSqlQuery> SfStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() > 400) {
            m_statements.clear();
        }
        auto q = std::make_shared<QSqlQuery>(database());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            qCWarning(lcSandbox).noquote() << "cannot prepare" << sql << q->lastError().text();
        }
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

bool SfStore::exec(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

QStringList SfStore::idsByKey(const SfSchema::Object &object, const SfSchema::Field &field,
                              const QString &value, int limit)
{
    const std::shared_ptr<QSqlQuery> statement =
        prepared(QStringLiteral("SELECT \"Id\" FROM %1 WHERE %2 = ? AND \"IsDeleted\" = 0 LIMIT %3")
                     .arg(quoted(object.name), quoted(field.keyColumn()))
                     .arg(limit));
    QSqlQuery &q = *statement;
    q.addBindValue(field.foldKey(value));
    QStringList ids;
    if (exec(q)) {
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
    }
    q.finish();
    return ids;
}

QHash<QString, QStringList> SfStore::idsByKeys(const SfSchema::Object &object, const SfSchema::Field &field,
                                               const QStringList &foldedKeys)
{
    QHash<QString, QStringList> out;
    constexpr int chunk = 500;
    for (int start = 0; start < foldedKeys.size(); start += chunk) {
        const int n = std::min<int>(chunk, static_cast<int>(foldedKeys.size()) - start);
        QString marks;
        for (int i = 0; i < n; ++i) {
            marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        }
        const std::shared_ptr<QSqlQuery> statement =
            prepared(QStringLiteral("SELECT %2, \"Id\" FROM %1 WHERE %2 IN (%3) AND \"IsDeleted\" = 0")
                         .arg(quoted(object.name), quoted(field.keyColumn()), marks));
        QSqlQuery &q = *statement;
        for (int i = 0; i < n; ++i) {
            q.addBindValue(foldedKeys.at(start + i));
        }
        if (exec(q)) {
            while (q.next()) {
                out[q.value(0).toString()].append(q.value(1).toString());
            }
        }
        q.finish();
    }
    return out;
}

int SfStore::recordState(const SfSchema::Object &object, const QString &id)
{
    const std::shared_ptr<QSqlQuery> statement =
        prepared(QStringLiteral("SELECT \"IsDeleted\" FROM %1 WHERE \"Id\" = ?").arg(quoted(object.name)));
    QSqlQuery &q = *statement;
    q.addBindValue(id);
    int state = 0;
    if (exec(q) && q.next()) {
        state = q.value(0).toInt() ? -1 : 1;
    }
    q.finish();
    return state;
}

QStringList SfStore::idsByValue(const SfSchema::Object &object, const QString &column, const QString &value,
                                int limit)
{
    const std::shared_ptr<QSqlQuery> statement = prepared(
        QStringLiteral("SELECT \"Id\" FROM %1 WHERE %2 = ? COLLATE NOCASE AND \"IsDeleted\" = 0 LIMIT %3")
            .arg(quoted(object.name), quoted(column))
            .arg(limit));
    QSqlQuery &q = *statement;
    q.addBindValue(value);
    QStringList ids;
    if (exec(q)) {
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
    }
    q.finish();
    return ids;
}

bool SfStore::insert(const SfSchema::Object &object, const QList<QPair<QString, QVariant>> &columns,
                     QString *error)
{
    // The statement is cached by its column list; build the SQL only the first time.
    QString signature = QStringLiteral("I|") + object.name;
    for (const auto &c : columns) {
        signature += QLatin1Char('|') + c.first;
    }
    std::shared_ptr<QSqlQuery> statement = m_statements.value(signature);
    if (!statement) {
        QString names;
        QString marks;
        for (const auto &c : columns) {
            names += (names.isEmpty() ? QString() : QStringLiteral(",")) + quoted(c.first);
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        }
        statement = prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(quoted(object.name), names, marks));
        m_statements.insert(signature, statement);
    }
    QSqlQuery &q = *statement;
    for (const auto &c : columns) {
        q.addBindValue(c.second);
    }
    const bool ok = exec(q, error);
    q.finish();
    return ok;
}

bool SfStore::update(const SfSchema::Object &object, const QString &id,
                     const QList<QPair<QString, QVariant>> &columns, QString *error)
{
    if (columns.isEmpty()) {
        return true;
    }
    QString signature = QStringLiteral("U|") + object.name;
    for (const auto &c : columns) {
        signature += QLatin1Char('|') + c.first;
    }
    std::shared_ptr<QSqlQuery> statement = m_statements.value(signature);
    if (!statement) {
        QString sets;
        for (const auto &c : columns) {
            sets +=
                (sets.isEmpty() ? QString() : QStringLiteral(",")) + quoted(c.first) + QStringLiteral(" = ?");
        }
        statement =
            prepared(QStringLiteral("UPDATE %1 SET %2 WHERE \"Id\" = ?").arg(quoted(object.name), sets));
        m_statements.insert(signature, statement);
    }
    QSqlQuery &q = *statement;
    for (const auto &c : columns) {
        q.addBindValue(c.second);
    }
    q.addBindValue(id);
    const bool ok = exec(q, error);
    q.finish();
    return ok;
}

bool SfStore::softDelete(const SfSchema::Object &object, const QString &id, const QString &now,
                         QString *error)
{
    QList<QPair<QString, QVariant>> columns = {{QStringLiteral("IsDeleted"), 1},
                                               {QStringLiteral("SystemModstamp"), now}};
    for (const SfSchema::Field &f : object.fields) {
        if (f.hasKeyColumn()) {
            columns.append({f.keyColumn(), QVariant()}); // release the key for a new record
        }
    }
    return update(object, id, columns, error);
}

QVariantMap SfStore::row(const SfSchema::Object &object, const QString &id)
{
    const std::shared_ptr<QSqlQuery> statement =
        prepared(QStringLiteral("SELECT * FROM %1 WHERE \"Id\" = ?").arg(quoted(object.name)));
    QSqlQuery &q = *statement;
    q.addBindValue(id);
    QVariantMap out;
    if (exec(q) && q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            out.insert(record.fieldName(i), q.value(i));
        }
    }
    q.finish();
    return out;
}

qint64 SfStore::count(const SfSchema::Object &object, bool includeDeleted)
{
    QSqlQuery q(database());
    const QString where = includeDeleted ? QString() : QStringLiteral(" WHERE \"IsDeleted\" = 0");
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(quoted(object.name), where)) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

QList<QVariantMap> SfStore::list(const SfSchema::Object &object, qint64 offset, int limit,
                                 const QString &whereColumn, const QString &whereValue)
{
    QSqlQuery q(database());
    QString where = QStringLiteral(" WHERE \"IsDeleted\" = 0");
    if (!whereColumn.isEmpty()) {
        where += QStringLiteral(" AND %1 = ?").arg(quoted(whereColumn));
    }
    q.prepare(QStringLiteral("SELECT * FROM %1%2 ORDER BY \"_seq\" LIMIT %3 OFFSET %4")
                  .arg(quoted(object.name), where)
                  .arg(limit)
                  .arg(offset));
    if (!whereColumn.isEmpty()) {
        q.addBindValue(whereValue);
    }
    QList<QVariantMap> out;
    if (q.exec()) {
        while (q.next()) {
            const QSqlRecord record = q.record();
            QVariantMap row;
            for (int i = 0; i < record.count(); ++i) {
                row.insert(record.fieldName(i), q.value(i));
            }
            out.append(row);
        }
    }
    return out;
}

bool SfStore::dropTable(const QString &object, QString *error)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(object)))) {
        *error = q.lastError().text();
        return false;
    }
    m_statements.clear();
    return true;
}
