#pragma once

#include "secrets/SecretResult.h"

#include <QObject>

#include <functional>

// Asynchronous access to secrets (API tokens, refresh tokens). Implementations: the OS
// keychain through QtKeychain, and an in-memory store for tests. There is no plaintext
// fallback anywhere.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        MetronomeToken,
        SalesforceRefreshToken,
    };
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    // `done` runs on the store's thread, once, unless `context` was destroyed meanwhile.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // Keys are namespaced by workspace: "<workspace id>/metronome-api-token".
    static QString keyFor(const QString &workspaceId, Kind kind);
    static QList<Kind> allKinds() { return {Kind::MetronomeToken, Kind::SalesforceRefreshToken}; }
};
