#include "sync/DefaultSyncLauncher.h"

#include "linking/LinkStore.h"
#include "logging/LogCategories.h"
#include "metronome/MetronomeClient.h"
#include "net/HttpTransport.h"
#include "package/PackageDefinition.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceSession.h"
#include "secrets/SecretStore.h"
#include "secrets/WorkspaceSecrets.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/MetronomeSourceReader.h"
#include "sync/SalesforceRecordLoader.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace {

struct Secrets
{
    QString metronomeToken;
    QString salesforceRefreshToken;
};

} // namespace

DefaultSyncLauncher::DefaultSyncLauncher(SecretStore *secrets, QObject *parent)
    : SyncLauncher(parent)
    , m_secrets(secrets)
{}

void DefaultSyncLauncher::prepare(const WorkspaceInfo &workspace, const Request &request, QObject *context,
                                  Ready ready)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [guard, hasContext, ready](bool ok, const SyncSettings &settings,
                                             const SyncController::EndpointFactory &factory,
                                             const QString &error) {
        if (!hasContext || guard) {
            ready(ok, settings, factory, error);
        }
    };

    WorkspaceDatabase db(workspace.databasePath);
    QString error;
    if (!db.open(&error)) {
        answer(false, {}, {}, error);
        return;
    }
    if (db.setting(SettingKeys::SalesforceLoginUrl).isEmpty() ||
        db.setting(SettingKeys::MetronomeBaseUrl).isEmpty()) {
        answer(false, {}, {},
               tr("Workspace \"%1\" is not set up yet: finish the setup wizard first.").arg(workspace.name));
        return;
    }

    SyncSettings settings;
    settings.workspaceId = workspace.id;
    settings.databasePath = workspace.databasePath;
    settings.environment = workspace.environment;
    settings.packageVariant = db.setting(SettingKeys::PackageVariant, QStringLiteral("nome_v2"));
    settings.trigger = request.trigger;
    settings.fullSync = request.fullSync;
    settings.objects = request.objects;
    settings.retryOf = request.retryOf;
    settings.dryRun = request.dryRun;
    settings.exportDirectory = request.exportDirectory;
    settings.scope = Sync::scopeFromString(db.setting(SettingKeys::SyncScope, QStringLiteral("all")));
    if (request.objects.isEmpty()) {
        settings.objects = db.setting(SettingKeys::SyncObjects).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    settings.usageDays = db.setting(SettingKeys::UsageDays, QStringLiteral("90")).toInt();
    settings.usageUntil = QDate::fromString(db.setting(SettingKeys::UsageUntil), Qt::ISODate);
    const int bulkThreshold = db.setting(SettingKeys::BulkThreshold).toInt();
    if (bulkThreshold > 0) {
        settings.bulkThreshold = bulkThreshold;
    }
    const int bulkChunkRows = db.setting(SettingKeys::BulkChunkRows).toInt();
    if (bulkChunkRows > 0) {
        settings.bulkChunkRows = bulkChunkRows;
    }

    const QUrl metronomeUrl(db.setting(SettingKeys::MetronomeBaseUrl));
    SalesforceOAuthConfig oauth;
    oauth.loginUrl = QUrl(db.setting(SettingKeys::SalesforceLoginUrl));
    oauth.clientId = db.setting(SettingKeys::SalesforceClientId);
    const QHash<QString, QStringList> extras = LinkStore(db).allExtraAccounts();
    const int metronomeConcurrency =
        db.setting(SettingKeys::MetronomeConcurrency, QStringLiteral("4")).toInt();
    const int lockRounds = db.setting(SettingKeys::LockRetryRounds, QStringLiteral("5")).toInt();
    const int bulkJobMegabytes = db.setting(SettingKeys::BulkJobMegabytes).toInt();

    auto secrets = std::make_shared<Secrets>();
    auto build = [settings, metronomeUrl, oauth, extras, metronomeConcurrency, lockRounds, bulkJobMegabytes,
                  secrets, answer]() {
        const SyncController::EndpointFactory factory = [=](QObject *owner) {
            // Runs on the sync thread: everything here belongs to it.
            auto *network = new QNetworkAccessManager(owner);
            auto *metronomeTransport = new HttpTransport(network, owner);
            metronomeTransport->setMaxInFlight(metronomeConcurrency);
            // A sync reads thousands of times: with 5 attempts a 15 % fault storm fails about
            // one run in four on a single unlucky read (RELIABILITY.md). 8 attempts make that
            // rare, at the price of ~40 s instead of ~8 s before an outage is reported.
            RetryPolicy readPolicy = metronomeTransport->retryPolicy();
            readPolicy.maxRetries = 7;
            metronomeTransport->setRetryPolicy(readPolicy);
            auto *metronome = new MetronomeClient(metronomeTransport, owner);
            metronome->setBaseUrl(metronomeUrl);
            metronome->setToken(secrets->metronomeToken);
            auto *reader = new MetronomeSourceReader(metronome, extras, owner);

            auto *session = new SalesforceSession(oauth, owner);
            session->setRefreshToken(secrets->salesforceRefreshToken);
            auto *client = new SalesforceClient(session, owner);
            RetryPolicy lockPolicy = client->lockRetryPolicy();
            lockPolicy.maxRetries = std::max(0, lockRounds);
            client->setLockRetryPolicy(lockPolicy);
            // Small jobs finish in a second; big ones back off to 15 s between polls.
            client->setBulkPolling(500, 15000, 1.5);
            const std::optional<PackageDefinition> package =
                PackageDefinition::builtIn(settings.packageVariant);
            auto *loader =
                new SalesforceRecordLoader(session, client, package.value_or(PackageDefinition()), owner);
            if (bulkJobMegabytes > 0) {
                loader->setBulkJobBytes(static_cast<qsizetype>(bulkJobMegabytes) * 1000 * 1000);
            }
            return SyncController::Endpoints{reader, loader};
        };
        answer(true, settings, factory, QString());
    };

    WorkspaceSecrets::read(
        m_secrets, workspace.id, m_allowEnvironment, this,
        [secrets, build, answer](bool ok, const WorkspaceSecrets &read, const QString &secretError) {
            if (!ok) {
                answer(false, {}, {}, secretError);
                return;
            }
            secrets->metronomeToken = read.metronomeToken;
            secrets->salesforceRefreshToken = read.salesforceRefreshToken;
            build();
        });
}
