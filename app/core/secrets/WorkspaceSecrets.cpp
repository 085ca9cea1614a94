#include "secrets/WorkspaceSecrets.h"

#include "logging/Redactor.h"
#include "secrets/SecretStore.h"

#include <QPointer>

#include <memory>

void WorkspaceSecrets::read(SecretStore *store, const QString &workspaceId, bool allowEnvironment,
                            QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto secrets = std::make_shared<WorkspaceSecrets>();
    auto answer = [guard, hasContext, done, secrets](bool ok, const QString &error) {
        if (!hasContext || guard) {
            done(ok, ok ? *secrets : WorkspaceSecrets(), error);
        }
    };

    const bool metronomeFromEnvironment =
        allowEnvironment && qEnvironmentVariableIsSet(MetronomeTokenVariable);
    if (metronomeFromEnvironment) {
        secrets->metronomeToken = qEnvironmentVariable(MetronomeTokenVariable);
        Redactor::registerSecret(secrets->metronomeToken);
    }
    const bool salesforceFromEnvironment =
        allowEnvironment && qEnvironmentVariableIsSet(SalesforceTokenVariable);
    if (salesforceFromEnvironment) {
        secrets->salesforceRefreshToken = qEnvironmentVariable(SalesforceTokenVariable);
        Redactor::registerSecret(secrets->salesforceRefreshToken);
    }

    QPointer<SecretStore> storeGuard(store);
    auto readSalesforce = [storeGuard, workspaceId, secrets, answer, salesforceFromEnvironment]() {
        if (salesforceFromEnvironment) {
            answer(true, QString());
            return;
        }
        if (!storeGuard) {
            answer(false, tr("No keychain is available to read the Salesforce sign-in from."));
            return;
        }
        storeGuard->read(SecretStore::keyFor(workspaceId, SecretStore::Kind::SalesforceRefreshToken),
                         storeGuard, [secrets, answer](const SecretResult &result) {
                             if (!result.ok()) {
                                 answer(false, tr("Cannot read the Salesforce sign-in from the keychain: %1")
                                                   .arg(result.userMessage()));
                                 return;
                             }
                             secrets->salesforceRefreshToken = result.value;
                             Redactor::registerSecret(result.value);
                             answer(true, QString());
                         });
    };
    if (metronomeFromEnvironment) {
        readSalesforce();
        return;
    }
    if (!store) {
        answer(false, tr("No keychain is available to read the Metronome API token from."));
        return;
    }
    store->read(SecretStore::keyFor(workspaceId, SecretStore::Kind::MetronomeToken), store,
                [secrets, readSalesforce, answer](const SecretResult &result) {
                    if (!result.ok()) {
                        answer(false, tr("Cannot read the Metronome API token from the keychain: %1")
                                          .arg(result.userMessage()));
                        return;
                    }
                    secrets->metronomeToken = result.value;
                    Redactor::registerSecret(result.value);
                    readSalesforce();
                });
}
