#include "FailureGroupDelegate.h"

#include "DisplayFormat.h"
#include "models/FailureGroupModel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kPadding = 8;

QFont smallerFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

} // namespace

void FailureGroupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.68f);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QString title = index.data(FailureGroupModel::TitleRole).toString();
    const QString count = DisplayFormat::number(index.data(FailureGroupModel::CountRole).toLongLong());
    const bool isAll = index.data(FailureGroupModel::IsAllRole).toBool();
    const QString code = isAll ? tr("every code") : index.data(FailureGroupModel::CodeRole).toString();

    painter->save();
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics boldMetrics(bold);
    const QFont small = smallerFont(option.font);
    const QFontMetrics smallMetrics(small);

    painter->setFont(bold);
    painter->setPen(text);
    const int countWidth = boldMetrics.horizontalAdvance(count);
    const QRect firstLine(area.left(), area.top(), area.width(), boldMetrics.height());
    painter->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, count);
    const QRect titleRect = firstLine.adjusted(0, 0, -(countWidth + kPadding), 0);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    painter->setFont(small);
    painter->setPen(muted);
    const QRect secondLine(area.left(), firstLine.bottom() + 2, area.width(), smallMetrics.height());
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(code, Qt::ElideRight, secondLine.width()));
    painter->restore();
}

QSize FailureGroupDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const int height =
        QFontMetrics(bold).height() + QFontMetrics(smallerFont(option.font)).height() + 2 + kPadding;
    return QSize(220, height);
}
