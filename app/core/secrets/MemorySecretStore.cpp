#include "secrets/MemorySecretStore.h"

#include "logging/Redactor.h"

#include <QPointer>
#include <QTimer>

void MemorySecretStore::deliver(QObject *context, Callback done, SecretResult result)
{
    ++m_operations;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done, result]() {
        if (done && (!hasContext || guard)) {
            done(result);
        }
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    if (m_failure != SecretResult::Status::Ok) {
        result.status = m_failure;
        result.detail = QStringLiteral("simulated failure");
    } else if (m_values.contains(key)) {
        result.status = SecretResult::Status::Ok;
        result.value = m_values.value(key);
    } else {
        result.status = SecretResult::Status::NotFound;
        result.detail = QStringLiteral("entry not found");
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    SecretResult result;
    if (m_failure != SecretResult::Status::Ok) {
        result.status = m_failure;
        result.detail = QStringLiteral("simulated failure");
    } else {
        Redactor::registerSecret(value);
        m_values.insert(key, value);
        result.status = SecretResult::Status::Ok;
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    if (m_failure != SecretResult::Status::Ok) {
        result.status = m_failure;
        result.detail = QStringLiteral("simulated failure");
    } else if (m_values.remove(key) > 0) {
        result.status = SecretResult::Status::Ok;
    } else {
        result.status = SecretResult::Status::NotFound;
    }
    deliver(context, std::move(done), result);
}
