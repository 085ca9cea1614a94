#pragma once

#include <QStyledItemDelegate>

// Two lines per error group in the Failures page's list: the title with its row count on
// the right, then the status code in a smaller, muted font.
class FailureGroupDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
