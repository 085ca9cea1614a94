#pragma once

#include "salesforce/SalesforceRecordResult.h"
#include "salesforce/SfSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

#include <memory>

class SfFaults;
class SfIdAllocator;
class SfStore;

// Writes records into the sandbox org exactly as the reference describes Salesforce does,
// validating each record in this order (§12 item 6): unknown field (INVALID_FIELD), not
// writable (INVALID_FIELD_FOR_INSERT_UPDATE), type/format (INVALID_TYPE_ON_FIELD_IN_RECORD),
// STRING_TOO_LONG (characters, not bytes), NUMBER_OUTSIDE_VALID_RANGE (precision/scale),
// restricted picklists, required fields on insert, lookups by Id (MALFORMED_ID,
// FIELD_INTEGRITY_EXCEPTION, INVALID_CROSS_REFERENCE_KEY) and by the parent's external ID
// (INVALID_FIELD "Foreign key external ID ..."), unique fields (DUPLICATE_VALUE). Upserts
// first reject rows that repeat an external ID within the request. Used by REST, Collections,
// Composite and the Bulk worker; the caller owns the transaction.
class SfWriter
{
public:
    using Error = SalesforceRecordResult::Error;

    struct FieldInput
    {
        QString name;      // field or relationship name as sent
        QString nestedKey; // the parent's key field for X__r: {Key: v} / X__r.Key columns
        QJsonValue value;  // Null clears; strings for everything that came from CSV
    };
    using Record = QList<FieldInput>;

    struct Result
    {
        bool success = false;
        bool created = false;
        QString id;
        QList<Error> errors;
        QStringList ambiguousIds; // the upsert key matched these (REST answers 300)

        QJsonObject toJson(bool withCreated) const;
    };

    SfWriter(SfStore &store, std::shared_ptr<const SfSchema> schema, SfIdAllocator &ids, SfFaults &faults,
             const QString &userId);

    void setSchema(std::shared_ptr<const SfSchema> schema) { m_schema = std::move(schema); }
    const SfSchema &schema() const { return *m_schema; }

    // A REST JSON record; `attributes` is skipped. Fails on shapes no record can have.
    static bool fromJson(const QJsonObject &json, Record *record, QString *error);
    // A Bulk CSV row: "" = leave unchanged (skipped), "#N/A" = null, "Rel.Key" columns nest.
    static Record fromCsv(const QStringList &header, const QStringList &values);

    // Upserts by `keyField`; each record's key is its value of that field.
    QList<Result> upsert(const SfSchema::Object &object, const SfSchema::Field &keyField,
                         const QList<Record> &records);
    // Single upsert: the key comes from the URL (and wins over the body).
    Result upsertOne(const SfSchema::Object &object, const SfSchema::Field &keyField, const QString &key,
                     const Record &record);
    QList<Result> create(const SfSchema::Object &object, const QList<Record> &records);
    Result update(const SfSchema::Object &object, const QString &id, const Record &record);
    Result remove(const QString &id);

    static Error error(const QString &code, const QString &message, const QStringList &fields = {});
    static QString timestamp();

private:
    struct Resolved;
    Result write(const SfSchema::Object &object, const Record &record, const QString &existingId,
                 const QString &lockKey);
    bool validate(const SfSchema::Object &object, const Record &record, bool insert, const QString &selfId,
                  QList<QPair<QString, QVariant>> *columns, Error *error);
    bool resolveParent(const SfSchema::Field &lookup, const SfSchema::Object &parent,
                       const SfSchema::Field &keyField, const QString &value, QString *id, Error *error);
    QString keyOf(const SfSchema::Field &keyField, const Record &record) const;

    SfStore &m_store;
    std::shared_ptr<const SfSchema> m_schema;
    SfIdAllocator &m_ids;
    SfFaults &m_faults;
    QString m_userId;
    QString m_now;
    QHash<QString, QString> m_parentCache;         // object|field|folded value -> id, for one batch
    const SfSchema::Field *m_matchedKey = nullptr; // the upsert key of the running batch
};
