#include "setup/WorkspaceSetup.h"

#include "logging/LogCategories.h"
#include "metronome/MetronomeClient.h"
#include "package/PackageDefinition.h"
#include "salesforce/SalesforceAuthorizationFlow.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceSession.h"
#include "secrets/SecretStore.h"
#include "store/AuditLog.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"

#include <QSignalBlocker>

#include <memory>

WorkspaceSetup::WorkspaceSetup(WorkspaceRegistry *registry, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_secrets(secrets)
{
    qRegisterMetaType<WorkspaceSetup::MetronomeFindings>();
    qRegisterMetaType<WorkspaceSetup::OrgFindings>();
    m_id = m_registry->newWorkspaceId(QStringLiteral("workspace"));
}

WorkspaceSetup::~WorkspaceSetup() = default;

void WorkspaceSetup::setWorkspaceName(const QString &name)
{
    m_name = name;
    // The id follows the name until a secret has been stored under it.
    if (!m_metronomeStored && !m_salesforceStored && !name.trimmed().isEmpty()) {
        m_id = m_registry->newWorkspaceId(name);
    }
}

QUrl WorkspaceSetup::installUrl(const QUrl &loginUrl, const QString &packageVariant)
{
    const std::optional<PackageDefinition> package = PackageDefinition::builtIn(packageVariant);
    SalesforceOAuthConfig config;
    config.loginUrl = loginUrl;
    return config.installPackageUrl(package ? package->packageVersionId() : QString());
}

void WorkspaceSetup::storeSecret(int kind, const QString &value,
                                 std::function<void(bool, const QString &)> done)
{
    m_secrets->write(SecretStore::keyFor(m_id, static_cast<SecretStore::Kind>(kind)), value, this,
                     [done](const SecretResult &result) { done(result.ok(), result.userMessage()); });
}

void WorkspaceSetup::verifyMetronome(const QUrl &baseUrl, const QString &token)
{
    if (m_metronomeClient) {
        m_metronomeClient->cancelAll();
        m_metronomeClient->deleteLater();
    }
    m_metronomeStored = false;
    m_keychainFailed = false;
    m_metronome = MetronomeFindings();
    m_metronomeUrl = baseUrl;
    auto *client = new MetronomeClient(nullptr, this);
    m_metronomeClient = client;
    client->setBaseUrl(baseUrl);
    client->setToken(token);
    auto findings = std::make_shared<MetronomeFindings>();
    auto pending = std::make_shared<int>(2);
    auto failed = std::make_shared<bool>(false);
    auto finish = [this, findings, pending, failed, token](const MetronomeError &error) {
        if (*failed) {
            return;
        }
        if (!error.isOk()) {
            *failed = true;
            m_metronomeClient->cancelAll();
            if (!error.isCancelled()) {
                emit metronomeFailed(error.userMessage());
            }
            return;
        }
        if (--*pending > 0) {
            return;
        }
        m_metronome = *findings;
        // Verified: keep it in the keychain, never anywhere else.
        storeSecret(static_cast<int>(SecretStore::Kind::MetronomeToken), token,
                    [this](bool ok, const QString &message) {
                        if (!ok) {
                            m_keychainFailed = true;
                            emit metronomeFailed(message);
                            return;
                        }
                        m_metronomeStored = true;
                        emit metronomeVerified(m_metronome);
                    });
    };
    client->listCustomers(
        MetronomeCustomerQuery(), this,
        [this, findings](const QList<MetronomeCustomer> &page) {
            for (const MetronomeCustomer &c : page) {
                if (c.isArchived()) {
                    ++findings->archivedCustomers;
                    continue;
                }
                ++findings->customers;
                if (c.isLinked()) {
                    ++findings->linkedCustomers;
                }
            }
            emit metronomeProgress(findings->customers + findings->archivedCustomers);
        },
        finish);
    client->listBillableMetrics(
        false, this,
        [findings](const QList<MetronomeBillableMetric> &page) { findings->billableMetrics += page.size(); },
        finish);
}

void WorkspaceSetup::signInToSalesforce(const SalesforceOAuthConfig &config)
{
    cancelSignIn();
    m_oauth = config;
    m_salesforceStored = false;
    m_keychainFailed = false;
    m_org = OrgFindings();
    auto *flow = new SalesforceAuthorizationFlow(config, this);
    m_flow = flow;
    connect(flow, &SalesforceAuthorizationFlow::authorizeUrlReady, this, &WorkspaceSetup::authorizeUrlReady);
    connect(flow, &SalesforceAuthorizationFlow::exchangingCode, this, &WorkspaceSetup::signingIn);
    connect(flow, &SalesforceAuthorizationFlow::failed, this, [this, flow](const SalesforceError &error) {
        flow->deleteLater();
        if (error.kind() != SalesforceError::Kind::Cancelled) {
            emit salesforceFailed(error.userMessage());
        }
    });
    connect(flow, &SalesforceAuthorizationFlow::succeeded, this,
            [this, flow](const SalesforceTokens &tokens) {
                flow->deleteLater();
                checkOrg(tokens);
            });
    flow->start();
}

void WorkspaceSetup::cancelSignIn()
{
    if (m_flow) {
        m_flow->cancel();
    }
    if (m_client) {
        m_client->cancelAll();
    }
}

void WorkspaceSetup::checkOrgAgain()
{
    if (!m_session) {
        emit salesforceFailed(tr("Sign in to Salesforce first."));
        return;
    }
    if (m_client) {
        m_client->cancelAll();
    }
    const SalesforceTokens tokens = m_session->tokens();
    m_keychainFailed = false;
    m_org = OrgFindings();
    checkOrg(tokens);
}

void WorkspaceSetup::checkOrg(const SalesforceTokens &tokens)
{
    if (m_session) {
        m_session->deleteLater();
    }
    auto *session = new SalesforceSession(m_oauth, this);
    session->setTokens(tokens);
    auto *client = new SalesforceClient(session, session);
    m_session = session;
    m_client = client;
    m_refreshToken = tokens.refreshToken;
    auto org = std::make_shared<OrgFindings>();
    org->instanceUrl = tokens.instanceUrl;
    org->apiVersion = client->apiVersion();

    auto fail = [this](const QString &message) { emit salesforceFailed(message); };
    client->checkApiVersion(this, [=](const SalesforceError &versionError, const QStringList &,
                                      const QString &newest) {
        org->newestApiVersion = newest;
        if (versionError) {
            fail(versionError.userMessage());
            return;
        }
        session->fetchIdentity(this, [=](const SalesforceError &identityError,
                                         const SalesforceIdentity &identity) {
            if (!identityError) {
                org->identity = identity;
            }
            client->describeGlobal(this, [=](const SalesforceError &globalError,
                                             const QList<SObjectDescribe> &global) {
                if (globalError) {
                    fail(globalError.userMessage());
                    return;
                }
                QList<PackageDefinition> candidates;
                for (const QString &name : PackageDefinition::builtInNames()) {
                    if (const auto def = PackageDefinition::builtIn(name)) {
                        candidates.append(*def);
                    }
                }
                org->variant = SalesforcePackageCheck::detectVariant(global, candidates);
                // With no complete variant, check the default one so each missing piece shows.
                const QString checked = org->variant.isEmpty() ? QStringLiteral("nome_v2") : org->variant;
                const std::optional<PackageDefinition> def = PackageDefinition::builtIn(checked);
                client->checkPackage(
                    *def, this,
                    [=](const SalesforceError &checkError, const QList<SalesforcePackageCheck::Line> &lines) {
                        if (checkError) {
                            fail(checkError.userMessage());
                            return;
                        }
                        org->lines = lines;
                        org->ok = !org->variant.isEmpty() && SalesforcePackageCheck::allOk(lines);
                        if (org->variant.isEmpty()) {
                            org->variant = checked;
                        }
                        m_org = *org;
                        if (m_refreshToken.isEmpty()) {
                            fail(tr("Salesforce did not grant a refresh token. Ask your admin to allow the "
                                    "\"refresh_token\" scope for the connected app."));
                            return;
                        }
                        storeSecret(static_cast<int>(SecretStore::Kind::SalesforceRefreshToken),
                                    m_refreshToken, [this](bool ok, const QString &message) {
                                        if (!ok) {
                                            m_keychainFailed = true;
                                            emit salesforceFailed(message);
                                            return;
                                        }
                                        m_salesforceStored = true;
                                        emit orgChecked(m_org);
                                    });
                    });
            });
        });
    });
}

QList<QPair<QString, QString>> WorkspaceSetup::metronomeSettings() const
{
    return {{SettingKeys::MetronomeBaseUrl, m_metronomeUrl.toString()}};
}

QList<QPair<QString, QString>> WorkspaceSetup::salesforceSettings() const
{
    return {
        {SettingKeys::SalesforceLoginUrl, m_oauth.loginUrl.toString()},
        {SettingKeys::SalesforceClientId, m_oauth.clientId},
        {SettingKeys::SalesforceInstanceUrl, m_org.instanceUrl.toString()},
        {SettingKeys::SalesforceUsername, m_org.identity.username},
        {SettingKeys::SalesforceOrgId, m_org.identity.orgId},
        {SettingKeys::SalesforceApiVersion, m_org.apiVersion},
        {SettingKeys::PackageVariant, m_org.variant},
    };
}

QList<QPair<QString, QString>> WorkspaceSetup::planSettings(const Plan &plan)
{
    return {
        {SettingKeys::SyncScope, Sync::toString(plan.scope)},
        {SettingKeys::SyncObjects, plan.objects.join(QLatin1Char(','))},
        {SettingKeys::SyncSchedule, plan.schedule.toString()},
    };
}

bool WorkspaceSetup::complete(const Plan &plan, QString *error)
{
    if (!m_metronomeStored || !m_salesforceStored) {
        if (error) {
            *error = tr("Verify the Metronome token and sign in to Salesforce first.");
        }
        return false;
    }
    if (!m_org.ok) {
        if (error) {
            *error = tr("The Salesforce org is missing parts of the Metronome package (see the checklist).");
        }
        return false;
    }
    // Nobody hears of the new workspace before its settings are written: the main window makes
    // a session for each workspace it is told about, and would read a half-made one.
    QSignalBlocker quiet(m_registry);
    const std::optional<WorkspaceInfo> ws = m_registry->create(plan.name, plan.environment, error, m_id);
    if (!ws) {
        return false;
    }
    // Any failure from here removes the new workspace again: no half-made workspace.
    auto rollback = [this, &ws]() {
        WorkspaceDatabase::releaseThreadConnections();
        m_registry->remove(ws->id, nullptr, nullptr, {});
        return false;
    };
    WorkspaceDatabase db(ws->databasePath);
    if (!db.open(error)) {
        return rollback();
    }
    const QList<QPair<QString, QString>> values = metronomeSettings() + salesforceSettings() +
                                                  planSettings(plan) +
                                                  QList<QPair<QString, QString>>{
                                                      {SettingKeys::UsageUntil, plan.usageUntil},
                                                      {SettingKeys::SetupComplete, QStringLiteral("true")},
                                                  };
    for (const auto &value : values) {
        if (!db.setSetting(value.first, value.second, error)) {
            return rollback();
        }
    }
    AuditEntry entry;
    entry.action = QStringLiteral("setup");
    entry.subject = QStringLiteral("workspace");
    entry.after = tr("%1 (%2): Metronome %3, Salesforce %4 as %5")
                      .arg(plan.name, plan.environment, m_metronomeUrl.toString(),
                           m_org.instanceUrl.toString(), m_org.identity.username);
    AuditLog(db).append(entry);
    m_completed = true;
    qCInfo(lcApp) << "workspace" << ws->id << "set up";
    quiet.unblock();
    emit m_registry->changed();
    return true;
}

void WorkspaceSetup::moveSecrets(QList<int> kinds, const QString &toId,
                                 std::function<void(bool, const QString &)> done)
{
    if (kinds.isEmpty()) {
        done(true, QString());
        return;
    }
    const auto kind = static_cast<SecretStore::Kind>(kinds.takeFirst());
    const QString from = SecretStore::keyFor(m_id, kind);
    const QString to = SecretStore::keyFor(toId, kind);
    m_secrets->read(from, this, [=](const SecretResult &read) {
        if (!read.ok()) {
            done(false, read.userMessage());
            return;
        }
        m_secrets->write(to, read.value, this, [=](const SecretResult &written) {
            if (!written.ok()) {
                done(false, written.userMessage());
                return;
            }
            m_secrets->remove(from, this, [=](const SecretResult &) { moveSecrets(kinds, toId, done); });
        });
    });
}

void WorkspaceSetup::applyTo(const WorkspaceInfo &workspace, const Plan &plan,
                             std::function<void(bool, const QString &)> done)
{
    if (m_salesforceStored && !m_org.ok) {
        done(false, tr("The Salesforce org is missing parts of the Metronome package (see the checklist)."));
        return;
    }
    QString problem = m_registry->checkName(plan.name, workspace.id);
    if (!problem.isEmpty()) {
        done(false, problem);
        return;
    }
    QList<int> kinds;
    if (m_metronomeStored) {
        kinds.append(static_cast<int>(SecretStore::Kind::MetronomeToken));
    }
    if (m_salesforceStored) {
        kinds.append(static_cast<int>(SecretStore::Kind::SalesforceRefreshToken));
    }
    const bool metronome = m_metronomeStored;
    const bool salesforce = m_salesforceStored;
    moveSecrets(kinds, workspace.id, [=](bool ok, const QString &error) {
        if (!ok) {
            done(false, error);
            return;
        }
        // The secrets are the workspace's now: nothing is left for abandon() to remove.
        m_metronomeStored = false;
        m_salesforceStored = false;
        m_completed = true;
        QString failure;
        WorkspaceDatabase db(workspace.databasePath);
        if (!db.open(&failure)) {
            done(false, failure);
            return;
        }
        const QString before =
            tr("%1 (%2): %3 scope, %4")
                .arg(db.setting(SettingKeys::WorkspaceName), db.setting(SettingKeys::Environment),
                     db.setting(SettingKeys::SyncScope), db.setting(SettingKeys::SyncSchedule));
        QList<QPair<QString, QString>> values = planSettings(plan);
        values.append(qMakePair(QString(SettingKeys::Environment), plan.environment));
        if (metronome) {
            values += metronomeSettings();
        }
        if (salesforce) {
            values += salesforceSettings();
        }
        for (const auto &value : values) {
            if (!db.setSetting(value.first, value.second, &failure)) {
                done(false, failure);
                return;
            }
        }
        if (plan.name.trimmed() != workspace.name && !m_registry->rename(workspace.id, plan.name, &failure)) {
            done(false, failure);
            return;
        }
        AuditEntry entry;
        entry.action = QStringLiteral("setup-edit");
        entry.subject = QStringLiteral("workspace");
        entry.before = before;
        entry.after =
            tr("%1 (%2): %3 scope, %4%5%6")
                .arg(plan.name.trimmed(), plan.environment, Sync::toString(plan.scope),
                     plan.schedule.toString(),
                     metronome ? tr(", new Metronome token for %1").arg(m_metronomeUrl.toString())
                               : QString(),
                     salesforce ? tr(", signed in again as %1").arg(m_org.identity.username) : QString());
        AuditLog(db).append(entry);
        qCInfo(lcApp) << "workspace" << workspace.id << "setup changed";
        emit m_registry->changed();
        done(true, QString());
    });
}

void WorkspaceSetup::abandon(std::function<void()> done)
{
    cancelSignIn();
    if (m_metronomeClient) {
        m_metronomeClient->cancelAll();
    }
    if (m_completed) {
        if (done) {
            done();
        }
        return;
    }
    // Remove both keys whatever we think we wrote: a write may have landed after a failure.
    auto remaining = std::make_shared<int>(2);
    for (SecretStore::Kind kind : SecretStore::allKinds()) {
        m_secrets->remove(SecretStore::keyFor(m_id, kind), nullptr, [remaining, done](const SecretResult &) {
            if (--*remaining == 0 && done) {
                done();
            }
        });
    }
    m_metronomeStored = false;
    m_salesforceStored = false;
}
