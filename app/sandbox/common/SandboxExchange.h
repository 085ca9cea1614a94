#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// A request as the sandbox's handlers see it.
struct SandboxRequest
{
    QByteArray method; // upper case: GET, POST, PATCH, PUT, DELETE
    QUrl url;
    QString path; // decoded path, e.g. /v1/customers
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    // All values of a repeated key, with comma-separated values split (both forms are accepted).
    QStringList queryList(const QString &key) const
    {
        QStringList out;
        const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
        for (const QString &v : values) {
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                out.append(part.trimmed());
            }
        }
        return out;
    }
};

// What a handler answers. `hang` keeps the connection open without answering, for the
// "hanging response" fault.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false;

    static SandboxResponse json(int status, const QJsonDocument &document)
    {
        SandboxResponse r;
        r.status = status;
        r.body = document.toJson(QJsonDocument::Compact);
        return r;
    }
    static SandboxResponse raw(int status, const QByteArray &body, const QByteArray &contentType)
    {
        SandboxResponse r;
        r.status = status;
        r.body = body;
        r.contentType = contentType;
        return r;
    }
    static SandboxResponse empty(int status)
    {
        SandboxResponse r;
        r.status = status;
        r.contentType.clear();
        return r;
    }
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};
