#include "models/FailureGroupModel.h"

#include "DisplayFormat.h"
#include "sync/ErrorHints.h"
#include "sync/RowErrorStore.h"

FailureGroupModel::FailureGroupModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void FailureGroupModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_total = 0;
    endResetModel();
}

void FailureGroupModel::setQuery(qint64 runId, const QString &object)
{
    QList<Group> groups;
    qint64 total = 0;
    if (m_database && runId > 0) {
        const RowErrorStore store(*m_database);
        const QHash<QString, qint64> counts = store.countsByCode(runId, object);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            Group g;
            g.code = it.key();
            g.count = it.value();
            g.title = ErrorHints::titleFor(g.code);
            QString message;
            if (g.code == QLatin1String("INVALID_FIELD")) {
                // Its hint depends on the message: a missing parent or a missing field.
                RowErrorStore::Query sample;
                sample.runId = runId;
                sample.object = object;
                sample.statusCode = g.code;
                sample.limit = 1;
                const QList<Sync::RowError> first = store.list(sample);
                message = first.isEmpty() ? QString() : first.first().message;
            }
            g.hint = ErrorHints::hintFor(g.code, message);
            total += g.count;
            groups.append(g);
        }
        std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
            return a.count != b.count ? a.count > b.count : a.code < b.code;
        });
    }
    beginResetModel();
    m_groups = groups;
    m_total = total;
    endResetModel();
}

int FailureGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_groups.isEmpty() ? 0 : static_cast<int>(m_groups.size()) + 1;
}

QVariant FailureGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All errors (%1)").arg(DisplayFormat::number(m_total));
        case TitleRole:
            return tr("All errors");
        case CountRole:
            return m_total;
        case HintRole:
            return tr("Every failed or skipped row of this run. Pick a group to see what usually fixes it.");
        case IsAllRole:
            return true;
        case CodeRole:
            return QString();
        default:
            return {};
        }
    }
    const Group &g = m_groups.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(g.title, DisplayFormat::number(g.count));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(g.code, g.hint);
    case CodeRole:
        return g.code;
    case CountRole:
        return g.count;
    case TitleRole:
        return g.title;
    case HintRole:
        return g.hint;
    case IsAllRole:
        return false;
    default:
        return {};
    }
}

int FailureGroupModel::rowOf(const QString &code) const
{
    if (code.isEmpty()) {
        return m_groups.isEmpty() ? -1 : 0;
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).code == code) {
            return i + 1;
        }
    }
    return -1;
}
