#pragma once

#include "setup/WorkspaceSetup.h"

#include <QAbstractListModel>
#include <QIcon>

// The Salesforce checklist of step 3 as a list: first the org-wide lines (API version, external
// IDs, create/edit access), then one line per package object and one per field, each green or
// red with the reason. Field lines are marked for indenting (IndentRole).
class PackageChecklistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        OkRole = Qt::UserRole, // bool
        IndentRole,            // int: 0 for org-wide and object lines, 1 for fields
        ObjectRole,
        FieldRole,
    };

    explicit PackageChecklistModel(QObject *parent = nullptr);

    void setFindings(const WorkspaceSetup::OrgFindings &findings);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int problemCount() const;
    // No object of the package is usable: it is not installed, or not for this user.
    bool packageMissing() const;
    // The first lines that are not ok, in words (for the explanation above the list).
    QStringList problems(int max) const;

private:
    struct Row
    {
        QString text;
        QString object;
        QString field;
        bool ok = true;
        bool heading = false; // org-wide or object line (bold)
        int indent = 0;
    };

    QList<Row> m_rows;
    QIcon m_ok;
    QIcon m_failed;
};
