#include "secrets/MetronomeTokenReader.h"

#include "logging/Redactor.h"
#include "secrets/SecretStore.h"

#include <QPointer>

void MetronomeTokenReader::read(SecretStore *secrets, const QString &workspaceId, bool allowEnvironment,
                                QObject *context, Done done)
{
    if (allowEnvironment && qEnvironmentVariableIsSet(EnvironmentVariable)) {
        const QString token = qEnvironmentVariable(EnvironmentVariable);
        Redactor::registerSecret(token);
        done(true, token, QString());
        return;
    }
    if (!secrets) {
        done(false, QString(), tr("No keychain is available to read the Metronome API token from."));
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    secrets->read(SecretStore::keyFor(workspaceId, SecretStore::Kind::MetronomeToken), context,
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
                      done(true, result.value, QString());
                  });
}
