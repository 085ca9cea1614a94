#pragma once

#include "common/SandboxExchange.h"
#include "common/SandboxOptions.h"
#include "salesforce/SfFaults.h"
#include "salesforce/SfIdAllocator.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class SandboxHttpServer;
class SeedWorld;
class SfBulkApi;
class SfOAuth;
class SfPackages;
class SfQueryEngine;
class SfRestApi;
class SfSchema;
class SfStore;
class SfWriter;

// The Salesforce half of nomesync-sandbox: a Salesforce-compatible org on its own loopback
// port, SQLite-backed in --data (survives restarts). OAuth (authorize page, PKCE, token,
// refresh, revoke, identity), the REST API (describe generated from the installed package,
// single records, Collections, Composite, SOQL with paging, limits), Bulk API 2.0 with real
// asynchronous processing, the package install page, validation from the installed
// package, seeded Account records from SeedWorld, Salesforce-specific fault injection and
// admin endpoints under /salesforce/ on the admin server. See docs/salesforce-sandbox.md.
class SalesforceSandbox : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ApiVersion = "62.0";

    static void addOptions(QCommandLineParser &parser);
    // QCommandLineParser has no optional values: "--install-package" without a variant name
    // after it becomes "--install-package nome_v2".
    static QStringList normalizeArguments(const QStringList &arguments);

    SalesforceSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent = nullptr);
    ~SalesforceSandbox() override;

    bool configure(const QCommandLineParser &parser, QString *error);
    bool start(QString *error);

    QString loginUrl() const;
    QString instanceUrl() const;
    QString clientId() const;
    SandboxHttpServer *server() const;

    SandboxResponse admin(const SandboxRequest &request, const QString &subPath);
    // One-shot commands on stored state (nomesync-sandbox next-day ...).
    bool runCommand(const QString &command, QString *output);

private:
    class Server;
    friend class Server;

    SandboxResponse handleApi(const SandboxRequest &request);
    SandboxResponse withLimitHeader(SandboxResponse response) const;
    bool applyInstall(const QString &variant, const QStringList &omitFields, const QString &access,
                      const QStringList &profiles, QString *error);
    void rebuildSchema();
    bool seedAccounts(QString *error);
    QJsonObject limitsJson() const;
    QJsonObject statsJson() const;

    SandboxOptions m_options;
    const SeedWorld &m_world;
    std::unique_ptr<Server> m_server;

    // Configuration from flags.
    bool m_autoApprove = false;
    bool m_rotate = false;
    QString m_installVariant;
    QStringList m_omitFields;
    int m_sessionSeconds = 7200;
    int m_sessionCalls = 0;
    qint64 m_apiMax = 5000000;

    SfIdAllocator m_ids;
    SfFaults m_faults;
    std::unique_ptr<SfStore> m_store;
    std::shared_ptr<const SfSchema> m_schema;
    std::unique_ptr<SfPackages> m_packages;
    std::unique_ptr<SfOAuth> m_oauth;
    std::unique_ptr<SfQueryEngine> m_query;
    std::unique_ptr<SfWriter> m_writer;
    std::unique_ptr<SfBulkApi> m_bulk;
    std::unique_ptr<SfRestApi> m_rest;

    qint64 m_apiUsed = 0;
    quint64 m_writeCalls = 0;
    quint64 m_readCalls = 0;
};
