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
    readMetronomeToken(
        store, workspaceId, allowEnvironment, nullptr,
        [secrets, readSalesforce, answer](bool ok, const QString &token, const QString &error) {
            if (!ok) {
                answer(false, error);
                return;
            }
            secrets->metronomeToken = token;
            readSalesforce();
        });
}

void WorkspaceSecrets::readMetronomeToken(SecretStore *store, const QString &workspaceId,
                                          bool allowEnvironment, QObject *context, TokenDone done)
{
    if (allowEnvironment && qEnvironmentVariableIsSet(MetronomeTokenVariable)) {
        const QString token = qEnvironmentVariable(MetronomeTokenVariable);
        Redactor::registerSecret(token);
        done(true, token, QString());
        return;
    }
    if (!store) {
        done(false, QString(), tr("No keychain is available to read the Metronome API token from."));
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    store->read(SecretStore::keyFor(workspaceId, SecretStore::Kind::MetronomeToken), store,
                [guard, hasContext, done](const SecretResult &result) {
                    if (hasContext && !guard) {
                        return;
                    }
                    if (!result.ok()) {
                        done(false, QString(),
                             tr("Cannot read the Metronome API token from the keychain: %1")
                                 .arg(result.userMessage()));
                        return;
                    }
                    Redactor::registerSecret(result.value);
                    done(true, result.value, QString());
                });
}
