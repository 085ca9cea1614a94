#include "salesforce/SalesforceRecordResult.h"

#include <QJsonArray>

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

QJsonObject SalesforceRecordResult::Error::toJson() const
{
    return QJsonObject{{QStringLiteral("statusCode"), statusCode},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}

SalesforceRecordResult::Error SalesforceRecordResult::Error::fromJson(const QJsonObject &json)
{
    Error e;
    e.statusCode = json.value(QStringLiteral("statusCode")).toString();
    if (e.statusCode.isEmpty()) {
        e.statusCode = json.value(QStringLiteral("errorCode")).toString();
    }
    e.message = json.value(QStringLiteral("message")).toString();
    e.fields = stringList(json.value(QStringLiteral("fields")));
    return e;
}

SalesforceRecordResult::Error SalesforceRecordResult::Error::fromBulkText(const QString &text)
{
    Error e;
    QString rest = text.trimmed();
    const int colon = rest.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        e.statusCode = QStringLiteral("UNKNOWN_EXCEPTION");
        e.message = rest;
        return e;
    }
    e.statusCode = rest.left(colon);
    rest = rest.mid(colon + 1);
    // The tail is ":--" (no fields) or ":A,B --"; the message itself may contain ':'.
    if (rest.endsWith(QLatin1String("--"))) {
        rest.chop(2);
        const int last = rest.lastIndexOf(QLatin1Char(':'));
        if (last >= 0) {
            const QString fields = rest.mid(last + 1).trimmed();
            rest = rest.left(last);
            if (!fields.isEmpty()) {
                for (const QString &f : fields.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    e.fields.append(f.trimmed());
                }
            }
        }
    }
    e.message = rest;
    return e;
}

bool SalesforceRecordResult::hasStatusCode(const QString &code) const
{
    for (const Error &e : errors) {
        if (e.statusCode == code) {
            return true;
        }
    }
    return false;
}

SalesforceRecordResult SalesforceRecordResult::fromJson(const QJsonObject &json)
{
    SalesforceRecordResult r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.success = json.value(QStringLiteral("success")).toBool();
    // Failed items may omit `created`; parse defensively.
    r.created = json.value(QStringLiteral("created")).toBool(false);
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors) {
        r.errors.append(Error::fromJson(e.toObject()));
    }
    return r;
}
