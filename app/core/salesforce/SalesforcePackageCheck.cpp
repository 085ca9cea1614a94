#include "salesforce/SalesforcePackageCheck.h"

#include <QSet>

namespace {

bool typesCompatible(const QString &wanted, const QString &actual)
{
    if (wanted == actual) {
        return true;
    }
    static const QSet<QString> numbers = {QStringLiteral("double"), QStringLiteral("currency"),
                                          QStringLiteral("percent"), QStringLiteral("int"),
                                          QStringLiteral("long")};
    if (wanted == QLatin1String("double")) {
        return numbers.contains(actual);
    }
    if (wanted == QLatin1String("string")) {
        return actual == QLatin1String("textarea") || actual == QLatin1String("email") ||
               actual == QLatin1String("url") || actual == QLatin1String("phone");
    }
    return false;
}

} // namespace

QList<SalesforcePackageCheck::Line>
SalesforcePackageCheck::check(const PackageDefinition &definition, const QList<SObjectDescribe> &global,
                              const QHash<QString, SObjectDescribe> &describes)
{
    QSet<QString> present;
    for (const SObjectDescribe &o : global) {
        present.insert(o.name.toLower());
    }
    QList<Line> lines;
    for (const PackageObject &object : definition.objects()) {
        Line objectLine;
        objectLine.object = object.name;
        const auto found = describes.constFind(object.name.toLower());
        if (!present.contains(object.name.toLower()) || found == describes.constEnd()) {
            objectLine.status = Line::Status::Missing;
            objectLine.message = tr("%1 (%2) is not in the org, or this user cannot see it. Install the "
                                    "package for this user.")
                                     .arg(object.label, object.name);
            lines.append(objectLine);
            for (const PackageField &f : object.fields) {
                lines.append(Line{object.name, f.name, Line::Status::Missing,
                                  tr("%1 is missing because its object is missing.").arg(f.name)});
            }
            continue;
        }
        const SObjectDescribe &d = found.value();
        if (!d.createable || !d.updateable) {
            objectLine.status = Line::Status::Wrong;
            objectLine.message = tr("This user cannot create and edit %1 records.").arg(object.label);
        } else {
            objectLine.message = tr("%1 is installed.").arg(object.label);
        }
        lines.append(objectLine);
        for (const PackageField &f : object.fields) {
            Line line{object.name, f.name, Line::Status::Ok, QString()};
            const SObjectDescribe::Field *actual = d.field(f.name);
            if (!actual) {
                line.status = Line::Status::Missing;
                line.message = tr("Field %1 is missing from %2.").arg(f.name, object.name);
            } else if (!typesCompatible(f.type, actual->type)) {
                line.status = Line::Status::Wrong;
                line.message =
                    tr("Field %1 is of type %2; the package needs %3.").arg(f.name, actual->type, f.type);
            } else if (f.name == object.externalIdField && !actual->externalId) {
                line.status = Line::Status::Wrong;
                line.message =
                    tr("Field %1 is not an external ID, so records cannot be upserted by it.").arg(f.name);
            } else if (f.isWritable() && (!actual->createable || !actual->updateable)) {
                line.status = Line::Status::Wrong;
                line.message = tr("This user cannot write field %1.").arg(f.name);
            } else if (f.length > 0 && actual->length > 0 && actual->length < f.length && f.isText()) {
                line.status = Line::Status::Wrong;
                line.message = tr("Field %1 holds %2 characters; the package needs %3.")
                                   .arg(f.name)
                                   .arg(actual->length)
                                   .arg(f.length);
            } else {
                line.message = tr("Field %1 is in place.").arg(f.name);
            }
            lines.append(line);
        }
    }
    return lines;
}

bool SalesforcePackageCheck::allOk(const QList<Line> &lines)
{
    for (const Line &l : lines) {
        if (l.status != Line::Status::Ok) {
            return false;
        }
    }
    return !lines.isEmpty();
}

QString SalesforcePackageCheck::detectVariant(const QList<SObjectDescribe> &global,
                                              const QList<PackageDefinition> &candidates)
{
    QSet<QString> present;
    for (const SObjectDescribe &o : global) {
        present.insert(o.name.toLower());
    }
    for (const PackageDefinition &def : candidates) {
        bool all = true;
        for (const PackageObject &o : def.objects()) {
            all = all && present.contains(o.name.toLower());
        }
        if (all) {
            return def.name();
        }
    }
    return QString();
}
