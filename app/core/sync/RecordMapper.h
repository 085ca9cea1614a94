#pragma once

#include "package/PackageObject.h"
#include "sync/MappedRecord.h"

#include <QCoreApplication>
#include <QVariantHash>

// Fills one package object from a source row, field by field, as the package definition
// says: values converted to the field's type, money converted exactly from the credit type's
// unit (USD cents → dollars), picklist values translated, Names that are too long shortened
// with an ellipsis, other over-long or out-of-range values reported as a row error (never
// silently truncated), lookups expressed by the parent's external ID, and the workspace's
// environment written where the object has that field.
class RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(RecordMapper)

public:
    RecordMapper(const PackageObject &object, const QString &environment);

    MappedRecord map(const QVariantHash &row) const;

    // "USD (cents)", "EUR (cents)": amounts in hundredths of the currency.
    static bool isCentsUnit(const QString &creditTypeName);
    // Shortens to maxLength characters with a trailing "…", never splitting a surrogate pair.
    static QString shortenName(const QString &text, int maxLength);
    // Stable 63-bit hash of a record body (sorted keys), never 0.
    static quint64 hashOf(const QString &object, const QJsonObject &fields);

    // Codes for problems found before sending. Salesforce's own codes where one fits.
    static constexpr const char *StringTooLong = "STRING_TOO_LONG";
    static constexpr const char *NumberOutOfRange = "NUMBER_OUTSIDE_VALID_RANGE";
    static constexpr const char *BadPicklist = "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST";
    static constexpr const char *RequiredMissing = "REQUIRED_FIELD_MISSING";
    static constexpr const char *MalformedId = "MALFORMED_ID";
    static constexpr const char *InvalidDate = "NOMESYNC_INVALID_DATE";
    static constexpr const char *InvalidNumber = "NOMESYNC_INVALID_NUMBER";
    static constexpr const char *MissingKey = "NOMESYNC_MISSING_EXTERNAL_ID";

private:
    bool convert(const PackageField &field, const QVariantHash &row, QJsonValue *out,
                 MappedRecord &record) const;
    void fail(MappedRecord &record, const char *code, const QString &message, const QString &field) const;

    const PackageObject &m_object;
    QString m_environment;
};
