#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// Secrets in memory, for tests and for the sandbox demo. Answers asynchronously, like a
// real keychain, and can be told to fail with a given status.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Every following operation fails with `status` until cleared with Status::Ok.
    void setFailure(SecretResult::Status status) { m_failure = status; }
    bool contains(const QString &key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }
    int operationCount() const { return m_operations; }

private:
    void deliver(QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_values;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
    int m_operations = 0;
};
