#pragma once

#include "secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

// The OS keychain (Secret Service on Linux) through QtKeychain, service "NomeSync".
// Jobs are created on this object's thread (the GUI thread), are never parented to
// anything that could die before them, and delete themselves when finished.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("NomeSync"),
                                 QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Maps a finished QtKeychain job to our status (see the notes in the .cpp).
    static SecretResult::Status classify(int keychainError, const QString &message);

private:
    void run(QKeychain::Job *job, QObject *context, Callback done, bool isRead);

    QString m_service;
};
