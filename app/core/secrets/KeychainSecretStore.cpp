#include "secrets/KeychainSecretStore.h"

#include "logging/LogCategories.h"
#include "logging/Redactor.h"

#include <QPointer>
#include <QThread>
#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

SecretResult::Status KeychainSecretStore::classify(int keychainError, const QString &message)
{
    using S = SecretResult::Status;
    const QString lower = message.toLower();
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return S::Ok;
    case QKeychain::EntryNotFound:
        return S::NotFound;
    case QKeychain::AccessDeniedByUser:
        return S::Denied;
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection as AccessDenied.
        return lower.contains(QLatin1String("lock")) ? S::Locked : S::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return S::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Without a session bus or a Secret Service provider, QtKeychain only says OtherError;
    // the message tells which.
    if (lower.contains(QLatin1String("d-bus")) || lower.contains(QLatin1String("dbus")) ||
        lower.contains(QLatin1String("org.freedesktop.secrets")) ||
        lower.contains(QLatin1String("autolaunch")) || lower.contains(QLatin1String("could not connect")) ||
        lower.contains(QLatin1String("no such file")) ||
        lower.contains(QLatin1String("not provided by any .service")) ||
        lower.contains(QLatin1String("no backend"))) {
        return S::NoService;
    }
    // "locked", or no default ("login") collection yet: the keyring must be set up or unlocked.
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("/collection/"))) {
        return S::Locked;
    }
    return S::Failed;
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done, bool isRead)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [guard, hasContext, done, isRead](QKeychain::Job *finished) {
                SecretResult result;
                result.status = classify(finished->error(), finished->errorString());
                result.detail = finished->errorString();
                if (result.ok() && isRead) {
                    auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                    result.value = readJob->textData();
                    Redactor::registerSecret(result.value);
                }
                if (!result.ok()) {
                    qCInfo(lcSecrets).noquote() << "keychain" << finished->key()
                                                << SecretResult::statusName(result.status) << result.detail;
                }
                if (done && (!hasContext || guard)) {
                    done(result);
                }
            });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [=]() { read(key, context, done); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), true);
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [=]() { write(key, value, context, done); }, Qt::QueuedConnection);
        return;
    }
    Redactor::registerSecret(value);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [=]() { remove(key, context, done); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), false);
}
