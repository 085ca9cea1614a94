#pragma once

#include <QAbstractListModel>

class WorkspaceDatabase;

// The failures of a run grouped by status code, largest group first, each with the title
// and one-line hint of ErrorHints; the first row stands for "every code".
class FailureGroupModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // empty for the "all" row
        CountRole,
        TitleRole,
        HintRole,
        IsAllRole,
    };

    explicit FailureGroupModel(QObject *parent = nullptr);

    void setDatabase(const WorkspaceDatabase *database) { m_database = database; }
    void setQuery(qint64 runId, const QString &object = QString());
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &code) const;
    qint64 totalCount() const { return m_total; }

private:
    struct Group
    {
        QString code;
        qint64 count = 0;
        QString title;
        QString hint;
    };

    const WorkspaceDatabase *m_database = nullptr;
    QList<Group> m_groups;
    qint64 m_total = 0;
};
