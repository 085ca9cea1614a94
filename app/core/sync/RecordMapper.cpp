#include "sync/RecordMapper.h"

#include "salesforce/SalesforceId.h"
#include "util/Decimal.h"
#include "util/StableHash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace {

bool isNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        return true;
    }
    if (v.metaType().id() == QMetaType::QString) {
        return v.toString().isEmpty();
    }
    return false;
}

std::optional<Decimal> toDecimal(const QVariant &v)
{
    if (v.metaType() == QMetaType::fromType<Decimal>()) {
        return v.value<Decimal>();
    }
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return Decimal::fromInt(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return Decimal::fromDouble(v.toDouble());
    case QMetaType::Bool:
        return Decimal::fromInt(v.toBool() ? 1 : 0);
    default:
        return Decimal::fromString(v.toString());
    }
}

std::optional<QDateTime> toDateTime(const QVariant &v)
{
    QDateTime dt;
    if (v.metaType().id() == QMetaType::QDateTime) {
        dt = v.toDateTime();
    } else if (v.metaType().id() == QMetaType::QDate) {
        dt = QDateTime(v.toDate(), QTime(0, 0), Qt::UTC);
    } else {
        const QString text = v.toString().trimmed();
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            dt = QDateTime::fromString(text, Qt::ISODate);
        }
    }
    if (!dt.isValid()) {
        return std::nullopt;
    }
    return dt.toUTC();
}

QString toText(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QStringList) {
        return v.toStringList().join(QStringLiteral(", "));
    }
    if (v.metaType() == QMetaType::fromType<Decimal>()) {
        return v.value<Decimal>().toString();
    }
    return v.toString();
}

// Salesforce stores dates between 1700 and 4000.
bool dateInRange(const QDate &date)
{
    return date.isValid() && date.year() >= 1700 && date.year() <= 4000;
}

} // namespace

RecordMapper::RecordMapper(const PackageObject &object, const QString &environment)
    : m_object(object)
    , m_environment(environment)
{}

bool RecordMapper::isCentsUnit(const QString &creditTypeName)
{
    return creditTypeName.contains(QLatin1String("(cents)"), Qt::CaseInsensitive);
}

QString RecordMapper::shortenName(const QString &text, int maxLength)
{
    if (text.size() <= maxLength || maxLength < 2) {
        return text.left(std::max(0, maxLength));
    }
    int cut = maxLength - 1;
    if (text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut).trimmed() + QChar(0x2026);
}

quint64 RecordMapper::hashOf(const QString &object, const QJsonObject &fields)
{
    // One buffer per thread: this runs for every row read.
    thread_local StableHash hash;
    hash.clear();
    hash.addString(object);
    hash.addJson(fields);
    return hash.result();
}

void RecordMapper::fail(MappedRecord &record, const char *code, const QString &message,
                        const QString &field) const
{
    if (!record.ok()) {
        record.errorFields.append(field);
        return;
    }
    record.errorCode = QString::fromLatin1(code);
    record.errorMessage = message;
    record.errorFields = QStringList{field};
}

bool RecordMapper::convert(const PackageField &field, const QVariantHash &row, QJsonValue *out,
                           MappedRecord &record) const
{
    const QVariant raw =
        field.source == QLatin1String("$environment") ? QVariant(m_environment) : row.value(field.source);
    if (isNull(raw)) {
        *out = QJsonValue(QJsonValue::Null);
        if (field.required || (field.externalId && field.name == m_object.externalIdField)) {
            fail(record, RequiredMissing, tr("%1 has no value, but Salesforce requires one.").arg(field.name),
                 field.name);
            return false;
        }
        return true;
    }

    const QString &type = field.type;
    if (type == QLatin1String("string") || type == QLatin1String("textarea") ||
        type == QLatin1String("picklist")) {
        QString text = toText(raw);
        if (type == QLatin1String("picklist") && !field.valueMap.isEmpty()) {
            text = field.valueMap.value(text, field.valueMap.value(text.toUpper(), text));
        }
        if (type == QLatin1String("picklist") && field.restrictedPicklist &&
            !field.picklistValues.contains(text)) {
            fail(record, BadPicklist,
                 tr("\"%1\" is not one of the values %2 allows (%3).")
                     .arg(text, field.name, field.picklistValues.join(QStringLiteral(", "))),
                 field.name);
            return false;
        }
        if (field.length > 0 && text.size() > field.length) {
            if (field.shorten) {
                text = shortenName(text, field.length);
            } else {
                fail(record, StringTooLong,
                     tr("%1 is %2 characters long; the field allows %3. The value was not sent rather than "
                        "cut.")
                         .arg(field.name)
                         .arg(text.size())
                         .arg(field.length),
                     field.name);
                return false;
            }
        }
        *out = text;
        return true;
    }
    if (type == QLatin1String("double") || type == QLatin1String("int") ||
        type == QLatin1String("currency")) {
        std::optional<Decimal> value = toDecimal(raw);
        if (!value) {
            fail(record, InvalidNumber, tr("%1: \"%2\" is not a number.").arg(field.name, raw.toString()),
                 field.name);
            return false;
        }
        if (field.convert == QLatin1String("money") && isCentsUnit(row.value(field.unitSource).toString())) {
            *value = value->shifted(-2);
        }
        const Decimal rounded = value->rounded(field.scale);
        if (field.precision > 0 && rounded.integerDigits() > field.precision - field.scale) {
            fail(record, NumberOutOfRange,
                 tr("%1 = %2 has more digits than the field allows (%3 before the decimal point).")
                     .arg(field.name, rounded.toString())
                     .arg(field.precision - field.scale),
                 field.name);
            return false;
        }
        *out = rounded.toDouble();
        return true;
    }
    if (type == QLatin1String("boolean")) {
        *out = raw.toBool();
        return true;
    }
    if (type == QLatin1String("datetime") || type == QLatin1String("date")) {
        const std::optional<QDateTime> dt = toDateTime(raw);
        if (!dt || !dateInRange(dt->date())) {
            fail(record, InvalidDate,
                 tr("%1: \"%2\" is not a date Salesforce can store (years 1700 to 4000).")
                     .arg(field.name, toText(raw)),
                 field.name);
            return false;
        }
        *out = type == QLatin1String("date") ? dt->date().toString(Qt::ISODate)
                                             : dt->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        return true;
    }
    if (type == QLatin1String("reference")) {
        const QString key = toText(raw).trimmed();
        if (field.parentKey.isEmpty()) {
            // A plain record Id, e.g. the Account a customer is linked to.
            const bool isAccount = field.referenceTo == QLatin1String("Account");
            const SalesforceId::Parsed parsed = SalesforceId::parse(
                key, isAccount ? QString::fromLatin1(SalesforceId::AccountPrefix) : QString());
            if (!parsed.ok()) {
                fail(record, MalformedId,
                     tr("%1: %2").arg(field.name, SalesforceId::describe(parsed.problem, key)), field.name);
                return false;
            }
            *out = parsed.id18;
            return true;
        }
        *out = key;
        return true;
    }
    // Unknown type in a package definition: send the text and let Salesforce judge.
    *out = toText(raw);
    return true;
}

MappedRecord RecordMapper::map(const QVariantHash &row) const
{
    MappedRecord record;
    record.object = m_object.name;
    record.customerId = row.value(QStringLiteral("customer_id")).toString();
    record.accountId = row.value(QStringLiteral("account_id")).toString();
    for (const PackageField &field : m_object.fields) {
        if (!field.isWritable()) {
            continue;
        }
        QJsonValue value;
        if (!convert(field, row, &value, record)) {
            continue;
        }
        if (field.name == m_object.externalIdField) {
            record.externalId = value.toString();
        }
        if (field.isReference() && !field.parentKey.isEmpty()) {
            if (value.isNull()) {
                record.fields.insert(field.name, QJsonValue::Null); // clears the lookup
            } else {
                record.fields.insert(field.relationshipName, QJsonObject{{field.parentKey, value}});
                record.parents.append({field.referenceTo, value.toString()});
            }
            continue;
        }
        record.fields.insert(field.name, value);
    }
    if (record.externalId.isEmpty() && record.ok()) {
        fail(record, MissingKey,
             tr("The row has no %1, so it cannot be matched in Salesforce.").arg(m_object.externalIdField),
             m_object.externalIdField);
    }
    if (record.externalId.isEmpty()) {
        record.externalId = row.value(QStringLiteral("id")).toString();
    }
    record.hash = hashOf(m_object.name, record.fields);
    return record;
}
