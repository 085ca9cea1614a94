#include "salesforce/SfWriter.h"

#include "salesforce/BulkCsv.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/SfFaults.h"
#include "salesforce/SfIdAllocator.h"
#include "salesforce/SfStore.h"
#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

struct SfWriter::Resolved
{
    const FieldInput *input = nullptr;
    const SfSchema::Field *field = nullptr;     // the field written (the lookup for X__r)
    const SfSchema::Object *parent = nullptr;   // X__r: the parent object
    const SfSchema::Field *parentKey = nullptr; // X__r: the parent's key field
    QVariant value;                             // converted; null QVariant = null
    QString text;                               // the value as the user sent it, for messages
};

namespace {

qsizetype characters(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        if (!c.isLowSurrogate()) {
            ++n;
        }
    }
    return n;
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const auto d = Decimal::fromDouble(v.toDouble());
        return d ? d->toString() : QString::number(v.toDouble());
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    QString s = text.trimmed();
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    s.replace(compactOffset, QStringLiteral("\\1:\\2"));
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid() && s.size() == 10) {
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
        }
    }
    if (!dt.isValid() || !s.contains(QLatin1Char('-'))) {
        return std::nullopt;
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        dt.setTimeSpec(Qt::UTC); // no zone given: Salesforce reads it as GMT
    }
    return dt.toUTC();
}

} // namespace

QJsonObject SfWriter::Result::toJson(bool withCreated) const
{
    QJsonArray list;
    for (const Error &e : errors) {
        list.append(e.toJson());
    }
    QJsonObject o{{QStringLiteral("id"), id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id)},
                  {QStringLiteral("success"), success},
                  {QStringLiteral("errors"), list}};
    if (withCreated) {
        o.insert(QStringLiteral("created"), created);
    }
    return o;
}

SfWriter::SfWriter(SfStore &store, std::shared_ptr<const SfSchema> schema, SfIdAllocator &ids,
                   SfFaults &faults, const QString &userId)
    : m_store(store)
    , m_schema(std::move(schema))
    , m_ids(ids)
    , m_faults(faults)
    , m_userId(userId)
{}

SfWriter::Error SfWriter::error(const QString &code, const QString &message, const QStringList &fields)
{
    Error e;
    e.statusCode = code;
    e.message = message;
    e.fields = fields;
    return e;
}

QString SfWriter::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+0000");
}

bool SfWriter::fromJson(const QJsonObject &json, Record *record, QString *problem)
{
    record->clear();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() == QLatin1String("attributes")) {
            continue;
        }
        FieldInput input;
        input.name = it.key();
        if (it.value().isObject()) {
            const QJsonObject nested = it.value().toObject();
            QStringList keys = nested.keys();
            keys.removeAll(QStringLiteral("attributes"));
            if (keys.size() != 1) {
                *problem = QStringLiteral("Relationship %1 must name exactly one key field").arg(it.key());
                return false;
            }
            input.nestedKey = keys.first();
            input.value = nested.value(input.nestedKey);
        } else if (it.value().isArray()) {
            *problem = QStringLiteral("Cannot deserialize instance of %1 from START_ARRAY").arg(it.key());
            return false;
        } else {
            input.value = it.value();
        }
        record->append(input);
    }
    return true;
}

SfWriter::Record SfWriter::fromCsv(const QStringList &header, const QStringList &values)
{
    Record record;
    for (int i = 0; i < header.size() && i < values.size(); ++i) {
        const QString &value = values.at(i);
        if (value.isEmpty()) {
            continue; // empty = leave the field unchanged
        }
        const QString &column = header.at(i);
        if (column.isEmpty()) {
            continue; // a locator column (Id of an update) rather than a field
        }
        FieldInput input;
        const int dot = column.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            input.name = column.left(dot);
            input.nestedKey = column.mid(dot + 1);
        } else {
            input.name = column;
        }
        input.value =
            value == QLatin1String(BulkCsv::NullValue) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        record.append(input);
    }
    return record;
}

QString SfWriter::keyOf(const SfSchema::Field &keyField, const Record &record) const
{
    for (const FieldInput &f : record) {
        if (f.nestedKey.isEmpty() && f.name.compare(keyField.name, Qt::CaseInsensitive) == 0) {
            return jsonText(f.value);
        }
    }
    return QString();
}

bool SfWriter::resolveParent(const SfSchema::Field &lookup, const SfSchema::Object &parent,
                             const SfSchema::Field &keyField, const QString &value, QString *id, Error *err)
{
    const QString cacheKey =
        parent.name + QLatin1Char('|') + keyField.name + QLatin1Char('|') + keyField.foldKey(value);
    const auto cached = m_parentCache.constFind(cacheKey);
    if (cached != m_parentCache.constEnd()) {
        *id = cached.value();
        return true;
    }
    QStringList ids;
    if (keyField.type == QLatin1String("id")) {
        const SalesforceId::Parsed parsed = SalesforceId::parse(value, parent.keyPrefix);
        if (!parsed.ok()) {
            *err = error(QStringLiteral("MALFORMED_ID"),
                         QStringLiteral("%1: id value of incorrect type: %2").arg(lookup.label, value),
                         {lookup.name});
            return false;
        }
        if (m_store.recordState(parent, parsed.id18) == 1) {
            ids.append(parsed.id18);
        }
    } else if (keyField.hasKeyColumn()) {
        ids = m_store.idsByKey(parent, keyField, value);
    } else {
        ids = m_store.idsByValue(parent, keyField.name, value);
    }
    if (ids.isEmpty()) {
        *err = error(QStringLiteral("INVALID_FIELD"),
                     QStringLiteral("Foreign key external ID: %1 not found for field %2 in entity %3")
                         .arg(value, keyField.name, parent.name));
        return false;
    }
    if (ids.size() > 1) {
        *err = error(QStringLiteral("DUPLICATE_EXTERNAL_ID"),
                     QStringLiteral("%1: more than one record found for external id field: [%2]")
                         .arg(keyField.label, ids.join(QStringLiteral(", "))));
        return false;
    }
    m_parentCache.insert(cacheKey, ids.first());
    *id = ids.first();
    return true;
}

bool SfWriter::validate(const SfSchema::Object &object, const Record &record, bool insert,
                        const QString &selfId, QList<QPair<QString, QVariant>> *columns, Error *err)
{
    // 1. Unknown fields and relationships.
    QList<Resolved> resolved;
    resolved.reserve(record.size());
    for (const FieldInput &input : record) {
        Resolved r;
        r.input = &input;
        if (input.nestedKey.isEmpty()) {
            r.field = object.field(input.name);
            if (!r.field) {
                // "X__r": null clears the lookup.
                const SfSchema::Field *lookup = object.lookupByRelationship(input.name);
                if (lookup && input.value.isNull()) {
                    r.field = lookup;
                }
            }
            if (!r.field) {
                *err = error(
                    QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("No such column '%1' on sobject of type %2").arg(input.name, object.name));
                return false;
            }
        } else {
            r.field = object.lookupByRelationship(input.name);
            if (!r.field) {
                *err = error(
                    QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("No such column '%1' on sobject of type %2").arg(input.name, object.name));
                return false;
            }
            r.parent = m_schema->object(r.field->referenceTo);
            r.parentKey = r.parent ? r.parent->field(input.nestedKey) : nullptr;
            if (!r.parentKey) {
                *err = error(QStringLiteral("INVALID_FIELD"),
                             QStringLiteral("No such column '%1' on sobject of type %2")
                                 .arg(input.nestedKey, r.field->referenceTo));
                return false;
            }
        }
        resolved.append(r);
    }
    // 2. Fields that cannot be written.
    for (const Resolved &r : std::as_const(resolved)) {
        const bool writable = insert ? r.field->createable : r.field->updateable;
        if (!writable || r.field->system || r.field->calculated || r.field->autoNumber) {
            *err = error(
                QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
                QStringLiteral("Unable to create/update fields: %1. Please check the security settings of "
                               "this field and verify that it is read/write for your profile or permission "
                               "set.")
                    .arg(r.field->name),
                {r.field->name});
            return false;
        }
    }
    // 3. Type and format.
    for (Resolved &r : resolved) {
        const SfSchema::Field &f = *r.field;
        const QJsonValue &v = r.input->value;
        r.text = jsonText(v);
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
            r.value = QVariant();
            continue;
        }
        bool ok = true;
        if (r.parent || f.isReference() || f.isText() || f.type == QLatin1String("id")) {
            ok = v.isString() || v.isDouble() || v.isBool();
            r.value = r.text;
        } else if (f.type == QLatin1String("boolean")) {
            if (v.isBool()) {
                r.value = v.toBool();
            } else {
                const QString t = r.text.toLower();
                ok = t == QLatin1String("true") || t == QLatin1String("false") || t == QLatin1String("1") ||
                     t == QLatin1String("0");
                r.value = t == QLatin1String("true") || t == QLatin1String("1");
            }
        } else if (f.isNumber()) {
            const auto d =
                v.isDouble() ? Decimal::fromDouble(v.toDouble()) : Decimal::fromString(r.text.trimmed());
            ok = d.has_value() && (v.isDouble() || v.isString());
            if (ok && f.type == QLatin1String("int")) {
                ok = d->significantDecimals() == 0;
            }
            if (ok) {
                r.text = d->toString();
                r.value = r.text; // range-checked and rounded in step 5
            }
        } else if (f.type == QLatin1String("date")) {
            QDate date = QDate::fromString(r.text.trimmed(), Qt::ISODate);
            if (!date.isValid() || r.text.trimmed().size() != 10) {
                const auto dt = v.isString() ? parseDateTime(r.text) : std::nullopt;
                date = dt ? dt->date() : QDate();
            }
            ok = v.isString() && date.isValid();
            r.value = date.toString(Qt::ISODate);
        } else if (f.type == QLatin1String("datetime")) {
            const auto dt = v.isString() ? parseDateTime(r.text) : std::nullopt;
            ok = dt.has_value();
            if (ok) {
                r.value = QString(dt->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                  QStringLiteral("+0000"));
            }
        } else {
            r.value = r.text;
        }
        if (!ok) {
            *err = error(QStringLiteral("INVALID_TYPE_ON_FIELD_IN_RECORD"),
                         QStringLiteral("%1: value not of required type: %2").arg(f.label, r.text), {f.name});
            return false;
        }
    }
    // 4. Text length, in characters.
    for (const Resolved &r : std::as_const(resolved)) {
        const SfSchema::Field &f = *r.field;
        if (!r.parent && f.isText() && f.length > 0 && !r.value.isNull() &&
            characters(r.value.toString()) > f.length) {
            *err = error(QStringLiteral("STRING_TOO_LONG"),
                         QStringLiteral("%1: data value too large: %2 (max length=%3)")
                             .arg(f.label, r.value.toString())
                             .arg(f.length),
                         {f.name});
            return false;
        }
    }
    // 5. Numbers within precision; extra decimals are rounded to the scale, as Salesforce does.
    for (Resolved &r : resolved) {
        const SfSchema::Field &f = *r.field;
        if (r.parent || !f.isNumber() || r.value.isNull()) {
            continue;
        }
        const auto d = Decimal::fromString(r.value.toString());
        const int integerDigits = f.precision > 0 ? f.precision - f.scale : 18;
        if (!d || d->integerDigits() > integerDigits) {
            *err = error(
                QStringLiteral("NUMBER_OUTSIDE_VALID_RANGE"),
                QStringLiteral("%1: value outside of valid range on numeric field: %2").arg(f.label, r.text),
                {f.name});
            return false;
        }
        if (f.type == QLatin1String("int")) {
            r.value = static_cast<qint64>(d->toDouble());
        } else {
            r.value = d->rounded(f.scale).toDouble();
        }
    }
    // 6. Restricted picklists.
    for (const Resolved &r : std::as_const(resolved)) {
        const SfSchema::Field &f = *r.field;
        if (f.restrictedPicklist && !r.value.isNull() && !f.picklistValues.contains(r.value.toString())) {
            *err =
                error(QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                      QStringLiteral("%1: bad value for restricted picklist field: %2").arg(f.label, r.text),
                      {f.name});
            return false;
        }
    }
    // 7. Required fields: absent on insert, or cleared.
    QStringList missing;
    for (const SfSchema::Field &f : object.fields) {
        if (f.system || !f.requiredOnCreate()) {
            continue;
        }
        const Resolved *given = nullptr;
        for (const Resolved &r : std::as_const(resolved)) {
            if (r.field == &f) {
                given = &r;
            }
        }
        if ((insert && (!given || given->value.isNull())) || (!insert && given && given->value.isNull())) {
            missing.append(f.name);
        }
    }
    if (!missing.isEmpty()) {
        *err =
            error(QStringLiteral("REQUIRED_FIELD_MISSING"),
                  QStringLiteral("Required fields are missing: [%1]").arg(missing.join(QStringLiteral(", "))),
                  missing);
        return false;
    }
    // 8. Lookups, by Id or by the parent's external ID.
    for (Resolved &r : resolved) {
        const SfSchema::Field &f = *r.field;
        if (!f.isReference() || r.value.isNull()) {
            continue;
        }
        const SfSchema::Object *target = m_schema->object(f.referenceTo);
        if (!target) {
            continue;
        }
        QString id;
        if (r.parent) {
            if (!r.parentKey->externalId && !r.parentKey->idLookup) {
                *err = error(
                    QStringLiteral("INVALID_FIELD"),
                    QStringLiteral("Field name provided, %1 is not an External ID or indexed field for %2")
                        .arg(r.parentKey->name, target->name));
                return false;
            }
            if (!resolveParent(f, *target, *r.parentKey, r.value.toString(), &id, err)) {
                return false;
            }
        } else {
            const SalesforceId::Parsed parsed = SalesforceId::parse(r.value.toString());
            if (!parsed.ok()) {
                *err = error(QStringLiteral("MALFORMED_ID"),
                             QStringLiteral("%1: id value of incorrect type: %2").arg(f.label, r.text),
                             {f.name});
                return false;
            }
            if (SalesforceId::keyPrefix(parsed.id18) != target->keyPrefix) {
                *err = error(QStringLiteral("FIELD_INTEGRITY_EXCEPTION"),
                             QStringLiteral("%1: id value of incorrect type: %2").arg(f.label, r.text),
                             {f.name});
                return false;
            }
            const QString cacheKey = QStringLiteral("id|") + parsed.id18;
            const auto cached = m_parentCache.constFind(cacheKey);
            const int state =
                cached != m_parentCache.constEnd() ? 1 : m_store.recordState(*target, parsed.id18);
            if (state == 1) {
                m_parentCache.insert(cacheKey, parsed.id18); // many rows point at the same parent
            }
            if (state == 0) {
                *err = error(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                             QStringLiteral("invalid cross reference id"));
                return false;
            }
            if (state < 0) {
                *err =
                    error(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"), {f.name});
                return false;
            }
            id = parsed.id18;
        }
        r.value = id;
    }
    // 9. Unique fields (the upsert key itself was matched already).
    for (const Resolved &r : std::as_const(resolved)) {
        const SfSchema::Field &f = *r.field;
        if (!f.unique || !f.hasKeyColumn() || r.value.isNull() || r.parent || &f == m_matchedKey) {
            continue;
        }
        const QStringList ids = m_store.idsByKey(object, f, r.value.toString(), 2);
        for (const QString &other : ids) {
            if (other != selfId) {
                *err =
                    error(QStringLiteral("DUPLICATE_VALUE"),
                          QStringLiteral("duplicate value found: %1 duplicates value on record with id: %2")
                              .arg(f.name, other));
                return false;
            }
        }
    }

    // The row as stored; a field given twice (X__c and X__r) keeps the last value.
    columns->clear();
    QHash<QString, int> position;
    for (const Resolved &r : std::as_const(resolved)) {
        const SfSchema::Field &f = *r.field;
        const QVariant key = r.value.isNull() ? QVariant() : QVariant(f.foldKey(r.value.toString()));
        const auto seen = position.constFind(f.name);
        if (seen != position.constEnd()) {
            (*columns)[seen.value()].second = r.value;
            if (f.hasKeyColumn()) {
                (*columns)[seen.value() + 1].second = key;
            }
            continue;
        }
        position.insert(f.name, static_cast<int>(columns->size()));
        columns->append({f.name, r.value});
        if (f.hasKeyColumn()) {
            columns->append({f.keyColumn(), key});
        }
    }
    return true;
}

SfWriter::Result SfWriter::write(const SfSchema::Object &object, const Record &record,
                                 const QString &existingId, const QString &lockKey)
{
    Result result;
    const bool insert = existingId.isEmpty();
    QList<QPair<QString, QVariant>> columns;
    Error problem;
    if (!validate(object, record, insert, existingId, &columns, &problem)) {
        result.id = existingId;
        result.errors.append(problem);
        return result;
    }
    if (m_faults.shouldLock(lockKey.isEmpty() ? existingId : lockKey)) {
        result.id = existingId;
        result.errors.append(
            error(QStringLiteral("UNABLE_TO_LOCK_ROW"),
                  QStringLiteral("unable to obtain exclusive access to this record or 1 records: %1")
                      .arg(existingId.isEmpty() ? lockKey : existingId)));
        return result;
    }
    const QString now = m_now.isEmpty() ? timestamp() : m_now;
    QString sqlError;
    if (insert) {
        const qint64 sequence = m_ids.next(object.name);
        const QString id = SfIdAllocator::idFor(object.keyPrefix, sequence);
        QList<QPair<QString, QVariant>> row = {
            {QStringLiteral("Id"), id},
            {QStringLiteral("_seq"), sequence},
            {QStringLiteral("IsDeleted"), 0},
            {QStringLiteral("CreatedDate"), now},
            {QStringLiteral("CreatedById"), m_userId},
            {QStringLiteral("LastModifiedDate"), now},
            {QStringLiteral("LastModifiedById"), m_userId},
            {QStringLiteral("SystemModstamp"), now},
            {QStringLiteral("OwnerId"), m_userId},
        };
        QSet<QString> given;
        for (const auto &c : std::as_const(columns)) {
            given.insert(c.first);
        }
        for (const SfSchema::Field &f : object.fields) {
            if (f.system || given.contains(f.name) || !f.stored()) {
                continue;
            }
            if (f.autoNumber) {
                row.append({f.name, QStringLiteral("%1-%2")
                                        .arg(object.autoNumberPrefix())
                                        .arg(sequence, 7, 10, QLatin1Char('0'))});
            } else if (f.nameField) {
                row.append({f.name, id}); // Salesforce names an unnamed record after its Id
            } else if (f.defaultValue.isValid()) {
                row.append({f.name, f.type == QLatin1String("boolean")
                                        ? QVariant(f.defaultValue.toBool() ? 1 : 0)
                                        : f.defaultValue});
            } else if (f.type == QLatin1String("boolean")) {
                row.append({f.name, 0});
            }
        }
        row.append(columns);
        if (!m_store.insert(object, row, &sqlError)) {
            result.errors.append(error(QStringLiteral("UNKNOWN_EXCEPTION"), sqlError));
            return result;
        }
        result.id = id;
        result.created = true;
    } else {
        columns.append({QStringLiteral("LastModifiedDate"), now});
        columns.append({QStringLiteral("LastModifiedById"), m_userId});
        columns.append({QStringLiteral("SystemModstamp"), now});
        if (!m_store.update(object, existingId, columns, &sqlError)) {
            result.id = existingId;
            result.errors.append(error(QStringLiteral("UNKNOWN_EXCEPTION"), sqlError));
            return result;
        }
        result.id = existingId;
    }
    result.success = true;
    return result;
}

QList<SfWriter::Result> SfWriter::upsert(const SfSchema::Object &object, const SfSchema::Field &keyField,
                                         const QList<Record> &records)
{
    m_parentCache.clear();
    m_now = timestamp();
    QList<Result> results(records.size());
    QStringList keys;
    QHash<QString, int> occurrences;
    for (const Record &record : records) {
        const QString key = keyOf(keyField, record);
        keys.append(key);
        if (!key.isEmpty()) {
            ++occurrences[keyField.foldKey(key)];
        }
    }
    QStringList lookup;
    for (auto it = occurrences.constBegin(); it != occurrences.constEnd(); ++it) {
        lookup.append(it.key());
    }
    const QHash<QString, QStringList> existing = m_store.idsByKeys(object, keyField, lookup);
    m_matchedKey = &keyField; // matched above for every row: no second look-up per row
    for (int i = 0; i < records.size(); ++i) {
        const QString &key = keys.at(i);
        Result &result = results[i];
        if (key.isEmpty()) {
            result.errors.append(error(QStringLiteral("MISSING_ARGUMENT"),
                                       QStringLiteral("%1 not specified").arg(keyField.name)));
            continue;
        }
        const QString folded = keyField.foldKey(key);
        if (occurrences.value(folded) > 1) {
            // Salesforce refuses every row that repeats an external ID within one request.
            result.errors.append(error(QStringLiteral("DUPLICATE_VALUE"),
                                       QStringLiteral("Duplicate external id specified: %1").arg(key)));
            continue;
        }
        const QStringList matches = existing.value(folded);
        if (matches.size() > 1) {
            result.ambiguousIds = matches;
            result.errors.append(
                error(QStringLiteral("DUPLICATE_EXTERNAL_ID"),
                      QStringLiteral("%1: more than one record found for external id field: [%2]")
                          .arg(keyField.label, matches.join(QStringLiteral(", ")))));
            continue;
        }
        result = write(object, records.at(i), matches.value(0), key);
    }
    m_now.clear();
    m_matchedKey = nullptr;
    return results;
}

SfWriter::Result SfWriter::upsertOne(const SfSchema::Object &object, const SfSchema::Field &keyField,
                                     const QString &key, const Record &record)
{
    Record withKey;
    for (const FieldInput &f : record) {
        if (!(f.nestedKey.isEmpty() && f.name.compare(keyField.name, Qt::CaseInsensitive) == 0)) {
            withKey.append(f);
        }
    }
    withKey.append(FieldInput{keyField.name, QString(), QJsonValue(key)});
    return upsert(object, keyField, {withKey}).constFirst();
}

QList<SfWriter::Result> SfWriter::create(const SfSchema::Object &object, const QList<Record> &records)
{
    m_parentCache.clear();
    m_now = timestamp();
    QList<Result> results;
    results.reserve(records.size());
    for (const Record &record : records) {
        QString lockKey;
        if (const SfSchema::Field *key = object.field(object.externalIdField)) {
            lockKey = keyOf(*key, record);
        }
        results.append(write(object, record, QString(), lockKey));
    }
    m_now.clear();
    return results;
}

SfWriter::Result SfWriter::update(const SfSchema::Object &object, const QString &id, const Record &record)
{
    m_parentCache.clear();
    Result result;
    const SalesforceId::Parsed parsed = SalesforceId::parse(id, object.keyPrefix);
    if (!parsed.ok()) {
        result.errors.append(
            error(QStringLiteral("MALFORMED_ID"),
                  QStringLiteral("%1 ID: id value of incorrect type: %2").arg(object.label, id),
                  {QStringLiteral("Id")}));
        return result;
    }
    const int state = m_store.recordState(object, parsed.id18);
    if (state <= 0) {
        result.id = parsed.id18;
        result.errors.append(
            state < 0 ? error(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"))
                      : error(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                              QStringLiteral("invalid cross reference id")));
        return result;
    }
    return write(object, record, parsed.id18, parsed.id18);
}

SfWriter::Result SfWriter::remove(const QString &id)
{
    Result result;
    const SalesforceId::Parsed parsed = SalesforceId::parse(id);
    const SfSchema::Object *object =
        parsed.ok() ? m_schema->objectForPrefix(SalesforceId::keyPrefix(parsed.id18)) : nullptr;
    if (!object) {
        result.errors.append(
            error(QStringLiteral("MALFORMED_ID"), QStringLiteral("malformed id %1").arg(id)));
        return result;
    }
    result.id = parsed.id18;
    const int state = m_store.recordState(*object, parsed.id18);
    if (state == 0) {
        result.errors.append(error(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"),
                                   QStringLiteral("invalid cross reference id")));
        return result;
    }
    if (state < 0) {
        result.errors.append(error(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted")));
        return result;
    }
    QString sqlError;
    if (!m_store.softDelete(*object, parsed.id18, timestamp(), &sqlError)) {
        result.errors.append(error(QStringLiteral("UNKNOWN_EXCEPTION"), sqlError));
        return result;
    }
    result.success = true;
    return result;
}
