#pragma once

#include "common/SandboxExchange.h"
#include "salesforce/SfWriter.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <memory>

class SfBulkApi;
class SfFaults;
class SfQueryEngine;
class SfSchema;
class SfStore;

// The versioned REST surface of the sandbox org, below /services/data/v{ver}: resource
// directory, describeGlobal and describe, single records (create, read, update, delete,
// read/upsert/delete by external ID), sObject Collections (create, update, upsert, delete,
// retrieve), Composite with @{ref.field} references and allOrNone rollback, query/queryAll
// with paging, limits, and Bulk API 2.0 (delegated to SfBulkApi). Error bodies are JSON
// arrays of {message, errorCode, fields}; Collections items carry statusCode.
class SfRestApi
{
public:
    struct Context
    {
        SfStore &store;
        SfWriter &writer;
        SfQueryEngine &query;
        SfBulkApi &bulk;
        SfFaults &faults;
        std::function<std::shared_ptr<const SfSchema>()> schema;
        std::function<QJsonObject()> limits;
        QString identityUrl;
    };

    explicit SfRestApi(const Context &context);
    void setIdentityUrl(const QString &url) { m_context.identityUrl = url; }

    // `rest` is the path after /services/data/v{ver}, still percent-encoded.
    SandboxResponse handle(const SandboxRequest &request, const QString &apiVersion, const QString &rest);

    static SandboxResponse error(int status, const QString &code, const QString &message,
                                 const QStringList &fields = {}, bool withFields = false);
    static bool supportedVersion(const QString &version);
    static QJsonArray versions();

private:
    SandboxResponse dispatch(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                             const QByteArray &body, const SandboxRequest &request,
                             const QString &apiVersion);
    SandboxResponse sobjects(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                             const QByteArray &body, const QString &apiVersion);
    SandboxResponse collections(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                                const QByteArray &body, const QString &apiVersion);
    SandboxResponse composite(const QByteArray &body, const SandboxRequest &request,
                              const QString &apiVersion);
    SandboxResponse runQuery(const QString &soql, bool all, int pageSize, const QString &apiVersion);
    // SELECT <fields> FROM <object> WHERE Id IN (...), in the order of `ids` (null when absent).
    QList<QJsonValue> retrieve(const SfSchema::Object &object, const QStringList &ids, QStringList fields,
                               const QString &apiVersion);
    static SandboxResponse writeErrors(const SfWriter::Result &result);
    QString nextSavepoint();

    Context m_context;
    int m_savepoints = 0;
};
