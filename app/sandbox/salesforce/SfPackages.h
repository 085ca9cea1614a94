#pragma once

#include "common/SandboxExchange.h"
#include "salesforce/SfSchema.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class SfStore;

// Which package variants the sandbox org has installed, for whom, and with which fields left
// out (for the wizard's "missing field" case); persisted in the store. Builds the schema the
// API serves: until a package is installed (and visible to the signed-in admin), describe
// shows no package objects. Also renders the install page at
// /packaging/installPackage.apexp?p0=<packageVersionId>.
class SfPackages
{
public:
    struct Install
    {
        QString variant;
        QStringList omitFields;                 // "Object.Field"
        QString access = QStringLiteral("all"); // admins, all, profiles
        QStringList profiles;
        QString installedAt;

        QJsonObject toJson() const;
        static Install fromJson(const QJsonObject &json);
        // The sandbox user is a System Administrator.
        bool visibleToUser() const;
    };
    using InstallHandler = std::function<bool(const Install &, QString *error)>;

    explicit SfPackages(SfStore &store);

    void load();
    const QList<Install> &installs() const { return m_installs; }
    bool isInstalled(const QString &variant) const;
    // Records the install (replacing an earlier one of the same variant).
    bool install(const Install &install, QString *error);
    bool uninstall(const QString &variant);
    std::shared_ptr<const SfSchema> buildSchema() const;
    QJsonObject toJson() const;

    // GET shows the choice (Admins only / All users / Specific profiles); POST installs.
    SandboxResponse page(const SandboxRequest &request, const InstallHandler &doInstall) const;

private:
    void save();

    SfStore &m_store;
    QList<Install> m_installs;
};
