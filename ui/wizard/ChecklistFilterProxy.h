#pragma once

#include <QSortFilterProxyModel>

// "Show problems only" for the checklist: the red lines, each field under its object's line
// (green or not), so a missing field never appears without saying where it belongs.
class ChecklistFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};
