#include "salesforce/SfPackages.h"

#include "package/PackageDefinition.h"
#include "salesforce/SfStore.h"
#include "salesforce/SfWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QString kAdminProfile = QStringLiteral("System Administrator");

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

SandboxResponse htmlPage(int status, const QString &title, const QString &body)
{
    const QString page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>%2</body></html>")
            .arg(html(title), body);
    return SandboxResponse::raw(status, page.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"));
}

// The built-in variant whose package version id matches `p0` (15 or 18 characters).
std::optional<PackageDefinition> variantFor(const QString &p0)
{
    for (const QString &name : PackageDefinition::builtInNames()) {
        auto def = PackageDefinition::builtIn(name);
        if (def && !p0.isEmpty() && def->packageVersionId().left(15) == p0.left(15)) {
            return def;
        }
    }
    return std::nullopt;
}

QHash<QString, QStringList> parseForm(const QByteArray &body)
{
    QHash<QString, QStringList> out;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out[QString::fromUtf8(QByteArray::fromPercentEncoding(key))].append(
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

} // namespace

QJsonObject SfPackages::Install::toJson() const
{
    return QJsonObject{{QStringLiteral("variant"), variant},
                       {QStringLiteral("omit_fields"), QJsonArray::fromStringList(omitFields)},
                       {QStringLiteral("access"), access},
                       {QStringLiteral("profiles"), QJsonArray::fromStringList(profiles)},
                       {QStringLiteral("installed_at"), installedAt},
                       {QStringLiteral("visible_to_user"), visibleToUser()}};
}

SfPackages::Install SfPackages::Install::fromJson(const QJsonObject &json)
{
    Install i;
    i.variant = json.value(QStringLiteral("variant")).toString(QStringLiteral("nome_v2"));
    for (const QJsonValue &v : json.value(QStringLiteral("omit_fields")).toArray()) {
        i.omitFields.append(v.toString());
    }
    i.access = json.value(QStringLiteral("access")).toString(QStringLiteral("all"));
    for (const QJsonValue &v : json.value(QStringLiteral("profiles")).toArray()) {
        i.profiles.append(v.toString());
    }
    i.installedAt = json.value(QStringLiteral("installed_at")).toString();
    return i;
}

bool SfPackages::Install::visibleToUser() const
{
    return access != QLatin1String("profiles") || profiles.contains(kAdminProfile);
}

SfPackages::SfPackages(SfStore &store)
    : m_store(store)
{}

void SfPackages::load()
{
    m_installs.clear();
    const QJsonArray list =
        QJsonDocument::fromJson(m_store.meta(QStringLiteral("packages")).toUtf8()).array();
    for (const QJsonValue &v : list) {
        m_installs.append(Install::fromJson(v.toObject()));
    }
}

void SfPackages::save()
{
    QJsonArray list;
    for (const Install &i : std::as_const(m_installs)) {
        list.append(i.toJson());
    }
    m_store.setMeta(QStringLiteral("packages"),
                    QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

bool SfPackages::isInstalled(const QString &variant) const
{
    for (const Install &i : m_installs) {
        if (i.variant == variant) {
            return true;
        }
    }
    return false;
}

bool SfPackages::install(const Install &install, QString *error)
{
    auto def = PackageDefinition::builtIn(install.variant, error);
    if (!def) {
        return false;
    }
    static const QStringList accessChoices = {QStringLiteral("admins"), QStringLiteral("all"),
                                              QStringLiteral("profiles")};
    if (!accessChoices.contains(install.access)) {
        *error = QStringLiteral("access must be admins, all or profiles");
        return false;
    }
    for (const QString &omit : install.omitFields) {
        const PackageObject *o = def->object(omit.section(QLatin1Char('.'), 0, 0));
        if (!o || !o->field(omit.section(QLatin1Char('.'), 1))) {
            *error = QStringLiteral("%1 is not a field of package %2").arg(omit, install.variant);
            return false;
        }
    }
    Install stored = install;
    stored.installedAt = SfWriter::timestamp();
    for (Install &i : m_installs) {
        if (i.variant == install.variant) {
            i = stored;
            save();
            return true;
        }
    }
    m_installs.append(stored);
    save();
    return true;
}

bool SfPackages::uninstall(const QString &variant)
{
    for (int i = 0; i < m_installs.size(); ++i) {
        if (m_installs.at(i).variant == variant) {
            m_installs.removeAt(i);
            save();
            return true;
        }
    }
    return false;
}

std::shared_ptr<const SfSchema> SfPackages::buildSchema() const
{
    auto schema = std::make_shared<SfSchema>();
    schema->addStandardObjects();
    for (const Install &i : m_installs) {
        if (!i.visibleToUser()) {
            continue;
        }
        if (auto def = PackageDefinition::builtIn(i.variant)) {
            schema->addPackage(*def, i.omitFields);
        }
    }
    return schema;
}

QJsonObject SfPackages::toJson() const
{
    QJsonArray installed;
    for (const Install &i : m_installs) {
        installed.append(i.toJson());
    }
    QJsonArray available;
    for (const QString &name : PackageDefinition::builtInNames()) {
        if (auto def = PackageDefinition::builtIn(name)) {
            available.append(QJsonObject{
                {QStringLiteral("variant"), name},
                {QStringLiteral("label"), def->label()},
                {QStringLiteral("package_version_id"), def->packageVersionId()},
                {QStringLiteral("install_path"),
                 QString(QStringLiteral("/packaging/installPackage.apexp?p0=") + def->packageVersionId())}});
        }
    }
    return QJsonObject{{QStringLiteral("installed"), installed}, {QStringLiteral("available"), available}};
}

SandboxResponse SfPackages::page(const SandboxRequest &request, const InstallHandler &doInstall) const
{
    const QHash<QString, QStringList> form =
        request.method == "POST" ? parseForm(request.body) : QHash<QString, QStringList>();
    QString p0 = request.query.queryItemValue(QStringLiteral("p0"), QUrl::FullyDecoded);
    if (p0.isEmpty()) {
        p0 = form.value(QStringLiteral("p0")).value(0);
    }
    const auto def = variantFor(p0);
    if (!def) {
        return htmlPage(
            404, QStringLiteral("Package not available"),
            QStringLiteral("<p>This app or package version (%1) is not available. Check the install "
                           "link.</p>")
                .arg(html(p0)));
    }
    if (request.method == "POST") {
        Install install;
        install.variant = def->name();
        install.access = form.value(QStringLiteral("access")).value(0, QStringLiteral("admins"));
        install.profiles = form.value(QStringLiteral("profile"));
        QString error;
        if (!doInstall(install, &error)) {
            return htmlPage(400, QStringLiteral("Installation failed"),
                            QStringLiteral("<p>%1</p>").arg(html(error)));
        }
        return htmlPage(200, QStringLiteral("Installation Complete!"),
                        QStringLiteral("<p id=\"result\">%1 %2 is installed for %3.</p>"
                                       "<p>Return to NomeSync and link Salesforce.</p>")
                            .arg(html(def->label()), html(def->version()),
                                 html(install.access == QLatin1String("all") ? QStringLiteral("all users")
                                      : install.access == QLatin1String("admins")
                                          ? QStringLiteral("admins only")
                                          : QString(QStringLiteral("specific profiles: ") +
                                                    install.profiles.join(QStringLiteral(", "))))));
    }
    const bool installed = isInstalled(def->name());
    QString objects;
    for (const PackageObject &o : def->objects()) {
        objects += QStringLiteral("<li>%1 (%2)</li>").arg(html(o.label), html(o.name));
    }
    const QString body =
        QStringLiteral(
            "<p>Package: <b>%1</b>, version %2 (%3)%4</p>"
            "<form method=\"post\" action=\"/packaging/installPackage.apexp?p0=%3\">"
            "<input type=\"hidden\" name=\"p0\" value=\"%3\">"
            "<fieldset><legend>Install for</legend>"
            "<label><input type=\"radio\" name=\"access\" value=\"admins\" checked> Install for Admins "
            "Only</label><br>"
            "<label><input type=\"radio\" name=\"access\" value=\"all\"> Install for All Users</label><br>"
            "<label><input type=\"radio\" name=\"access\" value=\"profiles\"> Install for Specific "
            "Profiles...</label>"
            "<div><label><input type=\"checkbox\" name=\"profile\" value=\"System Administrator\"> System "
            "Administrator</label> "
            "<label><input type=\"checkbox\" name=\"profile\" value=\"Standard User\"> Standard User</label> "
            "<label><input type=\"checkbox\" name=\"profile\" value=\"Sales User\"> Sales User</label></div>"
            "</fieldset><p><button type=\"submit\">Install</button></p></form>"
            "<h2>Components</h2><ul>%5</ul>")
            .arg(html(def->label()), html(def->version()), html(def->packageVersionId()),
                 installed ? QStringLiteral(" &mdash; <b id=\"installed\">already installed</b>") : QString(),
                 objects);
    return htmlPage(200, QStringLiteral("Install %1").arg(def->label()), body);
}
