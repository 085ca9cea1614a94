#pragma once

#include <QSortFilterProxyModel>

// One tab of the Syncs page: the runs that ended (Completed) or those that have not
// (Incomplete: running, queued, interrupted), as seed 000's two tabs. A run whose state
// changes moves between the tabs by itself (dynamic filtering).
class RunFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Completed,
        Incomplete
    };

    explicit RunFilterProxyModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Kind m_kind;
};
