#pragma once

#include "salesforce/SfSchema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

// The sandbox org's SQLite database (WAL): one table per object with a column per stored
// field plus folded key columns for external IDs, indexed; small tables for settings and
// refresh-token hashes. One SfStore per thread (the HTTP thread and the Bulk worker each
// open their own connection to the same file).
class SfStore
{
public:
    SfStore(const QString &path, const QString &connectionName);
    ~SfStore();
    SfStore(const SfStore &) = delete;
    SfStore &operator=(const SfStore &) = delete;

    bool open(QString *error);
    QSqlDatabase database() const;

    // Creates missing tables, columns and indexes for every object of `schema`.
    bool ensureTables(const SfSchema &schema, QString *error);
    qint64 lastSequence(const QString &object);

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // Nested scopes: a savepoint each, so Composite and Collections can roll back alone.
    void begin(const QString &name);
    void commit(const QString &name);
    void rollback(const QString &name);

    // A cached prepared statement.
    std::shared_ptr<QSqlQuery> prepared(const QString &sql);
    bool exec(QSqlQuery &query, QString *error = nullptr);

    // Record ids (not deleted) whose key column of `field` equals the folded `value`.
    QStringList idsByKey(const SfSchema::Object &object, const SfSchema::Field &field, const QString &value,
                         int limit = 5);
    // folded key -> ids, for many keys at once.
    QHash<QString, QStringList> idsByKeys(const SfSchema::Object &object, const SfSchema::Field &field,
                                          const QStringList &foldedKeys);
    // 1 = live, 0 = absent, -1 = in the recycle bin.
    int recordState(const SfSchema::Object &object, const QString &id);
    // Rows whose non-key column equals `value` case-insensitively (Name-like idLookup fields).
    QStringList idsByValue(const SfSchema::Object &object, const QString &column, const QString &value,
                           int limit = 5);

    bool insert(const SfSchema::Object &object, const QList<QPair<QString, QVariant>> &columns,
                QString *error);
    bool update(const SfSchema::Object &object, const QString &id,
                const QList<QPair<QString, QVariant>> &columns, QString *error);
    // Moves the record to the recycle bin (IsDeleted = 1, keys released).
    bool softDelete(const SfSchema::Object &object, const QString &id, const QString &now, QString *error);
    // All stored columns of one record, or an empty map.
    QVariantMap row(const SfSchema::Object &object, const QString &id);

    qint64 count(const SfSchema::Object &object, bool includeDeleted = false);
    QList<QVariantMap> list(const SfSchema::Object &object, qint64 offset, int limit,
                            const QString &whereColumn = {}, const QString &whereValue = {});
    bool dropTable(const QString &object, QString *error);

    static QString quoted(const QString &identifier);
    static QString columnType(const SfSchema::Field &field);

private:
    QString m_path;
    QString m_connection;
    void endSavepoint(QSqlQuery &q);

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    int m_savepoints = 0; // open savepoints; the outermost one sits in a BEGIN IMMEDIATE
};
