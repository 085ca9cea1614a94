#pragma once

#include "salesforce/SfSchema.h"
#include "salesforce/SfSoql.h"

#include <QHash>
#include <QJsonObject>
#include <QVariant>

#include <memory>

class SfStore;

// Runs SOQL against the sandbox store: translates the parsed query into one SQL statement
// (parent fields by LEFT JOIN, formula fields computed, text compared case-insensitively,
// LIKE with SOQL's escapes), pages the result and keeps cursors for nextRecordsUrl
// (/services/data/vXX.X/query/{cursor}-{offset}). Lives on the HTTP thread.
class SfQueryEngine
{
public:
    struct Error
    {
        QString code; // MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE, INVALID_QUERY_LOCATOR
        QString message;
    };

    explicit SfQueryEngine(SfStore &store);
    void setSchema(std::shared_ptr<const SfSchema> schema) { m_schema = std::move(schema); }

    // First page of `soql`; false with *error.
    bool run(const QString &soql, bool includeDeleted, int pageSize, const QString &apiVersion,
             QJsonObject *page, Error *error);
    // A later page: `locator` is "{cursor}-{offset}".
    bool more(const QString &locator, const QString &apiVersion, QJsonObject *page, Error *error);

private:
    struct Column
    {
        QString path; // as selected
        QString sql;  // expression
        const SfSchema::Field *field = nullptr;
        QString relationship; // for parent fields: the relationship name as written...
        const SfSchema::Object *parent = nullptr;
        QString parentIdSql; // ...and the parent's Id expression
    };
    struct Cursor
    {
        QString sql;
        QVariantList binds;
        QList<Column> columns;
        const SfSchema::Object *object = nullptr;
        std::shared_ptr<const SfSchema> schema;
        qint64 total = 0;
        qint64 limit = -1;
        qint64 offset = 0;
        int pageSize = 2000;
    };
    struct Translation;

    bool translate(const SfSoql &query, bool includeDeleted, Cursor *cursor, qint64 *countOut, Error *error);
    bool fetch(const QString &cursorId, Cursor &cursor, qint64 position, const QString &apiVersion,
               QJsonObject *page, Error *error);

    SfStore &m_store;
    std::shared_ptr<const SfSchema> m_schema;
    QHash<QString, Cursor> m_cursors;
    QList<QString> m_cursorOrder;
    qint64 m_nextCursor = 0;
};
