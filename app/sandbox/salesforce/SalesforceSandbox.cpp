#include "salesforce/SalesforceSandbox.h"

#include "common/SandboxHttpServer.h"
#include "common/SeedWorld.h"
#include "logging/LogCategories.h"
#include "package/PackageDefinition.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/SfBulkApi.h"
#include "salesforce/SfOAuth.h"
#include "salesforce/SfPackages.h"
#include "salesforce/SfQueryEngine.h"
#include "salesforce/SfRestApi.h"
#include "salesforce/SfSchema.h"
#include "salesforce/SfStore.h"
#include "salesforce/SfWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kClientId = QStringLiteral("3MVG9NomeSync.Sandbox.ConsumerKey");
const QByteArray kLimitHeader = QByteArrayLiteral("Sforce-Limit-Info");

SandboxResponse adminJson(int status, const QJsonObject &body)
{
    return SandboxResponse::json(status, QJsonDocument(body));
}

SandboxResponse adminError(int status, const QString &message)
{
    return adminJson(status, QJsonObject{{QStringLiteral("message"), message}});
}

QJsonObject rowJson(const QVariantMap &row)
{
    QJsonObject out;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("k$")) || it.key() == QLatin1String("_seq")) {
            continue;
        }
        out.insert(it.key(),
                   it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    }
    return out;
}

bool isWrite(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE";
}

} // namespace

class SalesforceSandbox::Server : public SandboxHttpServer
{
public:
    explicit Server(SalesforceSandbox *owner)
        : SandboxHttpServer(QStringLiteral("salesforce"))
        , m_owner(owner)
    {}

protected:
    SandboxResponse handle(const SandboxRequest &request) override { return m_owner->handleApi(request); }

    SandboxResponse injectedError(int status, const SandboxRequest &) override
    {
        QString code = QStringLiteral("UNKNOWN_EXCEPTION");
        QString message = QStringLiteral("An unexpected error occurred.");
        if (status == 503) {
            code = QStringLiteral("SERVER_UNAVAILABLE");
            message = QStringLiteral("Server Unavailable");
        } else if (status == 429) {
            code = QStringLiteral("TOO_MANY_REQUESTS");
            message = QStringLiteral("Too many requests; slow down.");
        } else if (status == 502) {
            code = QStringLiteral("BAD_GATEWAY");
            message = QStringLiteral("Bad gateway");
        }
        return m_owner->withLimitHeader(SfRestApi::error(status, code, message));
    }

    QString routeOf(const SandboxRequest &request) const override
    {
        // Group the call log by resource: IDs, external IDs and locators become placeholders.
        static const QRegularExpression id(
            QStringLiteral("/[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?(?=/|$)"));
        static const QRegularExpression ext(
            QStringLiteral("^(/services/data/v[^/]+/sobjects/[^/]+/[^/]+)/[^/]+$"));
        static const QRegularExpression locator(QStringLiteral("(/query(All)?)/[^/]+$"));
        QString route = request.url.path(QUrl::FullyEncoded);
        route.replace(locator, QStringLiteral("\\1/{locator}"));
        route.replace(ext, QStringLiteral("\\1/{value}"));
        route.replace(id, QStringLiteral("/{id}"));
        return route;
    }

    bool exemptFromFaults(const SandboxRequest &request) const override
    {
        // Pages a person (or a test acting as a browser) clicks through.
        return request.path == QLatin1String("/services/oauth2/authorize") ||
               request.path == QLatin1String("/packaging/installPackage.apexp");
    }

private:
    SalesforceSandbox *m_owner;
};

void SalesforceSandbox::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("install-package"),
         QStringLiteral("Salesforce: install a package variant at start (nome_v2 when no name follows; also "
                        "census_v1). Without it, the org has no package until the install page is used."),
         QStringLiteral("variant")},
        {QStringLiteral("salesforce-omit-field"),
         QStringLiteral("Salesforce: with --install-package, leave out <Object.Field> (repeatable), e.g. "
                        "NOME__Metronome_Invoice__c.NOME__Total__c."),
         QStringLiteral("Object.Field")},
        {QStringLiteral("auto-approve"),
         QStringLiteral(
             "Salesforce: the OAuth authorize page redirects at once with a code, as if Allow was clicked.")},
        {QStringLiteral("salesforce-session-ttl"),
         QStringLiteral("Salesforce: access tokens expire after <seconds> (default 7200; 0 = never)."),
         QStringLiteral("seconds"), QStringLiteral("7200")},
        {QStringLiteral("salesforce-session-calls"),
         QStringLiteral("Salesforce: access tokens expire after <n> API calls (default 0 = unlimited)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("salesforce-rotate-refresh-tokens"),
         QStringLiteral("Salesforce: every refresh returns a new refresh token and revokes the old one.")},
        {QStringLiteral("salesforce-daily-limit"),
         QStringLiteral(
             "Salesforce: the org's daily API allocation (default 5000000); once used up, calls answer "
             "403 REQUEST_LIMIT_EXCEEDED \"TotalRequests Limit exceeded.\"."),
         QStringLiteral("n"), QStringLiteral("5000000")},
        {QStringLiteral("salesforce-concurrency-limit"),
         QStringLiteral("Salesforce: the next <n> API calls answer 403 REQUEST_LIMIT_EXCEEDED "
                        "\"ConcurrentPerOrgLongTxn Limit exceeded.\"."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("salesforce-lock-keys"),
         QStringLiteral("Salesforce: writes of these comma-separated external IDs (or record Ids) fail with "
                        "UNABLE_TO_LOCK_ROW on their first attempts (see --salesforce-lock-attempts)."),
         QStringLiteral("keys")},
        {QStringLiteral("salesforce-lock-attempts"),
         QStringLiteral("Salesforce: how many attempts of each --salesforce-lock-keys row fail (default 1)."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("salesforce-lock-rate"),
         QStringLiteral("Salesforce: this fraction (0..1) of all row writes fails with UNABLE_TO_LOCK_ROW."),
         QStringLiteral("rate"), QStringLiteral("0")},
        {QStringLiteral("salesforce-shuffle-bulk"),
         QStringLiteral("Salesforce: Bulk API 2.0 result files list rows in shuffled order.")},
        {QStringLiteral("salesforce-bulk-delay-ms"),
         QStringLiteral("Salesforce: a closed Bulk job waits <ms> before processing starts (default 300)."),
         QStringLiteral("ms"), QStringLiteral("300")},
        {QStringLiteral("salesforce-bulk-chunk"),
         QStringLiteral("Salesforce: Bulk rows written per transaction (default 2000)."),
         QStringLiteral("rows"), QStringLiteral("2000")},
        {QStringLiteral("salesforce-query-page-size"),
         QStringLiteral("Salesforce: SOQL rows per page before nextRecordsUrl (default and maximum 2000)."),
         QStringLiteral("n"), QStringLiteral("2000")},
    });
}

QStringList SalesforceSandbox::normalizeArguments(const QStringList &arguments)
{
    QStringList out;
    const QStringList variants = PackageDefinition::builtInNames();
    for (int i = 0; i < arguments.size(); ++i) {
        out.append(arguments.at(i));
        if (arguments.at(i) == QLatin1String("--install-package") &&
            (i + 1 >= arguments.size() || !variants.contains(arguments.at(i + 1)))) {
            out.append(QStringLiteral("nome_v2"));
        }
    }
    return out;
}

SalesforceSandbox::SalesforceSandbox(const SandboxOptions &options, const SeedWorld &world, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(world)
    , m_server(std::make_unique<Server>(this))
{}

SalesforceSandbox::~SalesforceSandbox()
{
    m_server.reset(); // no request may reach the parts below while they go
    m_rest.reset();
    m_bulk.reset();
    m_writer.reset();
    m_query.reset();
    m_oauth.reset();
    m_packages.reset();
    m_store.reset();
}

bool SalesforceSandbox::configure(const QCommandLineParser &parser, QString *error)
{
    auto integer = [&](const char *name, qint64 minimum, qint64 *out) {
        bool ok = false;
        const qint64 v = parser.value(QString::fromLatin1(name)).toLongLong(&ok);
        if (!ok || v < minimum) {
            *error = QStringLiteral("--%1 needs a whole number of at least %2")
                         .arg(QLatin1String(name))
                         .arg(minimum);
            return false;
        }
        *out = v;
        return true;
    };
    qint64 ttl = 0;
    qint64 calls = 0;
    qint64 concurrency = 0;
    qint64 lockAttempts = 0;
    qint64 delay = 0;
    qint64 chunk = 0;
    qint64 page = 0;
    if (!integer("salesforce-session-ttl", 0, &ttl) || !integer("salesforce-session-calls", 0, &calls) ||
        !integer("salesforce-daily-limit", 1, &m_apiMax) ||
        !integer("salesforce-concurrency-limit", 0, &concurrency) ||
        !integer("salesforce-lock-attempts", 0, &lockAttempts) ||
        !integer("salesforce-bulk-delay-ms", 0, &delay) || !integer("salesforce-bulk-chunk", 1, &chunk) ||
        !integer("salesforce-query-page-size", 1, &page)) {
        return false;
    }
    if (page > 2000) {
        *error = QStringLiteral("--salesforce-query-page-size is at most 2000");
        return false;
    }
    bool ok = false;
    const double lockRate = parser.value(QStringLiteral("salesforce-lock-rate")).toDouble(&ok);
    if (!ok || lockRate < 0 || lockRate > 1) {
        *error = QStringLiteral("--salesforce-lock-rate needs a fraction between 0 and 1");
        return false;
    }
    m_sessionSeconds = static_cast<int>(ttl);
    m_sessionCalls = static_cast<int>(calls);
    m_autoApprove = parser.isSet(QStringLiteral("auto-approve"));
    m_rotate = parser.isSet(QStringLiteral("salesforce-rotate-refresh-tokens"));
    if (parser.isSet(QStringLiteral("install-package"))) {
        m_installVariant = parser.value(QStringLiteral("install-package"));
        if (!PackageDefinition::builtInNames().contains(m_installVariant)) {
            *error = QStringLiteral("--install-package: unknown variant \"%1\" (known: %2)")
                         .arg(m_installVariant, PackageDefinition::builtInNames().join(QStringLiteral(", ")));
            return false;
        }
    }
    m_omitFields = parser.values(QStringLiteral("salesforce-omit-field"));
    SfFaults::Config faults;
    faults.lockKeys =
        parser.value(QStringLiteral("salesforce-lock-keys")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    faults.lockAttempts = static_cast<int>(lockAttempts);
    faults.lockRate = lockRate;
    faults.concurrencyLimitCount = static_cast<int>(concurrency);
    faults.shuffleBulkResults = parser.isSet(QStringLiteral("salesforce-shuffle-bulk"));
    faults.bulkDelayMs = static_cast<int>(delay);
    faults.bulkChunkRows = static_cast<int>(chunk);
    faults.queryPageSize = static_cast<int>(page);
    faults.seed = m_options.seed;
    m_faults.setConfig(faults);
    return true;
}

void SalesforceSandbox::rebuildSchema()
{
    m_schema = m_packages->buildSchema();
    QString error;
    if (!m_store->ensureTables(*m_schema, &error)) {
        qCWarning(lcSandbox) << "cannot create the Salesforce tables:" << error;
    }
    for (const SfSchema::Object &o : m_schema->objects()) {
        m_ids.reset(o.name, std::max<qint64>(0, m_store->lastSequence(o.name)));
    }
    if (m_writer) {
        m_writer->setSchema(m_schema);
    }
    if (m_query) {
        m_query->setSchema(m_schema);
    }
}

bool SalesforceSandbox::applyInstall(const QString &variant, const QStringList &omitFields,
                                     const QString &access, const QStringList &profiles, QString *error)
{
    SfPackages::Install install;
    install.variant = variant;
    install.omitFields = omitFields;
    install.access = access;
    install.profiles = profiles;
    if (!m_packages->install(install, error)) {
        return false;
    }
    rebuildSchema();
    qCInfo(lcSandbox).noquote() << "installed package" << variant << "for" << access;
    return true;
}

bool SalesforceSandbox::seedAccounts(QString *error)
{
    const SfSchema::Object *account = m_schema->object(QStringLiteral("Account"));
    static const QStringList industries = {QStringLiteral("Technology"),   QStringLiteral("Finance"),
                                           QStringLiteral("Healthcare"),   QStringLiteral("Retail"),
                                           QStringLiteral("Media"),        QStringLiteral("Energy"),
                                           QStringLiteral("Manufacturing")};
    static const QStringList countries = {QStringLiteral("United States"),  QStringLiteral("Germany"),
                                          QStringLiteral("United Kingdom"), QStringLiteral("France"),
                                          QStringLiteral("Australia"),      QStringLiteral("Canada")};
    const int count = m_world.accountCount();
    const QString now = SfWriter::timestamp();
    const QString userId = m_oauth->identity().userId;
    QSqlDatabase db = m_store->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO \"Account\" (\"Id\", \"_seq\", \"IsDeleted\", \"Name\", "
        "\"Website\", \"Industry\", \"Type\", \"AccountNumber\", \"BillingCountry\", "
        "\"CreatedDate\", \"CreatedById\", \"LastModifiedDate\", \"LastModifiedById\", "
        "\"SystemModstamp\", \"OwnerId\") VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(m_world.accountId(i));
        q.addBindValue(i - count); // below every generated record number
        q.addBindValue(m_world.accountName(i));
        q.addBindValue(m_world.accountWebsite(i));
        q.addBindValue(industries.at(i % industries.size()));
        q.addBindValue(QStringLiteral("Customer - Direct"));
        q.addBindValue(QStringLiteral("A-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        q.addBindValue(countries.at((i / 7) % countries.size()));
        q.addBindValue(now);
        q.addBindValue(userId);
        q.addBindValue(now);
        q.addBindValue(userId);
        q.addBindValue(now);
        q.addBindValue(userId);
        if (!q.exec()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    Q_UNUSED(account);
    return db.commit();
}

bool SalesforceSandbox::start(QString *error)
{
    m_store = std::make_unique<SfStore>(QDir(m_options.dataDir).filePath(QStringLiteral("salesforce.sqlite")),
                                        QStringLiteral("sf-http"));
    if (!m_store->open(error)) {
        *error = QStringLiteral("cannot open the Salesforce sandbox database: ") + *error;
        return false;
    }
    m_packages = std::make_unique<SfPackages>(*m_store);
    m_packages->load();
    if (!m_installVariant.isEmpty()) {
        bool same = false;
        for (const SfPackages::Install &i : m_packages->installs()) {
            same = same || (i.variant == m_installVariant && i.omitFields == m_omitFields);
        }
        if (!same &&
            !m_packages->install(
                SfPackages::Install{m_installVariant, m_omitFields, QStringLiteral("all"), {}, {}}, error)) {
            return false;
        }
    }
    rebuildSchema();

    SfOAuth::Identity identity;
    identity.orgId = SalesforceId::to18(QStringLiteral("00D5g000004NoMe"));
    identity.userId = SalesforceId::to18(QStringLiteral("0055g000004AdMn"));
    identity.username = QStringLiteral("admin@nomesync-sandbox.example");
    identity.displayName = QStringLiteral("Sandbox Admin");
    identity.email = QStringLiteral("admin@nomesync-sandbox.example");
    m_oauth = std::make_unique<SfOAuth>(*m_store, identity, kClientId);
    m_oauth->setAutoApprove(m_autoApprove);
    m_oauth->setRotateRefreshTokens(m_rotate);
    m_oauth->setSessionLimits(m_sessionSeconds, m_sessionCalls);
    if (!seedAccounts(error)) {
        *error = QStringLiteral("cannot seed the Salesforce accounts: ") + *error;
        return false;
    }

    m_query = std::make_unique<SfQueryEngine>(*m_store);
    m_query->setSchema(m_schema);
    m_writer = std::make_unique<SfWriter>(*m_store, m_schema, m_ids, m_faults, identity.userId);
    m_bulk = std::make_unique<SfBulkApi>(m_store->database().databaseName(), m_ids, m_faults, identity.userId,
                                         [this]() { return m_schema; });
    m_rest = std::make_unique<SfRestApi>(SfRestApi::Context{*m_store, *m_writer, *m_query, *m_bulk, m_faults,
                                                            [this]() { return m_schema; },
                                                            [this]() { return limitsJson(); }, QString()});

    if (m_server->listenLoopback(m_options.portSalesforce) == 0) {
        *error = QStringLiteral("cannot listen on the Salesforce port");
        return false;
    }
    m_oauth->setBaseUrl(m_server->baseUrl());
    m_rest->setIdentityUrl(m_oauth->identityUrl());
    if (m_options.latencyMs > 0) {
        FaultConfig faults = m_server->faults();
        faults.latencyMs = m_options.latencyMs;
        m_server->setFaults(faults);
    }
    return true;
}

QString SalesforceSandbox::loginUrl() const
{
    return m_server->baseUrl();
}

QString SalesforceSandbox::instanceUrl() const
{
    return m_server->baseUrl();
}

QString SalesforceSandbox::clientId() const
{
    return kClientId;
}

SandboxHttpServer *SalesforceSandbox::server() const
{
    return m_server.get();
}

SandboxResponse SalesforceSandbox::withLimitHeader(SandboxResponse response) const
{
    response.addHeader(kLimitHeader,
                       QStringLiteral("api-usage=%1/%2").arg(m_apiUsed).arg(m_apiMax).toLatin1());
    return response;
}

QJsonObject SalesforceSandbox::limitsJson() const
{
    auto entry = [](qint64 max, qint64 remaining) {
        return QJsonObject{{QStringLiteral("Max"), max},
                           {QStringLiteral("Remaining"), std::max<qint64>(0, remaining)}};
    };
    const qint64 batches = m_bulk ? m_bulk->batchesUsed() : 0;
    return QJsonObject{{QStringLiteral("DailyApiRequests"), entry(m_apiMax, m_apiMax - m_apiUsed)},
                       {QStringLiteral("DailyBulkApiBatches"), entry(15000, 15000 - batches)},
                       {QStringLiteral("DailyBulkV2QueryJobs"), entry(10000, 10000)},
                       {QStringLiteral("DailyBulkV2QueryFileStorageMB"), entry(976562, 976562)},
                       {QStringLiteral("DataStorageMB"), entry(1024, 1000)},
                       {QStringLiteral("FileStorageMB"), entry(1024, 1024)}};
}

SandboxResponse SalesforceSandbox::handleApi(const SandboxRequest &request)
{
    if (m_oauth->handles(request)) {
        return m_oauth->handle(request, QString::fromLatin1(ApiVersion));
    }
    if (request.path == QLatin1String("/packaging/installPackage.apexp")) {
        return m_packages->page(request, [this](const SfPackages::Install &install, QString *error) {
            return applyInstall(install.variant, install.omitFields, install.access, install.profiles, error);
        });
    }
    if (request.path == QLatin1String("/services/data") || request.path == QLatin1String("/services/data/")) {
        // The version list: no session needed, not counted against the allocation.
        return SandboxResponse::json(200, QJsonDocument(SfRestApi::versions()));
    }
    static const QRegularExpression api(QStringLiteral("^/services/data/v([^/]+)(/.*)?$"));
    const QRegularExpressionMatch m = api.match(request.url.path(QUrl::FullyEncoded));
    if (!m.hasMatch() || !SfRestApi::supportedVersion(m.captured(1))) {
        return SfRestApi::error(404, QStringLiteral("NOT_FOUND"),
                                QStringLiteral("The requested resource does not exist"));
    }
    if (m_oauth->authenticate(request) != SfOAuth::Check::Ok) {
        return SfRestApi::error(401, QStringLiteral("INVALID_SESSION_ID"),
                                QStringLiteral("Session expired or invalid"));
    }
    if (m_faults.takeConcurrencyFault()) {
        return withLimitHeader(SfRestApi::error(403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                                                QStringLiteral("ConcurrentPerOrgLongTxn Limit exceeded.")));
    }
    if (m_apiUsed >= m_apiMax) {
        return withLimitHeader(SfRestApi::error(403, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                                                QStringLiteral("TotalRequests Limit exceeded.")));
    }
    ++m_apiUsed;
    if (isWrite(request.method)) {
        ++m_writeCalls;
    } else {
        ++m_readCalls;
    }
    return withLimitHeader(m_rest->handle(request, m.captured(1), m.captured(2)));
}

QJsonObject SalesforceSandbox::statsJson() const
{
    return QJsonObject{{QStringLiteral("write_calls"), static_cast<qint64>(m_writeCalls)},
                       {QStringLiteral("read_calls"), static_cast<qint64>(m_readCalls)},
                       {QStringLiteral("api_usage"),
                        QJsonObject{{QStringLiteral("used"), m_apiUsed}, {QStringLiteral("max"), m_apiMax}}},
                       {QStringLiteral("active_sessions"), m_oauth ? m_oauth->activeSessions() : 0}};
}

SandboxResponse SalesforceSandbox::admin(const SandboxRequest &request, const QString &subPath)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool change = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    if (subPath == QLatin1String("/records")) {
        const SfSchema::Object *object = m_schema->object(request.queryValue(QStringLiteral("object")));
        if (!object) {
            return adminError(404, QStringLiteral("no such object: ") +
                                       request.queryValue(QStringLiteral("object")));
        }
        const qint64 offset = std::max<qint64>(0, request.queryValue(QStringLiteral("offset")).toLongLong());
        const int limit = std::clamp(request.queryValue(QStringLiteral("limit")).isEmpty()
                                         ? 100
                                         : request.queryValue(QStringLiteral("limit")).toInt(),
                                     1, 10000);
        const QString field = request.queryValue(QStringLiteral("field"));
        if (!field.isEmpty() && !object->field(field)) {
            return adminError(400, QStringLiteral("no such field: ") + field);
        }
        QJsonArray records;
        QList<QVariantMap> rows;
        const SfSchema::Field *f = field.isEmpty() ? nullptr : object->field(field);
        if (f && f->hasKeyColumn()) {
            // Key fields match as the API does (honouring caseSensitive).
            for (const QString &id :
                 m_store->idsByKey(*object, *f, request.queryValue(QStringLiteral("value")), limit)) {
                rows.append(m_store->row(*object, id));
            }
        } else {
            rows = m_store->list(*object, offset, limit, f ? f->name : QString(),
                                 request.queryValue(QStringLiteral("value")));
        }
        for (const QVariantMap &row : std::as_const(rows)) {
            records.append(rowJson(row));
        }
        return adminJson(200, QJsonObject{{QStringLiteral("object"), object->name},
                                          {QStringLiteral("total"), m_store->count(*object)},
                                          {QStringLiteral("offset"), offset},
                                          {QStringLiteral("limit"), limit},
                                          {QStringLiteral("records"), records}});
    }
    if (subPath == QLatin1String("/counts")) {
        QJsonObject counts;
        qint64 total = 0;
        for (const SfSchema::Object &o : m_schema->objects()) {
            const qint64 n = m_store->count(o);
            counts.insert(o.name, n);
            total += n;
        }
        return adminJson(200,
                         QJsonObject{{QStringLiteral("objects"), counts}, {QStringLiteral("total"), total}});
    }
    if (subPath == QLatin1String("/package")) {
        if (change) {
            QStringList omit;
            for (const QJsonValue &v : body.value(QStringLiteral("omit_fields")).toArray()) {
                omit.append(v.toString());
            }
            QStringList profiles;
            for (const QJsonValue &v : body.value(QStringLiteral("profiles")).toArray()) {
                profiles.append(v.toString());
            }
            QString error;
            if (!applyInstall(body.value(QStringLiteral("variant")).toString(QStringLiteral("nome_v2")), omit,
                              body.value(QStringLiteral("access")).toString(QStringLiteral("all")), profiles,
                              &error)) {
                return adminError(400, error);
            }
        } else if (request.method == "DELETE") {
            const QString variant = request.queryValue(QStringLiteral("variant"));
            const bool drop = request.queryValue(QStringLiteral("drop_data")) == QLatin1String("true");
            if (auto def = PackageDefinition::builtIn(variant); def && m_packages->uninstall(variant)) {
                QString error;
                for (const PackageObject &o : def->objects()) {
                    if (drop) {
                        m_store->dropTable(o.name, &error);
                    }
                }
                rebuildSchema();
            } else {
                return adminError(404, QStringLiteral("not installed: ") + variant);
            }
        }
        return adminJson(200, m_packages->toJson());
    }
    if (subPath == QLatin1String("/stats")) {
        if (request.method == "DELETE") {
            m_writeCalls = 0;
            m_readCalls = 0;
        }
        return adminJson(200, statsJson());
    }
    if (subPath == QLatin1String("/sf-faults")) {
        if (request.method == "PUT") {
            SfFaults::Config fresh;
            fresh.seed = m_options.seed;
            fresh.merge(body);
            m_faults.setConfig(fresh);
        } else if (change) {
            m_faults.merge(body);
        }
        QJsonObject json = m_faults.config().toJson();
        json.insert(QStringLiteral("locks_injected"), static_cast<qint64>(m_faults.locksInjected()));
        return adminJson(200, json);
    }
    if (subPath == QLatin1String("/sessions") || subPath == QLatin1String("/sessions/expire")) {
        if (subPath.endsWith(QLatin1String("/expire")) && change) {
            m_oauth->expireAll();
        } else if (change) {
            m_oauth->setSessionLimits(
                body.value(QStringLiteral("ttl_seconds")).toInt(m_oauth->sessionSeconds()),
                body.value(QStringLiteral("max_calls")).toInt(m_oauth->sessionCalls()));
        }
        return adminJson(200, QJsonObject{{QStringLiteral("ttl_seconds"), m_oauth->sessionSeconds()},
                                          {QStringLiteral("max_calls"), m_oauth->sessionCalls()},
                                          {QStringLiteral("active_sessions"), m_oauth->activeSessions()}});
    }
    if (subPath == QLatin1String("/limits")) {
        if (change) {
            if (body.contains(QStringLiteral("max"))) {
                m_apiMax =
                    std::max<qint64>(1, static_cast<qint64>(body.value(QStringLiteral("max")).toDouble()));
            }
            if (body.contains(QStringLiteral("used"))) {
                m_apiUsed =
                    std::max<qint64>(0, static_cast<qint64>(body.value(QStringLiteral("used")).toDouble()));
            }
        }
        return adminJson(200,
                         QJsonObject{{QStringLiteral("used"), m_apiUsed}, {QStringLiteral("max"), m_apiMax}});
    }
    if (subPath == QLatin1String("/oauth")) {
        if (change) {
            if (body.contains(QStringLiteral("auto_approve"))) {
                m_oauth->setAutoApprove(body.value(QStringLiteral("auto_approve")).toBool());
            }
            if (body.contains(QStringLiteral("rotate_refresh_tokens"))) {
                m_rotate = body.value(QStringLiteral("rotate_refresh_tokens")).toBool();
                m_oauth->setRotateRefreshTokens(m_rotate);
            }
        }
        return adminJson(200, QJsonObject{{QStringLiteral("auto_approve"), m_oauth->autoApprove()},
                                          {QStringLiteral("rotate_refresh_tokens"), m_rotate},
                                          {QStringLiteral("client_id"), kClientId},
                                          {QStringLiteral("identity_url"), m_oauth->identityUrl()}});
    }
    if (subPath == QLatin1String("/refresh-token") && change) {
        // For tests and scripts that cannot click through a browser.
        return adminJson(200, QJsonObject{{QStringLiteral("refresh_token"), m_oauth->mintRefreshToken()},
                                          {QStringLiteral("client_id"), kClientId},
                                          {QStringLiteral("login_url"), loginUrl()},
                                          {QStringLiteral("instance_url"), instanceUrl()}});
    }
    if (subPath == QLatin1String("/bulk-jobs")) {
        return adminJson(200, m_bulk->jobsJson());
    }
    if (subPath.isEmpty() || subPath == QLatin1String("/")) {
        return adminJson(200, QJsonObject{{QStringLiteral("login_url"), loginUrl()},
                                          {QStringLiteral("instance_url"), instanceUrl()},
                                          {QStringLiteral("client_id"), kClientId},
                                          {QStringLiteral("api_version"), QString::fromLatin1(ApiVersion)},
                                          {QStringLiteral("package"), m_packages->toJson()},
                                          {QStringLiteral("stats"), statsJson()}});
    }
    return adminError(404, QStringLiteral("no such Salesforce admin route: ") + subPath);
}

bool SalesforceSandbox::runCommand(const QString &, QString *)
{
    return false; // the Salesforce half has no one-shot commands
}
