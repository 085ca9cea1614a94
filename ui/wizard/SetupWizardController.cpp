#include "wizard/SetupWizardController.h"

#include "logging/LogCategories.h"
#include "net/UrlPolicy.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using OrgKind = SalesforceOAuthConfig::OrgKind;

namespace {

const QString kDefaultMetronomeUrl = QStringLiteral("https://api.metronome.com");
const QString kDefaultVariant = QStringLiteral("nome_v2");

bool sameUrl(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments) ==
           b.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

SetupWizardController::SetupWizardController(WorkspaceRegistry *registry, SecretStore *secrets,
                                             QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_setup(new WorkspaceSetup(registry, secrets, this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_environment(tr("Production"))
    , m_metronomeUrlText(kDefaultMetronomeUrl)
{
    connect(m_setup, &WorkspaceSetup::metronomeProgress, this, [this](qint64 counted) {
        m_customersCounted = counted;
        emit changed();
    });
    connect(m_setup, &WorkspaceSetup::metronomeVerified, this, [this]() {
        m_tokenState = TokenState::Stored;
        m_hasStoredToken = true;
        m_hasFindings = true;
        m_metronomeError.clear();
        emit changed();
    });
    connect(m_setup, &WorkspaceSetup::metronomeFailed, this, [this](const QString &message) {
        m_tokenState = TokenState::Failed;
        m_metronomeError = message;
        emit changed();
    });
    connect(m_setup, &WorkspaceSetup::authorizeUrlReady, this, [this](const QUrl &url) {
        m_authorizeUrl = url;
        m_browserOpened = openUrl(url);
        setSignInState(SignInState::WaitingForBrowser);
    });
    connect(m_setup, &WorkspaceSetup::signingIn, this,
            [this]() { setSignInState(SignInState::CheckingOrg); });
    connect(m_setup, &WorkspaceSetup::orgChecked, this, [this]() {
        m_salesforceError.clear();
        setSignInState(SignInState::Checked);
    });
    connect(m_setup, &WorkspaceSetup::salesforceFailed, this, [this](const QString &message) {
        m_salesforceError = message;
        setSignInState(SignInState::Failed);
    });
}

SetupWizardController::~SetupWizardController() = default;

void SetupWizardController::useSandbox(const SandboxInfo &sandbox)
{
    m_sandbox = sandbox;
    m_orgKind = OrgKind::Sandbox;
    m_metronomeUrlText = sandbox.metronomeUrl.toString();
    m_consumerKey = sandbox.salesforceClientId;
    m_environment = tr("Sandbox");
    if (m_mode == Mode::NewWorkspace) {
        // A name that is free, so the walk-through needs no typing either.
        QString name = tr("Sandbox demo");
        for (int n = 2; !m_registry->checkName(name).isEmpty() && n < 100; ++n) {
            name = tr("Sandbox demo %1").arg(n);
        }
        setWorkspaceName(name);
    }
    fetchSandboxToday();
    emit changed();
}

void SetupWizardController::fetchSandboxToday()
{
    // The sandbox's calendar may be fixed (its default) rather than today's: the first sync
    // then reads usage up to the sandbox's "today", or it would find none.
    if (!m_sandbox || !m_sandbox->adminUrl.isValid() || m_sandbox->adminUrl.isEmpty()) {
        return;
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    QUrl url = m_sandbox->adminUrl;
    url.setPath(QStringLiteral("/metronome/summary"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        const QJsonObject summary = QJsonDocument::fromJson(reply->readAll()).object();
        m_sandboxToday = QDate::fromString(summary.value(QStringLiteral("today")).toString(), Qt::ISODate);
    });
}

bool SetupWizardController::editWorkspace(const QString &workspaceId, QString *error)
{
    const std::optional<WorkspaceInfo> ws = m_registry->find(workspaceId);
    if (!ws) {
        if (error) {
            *error = tr("That workspace no longer exists.");
        }
        return false;
    }
    WorkspaceDatabase db(ws->databasePath);
    if (!db.open(error)) {
        return false;
    }
    m_mode = Mode::EditWorkspace;
    m_edited = *ws;
    m_name = ws->name;
    m_setup->setWorkspaceName(ws->name);
    m_environment = ws->environment;

    m_editedMetronomeUrl = db.setting(SettingKeys::MetronomeBaseUrl, kDefaultMetronomeUrl);
    m_metronomeUrlText = m_editedMetronomeUrl;
    m_hasStoredToken = true;
    m_tokenState = TokenState::Stored;

    m_editedLoginUrl = QUrl(db.setting(SettingKeys::SalesforceLoginUrl));
    m_editedClientId = db.setting(SettingKeys::SalesforceClientId);
    m_editedUsername = db.setting(SettingKeys::SalesforceUsername);
    m_editedOrgId = db.setting(SettingKeys::SalesforceOrgId);
    m_editedVariant = db.setting(SettingKeys::PackageVariant, kDefaultVariant);
    m_consumerKey = m_editedClientId;
    if (sameUrl(m_editedLoginUrl, SalesforceOAuthConfig::productionLoginUrl())) {
        m_orgKind = OrgKind::Production;
    } else if (sameUrl(m_editedLoginUrl, SalesforceOAuthConfig::sandboxLoginUrl()) ||
               (m_sandbox && sameUrl(m_editedLoginUrl, m_sandbox->salesforceLoginUrl))) {
        m_orgKind = OrgKind::Sandbox;
    } else {
        m_orgKind = OrgKind::MyDomain;
        m_myDomain = m_editedLoginUrl.toString();
    }
    m_packageConfirmed = true;

    m_scope =
        Sync::scopeFromString(db.setting(SettingKeys::SyncScope, Sync::toString(Sync::Scope::AllCustomers)));
    m_schedule = Schedule::parse(db.setting(SettingKeys::SyncSchedule)).value_or(Schedule::defaultSchedule());
    const QStringList objects =
        db.setting(SettingKeys::SyncObjects).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_deselected.clear();
    if (const std::optional<PackageDefinition> def = package(); def && !objects.isEmpty()) {
        for (const PackageObject &o : def->objects()) {
            if (!objects.contains(o.name)) {
                m_deselected.insert(o.name);
            }
        }
    }
    emit changed();
    return true;
}

bool SetupWizardController::isBusy() const
{
    return m_tokenState == TokenState::Verifying || m_signIn == SignInState::WaitingForBrowser ||
           m_signIn == SignInState::CheckingOrg || m_finishing;
}

bool SetupWizardController::openUrl(const QUrl &url)
{
    return m_openUrl && m_openUrl(url);
}

// Step 1 ------------------------------------------------------------------------------------

void SetupWizardController::setOrgKind(OrgKind kind, const QString &myDomain)
{
    if (kind == m_orgKind && myDomain == m_myDomain) {
        return;
    }
    m_orgKind = kind;
    m_myDomain = myDomain;
    emit changed();
}

QUrl SetupWizardController::loginUrl() const
{
    if (m_orgKind == OrgKind::Sandbox && m_sandbox) {
        return m_sandbox->salesforceLoginUrl;
    }
    const QUrl url = SalesforceOAuthConfig::loginUrlFor(m_orgKind, m_myDomain);
    return UrlPolicy::isAllowed(url) ? url : QUrl();
}

QString SetupWizardController::loginUrlProblem() const
{
    if (m_orgKind != OrgKind::MyDomain) {
        return QString();
    }
    if (m_myDomain.trimmed().isEmpty()) {
        return tr("Enter your My Domain, for example acme or https://acme.my.salesforce.com.");
    }
    QString problem;
    const QUrl url = SalesforceOAuthConfig::myDomainLoginUrl(m_myDomain, &problem);
    if (url.isEmpty()) {
        return problem;
    }
    UrlPolicy::isAllowed(url, &problem);
    return problem;
}

QUrl SetupWizardController::installUrl() const
{
    const QUrl login = loginUrl();
    if (login.isEmpty()) {
        return QUrl();
    }
    return WorkspaceSetup::installUrl(login, packageVariant());
}

bool SetupWizardController::openInstallPage()
{
    const QUrl url = installUrl();
    if (url.isEmpty()) {
        return false;
    }
    m_installPageOpened = openUrl(url);
    emit changed();
    return m_installPageOpened;
}

void SetupWizardController::setPackageConfirmed(bool confirmed)
{
    if (confirmed == m_packageConfirmed) {
        return;
    }
    m_packageConfirmed = confirmed;
    emit changed();
}

bool SetupWizardController::isPackageStepComplete() const
{
    return m_packageConfirmed && !loginUrl().isEmpty();
}

// Step 2 ------------------------------------------------------------------------------------

void SetupWizardController::setWorkspaceName(const QString &name)
{
    if (name == m_name) {
        return;
    }
    m_name = name;
    if (m_mode == Mode::NewWorkspace) {
        m_setup->setWorkspaceName(name);
    }
    emit changed();
}

QString SetupWizardController::nameProblem() const
{
    return m_registry->checkName(m_name, m_mode == Mode::EditWorkspace ? m_edited.id : QString());
}

void SetupWizardController::setEnvironment(const QString &environment)
{
    if (environment == m_environment) {
        return;
    }
    m_environment = environment;
    emit changed();
}

void SetupWizardController::setMetronomeUrl(const QString &text)
{
    if (text == m_metronomeUrlText) {
        return;
    }
    m_metronomeUrlText = text;
    emit changed();
}

QUrl SetupWizardController::metronomeUrl() const
{
    return QUrl(m_metronomeUrlText.trimmed(), QUrl::StrictMode);
}

QString SetupWizardController::metronomeUrlProblem() const
{
    if (m_metronomeUrlText.trimmed().isEmpty()) {
        return tr("Enter the Metronome API address (normally %1).").arg(kDefaultMetronomeUrl);
    }
    QString reason;
    const QUrl url = metronomeUrl();
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("\"%1\" is not a web address. Use the form %2.")
            .arg(m_metronomeUrlText.trimmed(), kDefaultMetronomeUrl);
    }
    return UrlPolicy::isAllowed(url, &reason) ? QString() : reason;
}

QString SetupWizardController::prefilledToken() const
{
    return m_sandbox && m_mode == Mode::NewWorkspace ? m_sandbox->metronomeToken : QString();
}

void SetupWizardController::verifyMetronome(const QString &token)
{
    if (token.trimmed().isEmpty() || !metronomeUrlProblem().isEmpty() ||
        m_tokenState == TokenState::Verifying) {
        return;
    }
    m_tokenState = TokenState::Verifying;
    m_customersCounted = 0;
    m_hasFindings = false;
    m_metronomeError.clear();
    emit changed();
    m_setup->verifyMetronome(metronomeUrl(), token.trimmed());
}

void SetupWizardController::replaceToken()
{
    if (m_tokenState != TokenState::Stored) {
        return;
    }
    m_tokenState = TokenState::Empty;
    emit changed();
}

void SetupWizardController::keepStoredToken()
{
    if (!m_hasStoredToken || m_tokenState == TokenState::Verifying || m_tokenState == TokenState::Stored) {
        return;
    }
    // Back to the token already in the keychain, with the address it was verified against.
    if (m_setup->isMetronomeVerified()) {
        m_metronomeUrlText = m_setup->metronomeUrl().toString();
    } else {
        m_metronomeUrlText = m_editedMetronomeUrl;
        m_hasFindings = false;
    }
    m_tokenState = TokenState::Stored;
    m_metronomeError.clear();
    emit changed();
}

const WorkspaceSetup::MetronomeFindings &SetupWizardController::metronomeFindings() const
{
    return m_setup->metronomeFindings();
}

QString SetupWizardController::metronomeFindingsText() const
{
    if (!m_hasFindings) {
        return QString();
    }
    const WorkspaceSetup::MetronomeFindings &f = m_setup->metronomeFindings();
    const QLocale locale;
    return tr("%1 customers (%2 linked to Salesforce), %3 billable metrics")
        .arg(locale.toString(f.customers), locale.toString(f.linkedCustomers),
             locale.toString(f.billableMetrics));
}

bool SetupWizardController::isWorkspaceStepComplete() const
{
    return nameProblem().isEmpty() && !m_environment.trimmed().isEmpty() &&
           m_tokenState == TokenState::Stored;
}

// Step 3 ------------------------------------------------------------------------------------

void SetupWizardController::setConsumerKey(const QString &key)
{
    if (key == m_consumerKey) {
        return;
    }
    m_consumerKey = key;
    emit changed();
}

void SetupWizardController::setSignInState(SignInState state)
{
    m_signIn = state;
    emit changed();
}

void SetupWizardController::signIn()
{
    const QUrl login = loginUrl();
    if (login.isEmpty() || m_consumerKey.trimmed().isEmpty() || isBusy()) {
        return;
    }
    SalesforceOAuthConfig config;
    config.loginUrl = login;
    config.clientId = m_consumerKey.trimmed();
    m_authorizeUrl.clear();
    m_browserOpened = false;
    m_salesforceError.clear();
    // Until the browser answers, the flow listens on its loopback port.
    setSignInState(SignInState::WaitingForBrowser);
    m_setup->signInToSalesforce(config);
}

void SetupWizardController::cancelSignIn()
{
    if (m_signIn != SignInState::WaitingForBrowser && m_signIn != SignInState::CheckingOrg) {
        return;
    }
    m_setup->cancelSignIn();
    m_authorizeUrl.clear();
    setSignInState(SignInState::Idle);
}

void SetupWizardController::checkAgain()
{
    if (isBusy() || !m_setup->isSalesforceConnected()) {
        return;
    }
    m_salesforceError.clear();
    setSignInState(SignInState::CheckingOrg);
    m_setup->checkOrgAgain();
}

const WorkspaceSetup::OrgFindings &SetupWizardController::orgFindings() const
{
    return m_setup->orgFindings();
}

bool SetupWizardController::keepsExistingConnection() const
{
    // The stored connection stays valid only for the same login host and connected app.
    return m_mode == Mode::EditWorkspace && !m_setup->isSalesforceConnected() &&
           m_signIn != SignInState::Checked && sameUrl(loginUrl(), m_editedLoginUrl) &&
           m_consumerKey.trimmed() == m_editedClientId;
}

QString SetupWizardController::connectedUsername() const
{
    return m_signIn == SignInState::Checked ? orgFindings().identity.username : m_editedUsername;
}

QString SetupWizardController::connectedOrgId() const
{
    return m_signIn == SignInState::Checked ? orgFindings().identity.orgId : m_editedOrgId;
}

QString SetupWizardController::packageVariant() const
{
    if (m_signIn == SignInState::Checked && !orgFindings().variant.isEmpty()) {
        return orgFindings().variant;
    }
    return m_editedVariant.isEmpty() ? kDefaultVariant : m_editedVariant;
}

bool SetupWizardController::isSalesforceStepComplete() const
{
    if (m_signIn == SignInState::Checked) {
        return orgFindings().ok;
    }
    return m_signIn == SignInState::Idle && keepsExistingConnection();
}

// Step 4 ------------------------------------------------------------------------------------

void SetupWizardController::setScope(Sync::Scope scope)
{
    if (scope == m_scope) {
        return;
    }
    m_scope = scope;
    emit changed();
}

std::optional<PackageDefinition> SetupWizardController::package() const
{
    return PackageDefinition::builtIn(packageVariant());
}

void SetupWizardController::setObjectSelected(const QString &object, bool selected)
{
    if (selected == isObjectSelected(object)) {
        return;
    }
    if (selected) {
        m_deselected.remove(object);
    } else {
        m_deselected.insert(object);
    }
    emit changed();
}

QStringList SetupWizardController::selectedObjects() const
{
    QStringList out;
    if (const std::optional<PackageDefinition> def = package()) {
        for (const PackageObject *o : def->loadOrder()) {
            if (isObjectSelected(o->name)) {
                out.append(o->name);
            }
        }
    }
    return out;
}

void SetupWizardController::setSchedule(const Schedule &schedule)
{
    if (schedule == m_schedule) {
        return;
    }
    m_schedule = schedule;
    emit changed();
}

bool SetupWizardController::isSyncStepComplete() const
{
    return !selectedObjects().isEmpty() && !m_finishing;
}

WorkspaceSetup::Plan SetupWizardController::plan() const
{
    WorkspaceSetup::Plan plan;
    plan.name = m_name.trimmed();
    plan.environment = m_environment.trimmed();
    plan.scope = m_scope;
    // Every object: an empty list, so objects a later package version adds are synced too.
    bool all = true;
    if (const std::optional<PackageDefinition> def = package()) {
        for (const PackageObject &o : def->objects()) {
            all = all && isObjectSelected(o.name);
        }
    }
    plan.objects = all ? QStringList() : selectedObjects();
    plan.schedule = m_schedule;
    if (m_sandboxToday.isValid() && m_sandboxToday != QDateTime::currentDateTimeUtc().date()) {
        plan.usageUntil = m_sandboxToday.toString(Qt::ISODate);
    }
    return plan;
}

void SetupWizardController::finish()
{
    if (m_finishing || m_finished) {
        return;
    }
    m_finishError.clear();
    if (m_mode == Mode::NewWorkspace) {
        QString error;
        if (!m_setup->complete(plan(), &error)) {
            m_finishError = error;
            emit changed();
            emit finishFailed(error);
            return;
        }
        m_finished = true;
        m_resultId = m_setup->pendingId();
        emit changed();
        emit finished(m_resultId);
        return;
    }
    m_finishing = true;
    emit changed();
    m_setup->applyTo(m_edited, plan(), [this](bool ok, const QString &error) {
        m_finishing = false;
        if (!ok) {
            m_finishError = error;
            emit changed();
            emit finishFailed(error);
            return;
        }
        m_finished = true;
        m_resultId = m_edited.id;
        emit changed();
        emit finished(m_resultId);
    });
}

void SetupWizardController::abandon(std::function<void()> done)
{
    qCInfo(lcUi) << "setup wizard cancelled";
    m_setup->abandon(std::move(done));
}
