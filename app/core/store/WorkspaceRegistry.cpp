#include "store/WorkspaceRegistry.h"

#include "logging/LogCategories.h"
#include "secrets/SecretStore.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace {

const QString kSuffix = QStringLiteral(".nomesync.db");

QString slugFor(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            slug.append(c);
        } else if (!slug.endsWith(QLatin1Char('-'))) {
            slug.append(QLatin1Char('-'));
        }
    }
    while (slug.endsWith(QLatin1Char('-'))) {
        slug.chop(1);
    }
    while (slug.startsWith(QLatin1Char('-'))) {
        slug.remove(0, 1);
    }
    return slug.left(24).isEmpty() ? QStringLiteral("workspace") : slug.left(24);
}

} // namespace

WorkspaceRegistry::WorkspaceRegistry(const QString &rootDirectory, QObject *parent)
    : QObject(parent)
    , m_root(rootDirectory)
{}

QString WorkspaceRegistry::defaultRoot()
{
    return AppPaths::workspacesDirectory();
}

QString WorkspaceRegistry::databasePathFor(const QString &id) const
{
    return QDir(m_root).filePath(id + kSuffix);
}

QList<WorkspaceInfo> WorkspaceRegistry::list() const
{
    QList<WorkspaceInfo> result;
    const QDir dir(m_root);
    const QStringList files = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        WorkspaceDatabase db(dir.filePath(file));
        QString error;
        if (!db.open(&error)) {
            qCWarning(lcStore).noquote() << "skipping workspace file" << file << error;
            continue;
        }
        WorkspaceInfo info;
        info.id = file.left(file.size() - kSuffix.size());
        info.databasePath = db.filePath();
        info.name = db.setting(SettingKeys::WorkspaceName, info.id);
        info.environment = db.setting(SettingKeys::Environment);
        info.createdAt = QDateTime::fromString(db.setting(SettingKeys::CreatedAt), Qt::ISODateWithMs);
        info.setupComplete = db.setting(SettingKeys::SetupComplete) == QLatin1String("true");
        result.append(info);
    }
    std::sort(result.begin(), result.end(), [](const WorkspaceInfo &a, const WorkspaceInfo &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

QStringList WorkspaceRegistry::unopenable() const
{
    QStringList problems;
    const QDir dir(m_root);
    const QStringList files = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        WorkspaceDatabase db(dir.filePath(file));
        QString error;
        if (!db.open(&error)) {
            problems.append(
                QString(QDir::toNativeSeparators(dir.filePath(file)) + QStringLiteral(": ") + error));
        }
    }
    return problems;
}

std::optional<WorkspaceInfo> WorkspaceRegistry::find(const QString &idOrName) const
{
    const QList<WorkspaceInfo> all = list();
    for (const WorkspaceInfo &info : all) {
        if (info.id == idOrName) {
            return info;
        }
    }
    for (const WorkspaceInfo &info : all) {
        if (info.name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            return info;
        }
    }
    return std::nullopt;
}

QString WorkspaceRegistry::checkName(const QString &name, const QString &ignoreId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Give the workspace a name, for example \"Production\".");
    }
    if (trimmed.size() > 80) {
        return tr("Keep the workspace name under 80 characters.");
    }
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (trimmed.contains(control)) {
        return tr("The workspace name cannot contain control characters.");
    }
    for (const WorkspaceInfo &info : list()) {
        if (info.id != ignoreId && info.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return tr("A workspace called \"%1\" already exists. Choose another name.").arg(info.name);
        }
    }
    return QString();
}

QString WorkspaceRegistry::newWorkspaceId(const QString &name) const
{
    QString id;
    do {
        id = slugFor(name) + QLatin1Char('-') +
             QString::number(QRandomGenerator::global()->bounded(0x100000, 0xffffff), 16);
    } while (QFile::exists(databasePathFor(id)));
    return id;
}

std::optional<WorkspaceInfo> WorkspaceRegistry::create(const QString &name, const QString &environment,
                                                       QString *error, const QString &requestedId)
{
    const QString problem = checkName(name);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return std::nullopt;
    }
    if (!QDir().mkpath(m_root)) {
        if (error) {
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_root));
        }
        return std::nullopt;
    }
    QFile::setPermissions(m_root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString id = requestedId.isEmpty() ? newWorkspaceId(name) : requestedId;
    if (QFile::exists(databasePathFor(id))) {
        if (error) {
            *error = tr("A workspace with the id %1 already exists.").arg(id);
        }
        return std::nullopt;
    }

    WorkspaceDatabase db(databasePathFor(id));
    if (!db.open(error)) {
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool saved = db.setSetting(SettingKeys::WorkspaceId, id, error) &&
                       db.setSetting(SettingKeys::WorkspaceName, name.trimmed(), error) &&
                       db.setSetting(SettingKeys::Environment, environment, error) &&
                       db.setSetting(SettingKeys::CreatedAt, now.toString(Qt::ISODateWithMs), error);
    if (!saved) {
        removeFiles(id, nullptr);
        return std::nullopt;
    }
    WorkspaceInfo info;
    info.id = id;
    info.name = name.trimmed();
    info.environment = environment;
    info.databasePath = db.filePath();
    info.createdAt = now;
    qCInfo(lcStore) << "created workspace" << id;
    emit changed();
    return info;
}

bool WorkspaceRegistry::rename(const QString &id, const QString &newName, QString *error)
{
    if (!QFile::exists(databasePathFor(id))) {
        if (error) {
            *error = tr("That workspace no longer exists.");
        }
        return false;
    }
    const QString problem = checkName(newName, id);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    WorkspaceDatabase db(databasePathFor(id));
    if (!db.open(error) || !db.setSetting(SettingKeys::WorkspaceName, newName.trimmed(), error)) {
        return false;
    }
    emit changed();
    return true;
}

bool WorkspaceRegistry::removeFiles(const QString &id, QString *error)
{
    const QString path = databasePathFor(id);
    WorkspaceDatabase::releaseThreadConnections();
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        if (QFile::exists(file) && !QFile::remove(file)) {
            ok = false;
            if (error) {
                *error = tr("Could not delete %1.").arg(QDir::toNativeSeparators(file));
            }
        }
    }
    return ok;
}

void WorkspaceRegistry::remove(const QString &id, SecretStore *secrets, QObject *context,
                               std::function<void(bool ok, const QString &error)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto report = [this, guard, hasContext, done, id](bool ok, const QString &error) {
        if (ok) {
            emit changed();
        }
        if (done && (!hasContext || guard)) {
            done(ok, error);
        }
    };
    if (!secrets) {
        QString error;
        const bool ok = removeFiles(id, &error);
        report(ok, error);
        return;
    }
    // Delete every keychain entry of the workspace, then the files. A missing entry is fine;
    // any other keychain failure stops the deletion so no secret is left without its workspace.
    auto kinds = std::make_shared<QList<SecretStore::Kind>>(SecretStore::allKinds());
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, secrets, kinds, step, id, report]() {
        if (kinds->isEmpty()) {
            QString error;
            const bool ok = removeFiles(id, &error);
            report(ok, error);
            *step = nullptr; // break the self-reference
            return;
        }
        const SecretStore::Kind kind = kinds->takeFirst();
        secrets->remove(SecretStore::keyFor(id, kind), this, [step, report](const SecretResult &result) {
            if (result.ok() || result.status == SecretResult::Status::NotFound) {
                (*step)();
                return;
            }
            report(false, result.userMessage());
            *step = nullptr;
        });
    };
    (*step)();
}
