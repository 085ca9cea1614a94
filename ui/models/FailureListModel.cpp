#include "models/FailureListModel.h"

#include "sync/ErrorHints.h"
#include "sync/RowErrorStore.h"

using namespace Sync;

FailureListModel::FailureListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailureListModel::setDatabase(const WorkspaceDatabase *database)
{
    m_database = database;
    clear();
}

void FailureListModel::clear()
{
    beginResetModel();
    m_runId = 0;
    m_object.clear();
    m_code.clear();
    m_total = 0;
    m_exhausted = true;
    m_rows.clear();
    endResetModel();
}

void FailureListModel::setQuery(qint64 runId, const QString &object, const QString &statusCode)
{
    m_notifying = true;
    beginResetModel();
    m_runId = runId;
    m_object = object;
    m_code = statusCode;
    m_rows.clear();
    m_total = m_database && runId > 0 ? RowErrorStore(*m_database).count(runId, object, statusCode) : 0;
    m_exhausted = m_total == 0;
    // The first page comes with the reset, so a view has rows to show at once.
    if (!m_exhausted) {
        m_rows = readPage();
    }
    endResetModel();
    m_notifying = false;
}

QList<RowError> FailureListModel::readPage()
{
    RowErrorStore::Query query;
    query.runId = m_runId;
    query.object = m_object;
    query.statusCode = m_code;
    // Small first page for a quick first paint, then pages as large as what is loaded (up to
    // MaxPageSize): someone scrolling far gets there in fewer, still short, reads.
    query.limit = static_cast<int>(std::clamp<qsizetype>(m_rows.size(), PageSize, MaxPageSize));
    query.afterId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    QList<RowError> page = RowErrorStore(*m_database).list(query);
    if (page.size() < query.limit) {
        m_exhausted = true;
    }
    for (RowError &e : page) {
        e.payload.clear(); // can be large; read on demand
    }
    return page;
}

int FailureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FailureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FailureListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not from inside our own change notifications: a page is never inserted while those
    // who listen are still handling the previous change.
    return !parent.isValid() && m_database && !m_exhausted && !m_notifying;
}

void FailureListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<RowError> page = readPage();
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_notifying = true;
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_notifying = false;
    // Rows added by a run still writing: the total grows with them.
    m_total = std::max<qint64>(m_total, m_rows.size());
}

QString FailureListModel::payloadOf(int row) const
{
    if (!m_database || row < 0 || row >= m_rows.size()) {
        return QString();
    }
    const RowError &e = m_rows.at(row);
    RowErrorStore::Query query;
    query.runId = e.runId;
    query.afterId = e.id - 1;
    query.limit = 1;
    const QList<RowError> one = RowErrorStore(*m_database).list(query);
    return one.isEmpty() || one.first().id != e.id ? QString() : one.first().payload;
}

QVariant FailureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RowError &e = m_rows.at(index.row());
    switch (role) {
    case ErrorIdRole:
        return e.id;
    case ObjectRole:
        return e.object;
    case CodeRole:
        return e.statusCode;
    case RecordIdRole:
        return e.recordId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return m_labels.value(e.object, e.object);
        case ExternalIdColumn:
            return e.externalId;
        case OutcomeColumn:
            return e.kind == RowError::Kind::Skipped ? tr("Skipped") : tr("Failed");
        case CodeColumn:
            return e.statusCode;
        case MessageColumn:
            return e.message;
        case FieldsColumn:
            return e.fields.join(QStringLiteral(", "));
        case RecordIdColumn:
            return e.recordId;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ObjectColumn:
            return e.object;
        case CodeColumn:
            return ErrorHints::titleFor(e.statusCode);
        case MessageColumn:
            return e.message;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FailureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ExternalIdColumn:
        return tr("External ID");
    case OutcomeColumn:
        return tr("Outcome");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case FieldsColumn:
        return tr("Fields");
    case RecordIdColumn:
        return tr("Salesforce ID");
    }
    return {};
}
