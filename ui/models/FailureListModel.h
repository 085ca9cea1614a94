#pragma once

#include "sync/SyncTypes.h"

#include <QAbstractTableModel>
#include <QHash>

class WorkspaceDatabase;

// The failed and skipped rows of one run, filtered by object and status code. Loads lazily:
// the total comes from a COUNT, rows arrive a page at a time through fetchMore() as the view
// scrolls (keyset paging, so the last page costs what the first does; pages grow from
// PageSize to MaxPageSize as more is loaded). Holds no payloads;
// payloadOf() reads one row's on demand.
class FailureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ObjectColumn,
        ExternalIdColumn,
        OutcomeColumn,
        MessageColumn, // before the rest: what a person reads first
        CodeColumn,
        FieldsColumn,
        RecordIdColumn,
        ColumnCount
    };
    enum Role
    {
        ErrorIdRole = Qt::UserRole + 1,
        ObjectRole,
        CodeRole,
        RecordIdRole,
    };

    static constexpr int PageSize = 500;
    static constexpr int MaxPageSize = 2000;

    explicit FailureListModel(QObject *parent = nullptr);

    void setDatabase(const WorkspaceDatabase *database);
    void setObjectLabels(const QHash<QString, QString> &labels) { m_labels = labels; }
    // Re-queries: counts the matches and loads the first page.
    void setQuery(qint64 runId, const QString &object = QString(), const QString &statusCode = QString());
    void clear();

    qint64 runId() const { return m_runId; }
    const QString &objectFilter() const { return m_object; }
    const QString &codeFilter() const { return m_code; }
    // Rows matching the filters (loaded or not).
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Sync::RowError &errorAt(int row) const { return m_rows.at(row); }
    QString payloadOf(int row) const;

private:
    QList<Sync::RowError> readPage();

    const WorkspaceDatabase *m_database = nullptr;
    qint64 m_runId = 0;
    QString m_object;
    QString m_code;
    qint64 m_total = 0;
    bool m_exhausted = true;
    bool m_notifying = false;
    QList<Sync::RowError> m_rows;
    QHash<QString, QString> m_labels;
};
