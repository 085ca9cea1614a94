#include "wizard/PackageChecklistModel.h"

#include "package/PackageDefinition.h"

#include <QFont>

using Line = SalesforcePackageCheck::Line;

PackageChecklistModel::PackageChecklistModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_ok(QStringLiteral(":/icons/state-ok.svg"))
    , m_failed(QStringLiteral(":/icons/state-failed.svg"))
{}

void PackageChecklistModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void PackageChecklistModel::setFindings(const WorkspaceSetup::OrgFindings &findings)
{
    beginResetModel();
    m_rows.clear();
    const std::optional<PackageDefinition> def = PackageDefinition::builtIn(findings.variant);

    // Org-wide lines, so the admin sees the summary before 150 details.
    Row api;
    api.heading = true;
    api.ok = !findings.apiVersion.isEmpty();
    api.text = findings.newestApiVersion.isEmpty() || findings.newestApiVersion == findings.apiVersion
                   ? tr("API version %1 is supported by the org.").arg(findings.apiVersion)
                   : tr("API version %1 is supported by the org (its newest is %2).")
                         .arg(findings.apiVersion, findings.newestApiVersion);
    m_rows.append(api);

    int objects = 0;
    int accessible = 0;
    int externalIds = 0;
    QStringList badExternalIds;
    QStringList noAccess;
    for (const Line &line : findings.lines) {
        const PackageObject *object = def ? def->object(line.object) : nullptr;
        if (line.field.isEmpty()) {
            ++objects;
            if (line.status == Line::Status::Ok) {
                ++accessible;
            } else {
                noAccess.append(object ? object->label : line.object);
            }
        } else if (object && line.field == object->externalIdField) {
            if (line.status == Line::Status::Ok) {
                ++externalIds;
            } else {
                badExternalIds.append(line.field);
            }
        }
    }
    Row ids;
    ids.heading = true;
    ids.ok = badExternalIds.isEmpty() && objects > 0;
    ids.text =
        ids.ok ? tr("External IDs: all %1 in place, so records are upserted, never duplicated.").arg(objects)
               : tr("External IDs: %1 of %2 in place; missing or not an external ID: %3.")
                     .arg(externalIds)
                     .arg(objects)
                     .arg(badExternalIds.join(QStringLiteral(", ")));
    m_rows.append(ids);
    Row access;
    access.heading = true;
    access.ok = noAccess.isEmpty() && objects > 0;
    access.text = access.ok
                      ? tr("Access: the signed-in user can create and edit all %1 objects.").arg(objects)
                      : tr("Access: the signed-in user cannot create or edit %1.")
                            .arg(noAccess.join(QStringLiteral(", ")));
    m_rows.append(access);

    for (const Line &line : findings.lines) {
        Row row;
        row.object = line.object;
        row.field = line.field;
        row.ok = line.status == Line::Status::Ok;
        row.heading = line.field.isEmpty();
        row.indent = line.field.isEmpty() ? 0 : 1;
        row.text = line.message;
        m_rows.append(row);
    }
    endResetModel();
}

int PackageChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PackageChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.text;
    case Qt::DecorationRole:
        return row.ok ? m_ok : m_failed;
    case Qt::FontRole:
        if (row.heading) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return row.ok ? tr("in place") : tr("problem");
    case OkRole:
        return row.ok;
    case IndentRole:
        return row.indent;
    case ObjectRole:
        return row.object;
    case FieldRole:
        return row.field;
    default:
        return {};
    }
}

int PackageChecklistModel::problemCount() const
{
    int count = 0;
    for (const Row &row : m_rows) {
        // The org-wide lines repeat what object and field lines say.
        if (!row.ok && !row.object.isEmpty()) {
            ++count;
        }
    }
    return count;
}

bool PackageChecklistModel::packageMissing() const
{
    bool anyObject = false;
    for (const Row &row : m_rows) {
        if (!row.object.isEmpty() && row.field.isEmpty()) {
            anyObject = true;
            if (row.ok) {
                return false;
            }
        }
    }
    return anyObject;
}

QStringList PackageChecklistModel::problems(int max) const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (!row.ok && !row.object.isEmpty() && out.size() < max) {
            out.append(row.text);
        }
    }
    return out;
}
