#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar in a cell from two model roles (fraction in [0, 1] or negative for
// "no bar", and the text to show), so a table of live objects needs no widget per row.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressBarDelegate(int fractionRole, int textRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
    int m_textRole;
};
