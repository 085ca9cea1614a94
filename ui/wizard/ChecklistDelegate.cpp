#include "wizard/ChecklistDelegate.h"

#include "wizard/PackageChecklistModel.h"

namespace {
constexpr int kIndent = 22;
}

void ChecklistDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem indented(option);
    indented.rect.adjust(kIndent * index.data(PackageChecklistModel::IndentRole).toInt(), 0, 0, 0);
    QStyledItemDelegate::paint(painter, indented, index);
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kIndent * index.data(PackageChecklistModel::IndentRole).toInt();
    size.setHeight(std::max(size.height(), 24));
    return size;
}
