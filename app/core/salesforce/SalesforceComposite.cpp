#include "salesforce/SalesforceComposite.h"

#include <QJsonArray>

QString SalesforceComposite::Subresponse::errorCode() const
{
    const QJsonArray array = body.toArray();
    if (array.isEmpty()) {
        return QString();
    }
    return array.first().toObject().value(QStringLiteral("errorCode")).toString();
}

QJsonObject SalesforceComposite::toJson(const QList<Subrequest> &requests, bool allOrNone)
{
    QJsonArray list;
    for (const Subrequest &r : requests) {
        QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                      {QStringLiteral("url"), r.url},
                      {QStringLiteral("referenceId"), r.referenceId}};
        if (!r.body.isUndefined()) {
            o.insert(QStringLiteral("body"), r.body);
        }
        list.append(o);
    }
    // Order matters for references and for what a rollback reports: no collation.
    return QJsonObject{{QStringLiteral("allOrNone"), allOrNone},
                       {QStringLiteral("collateSubrequests"), false},
                       {QStringLiteral("compositeRequest"), list}};
}

QList<SalesforceComposite::Subresponse> SalesforceComposite::parse(const QJsonObject &json)
{
    QList<Subresponse> out;
    const QJsonArray list = json.value(QStringLiteral("compositeResponse")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Subresponse r;
        r.referenceId = o.value(QStringLiteral("referenceId")).toString();
        r.httpStatus = o.value(QStringLiteral("httpStatusCode")).toInt();
        r.body = o.value(QStringLiteral("body"));
        r.httpHeaders = o.value(QStringLiteral("httpHeaders")).toObject();
        out.append(r);
    }
    return out;
}
