#include "secrets/SecretStore.h"

QString SecretStore::keyFor(const QString &workspaceId, Kind kind)
{
    switch (kind) {
    case Kind::MetronomeToken:
        return workspaceId + QStringLiteral("/metronome-api-token");
    case Kind::SalesforceRefreshToken:
        return workspaceId + QStringLiteral("/salesforce-refresh-token");
    }
    return workspaceId + QStringLiteral("/unknown");
}
