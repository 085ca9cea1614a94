#include "CopyableTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMap>

CopyableTableView::CopyableTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab moves focus on, as everywhere else in the window
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);

    auto *copyAction = new QAction(tr("&Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &CopyableTableView::copy);
    addAction(copyAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString CopyableTableView::selectionAsText() const
{
    if (!model() || !selectionModel()) {
        return QString();
    }
    // Visual order: rows as sorted in the view, columns as the header shows them.
    QMap<int, QMap<int, QString>> cells;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (isColumnHidden(index.column())) {
            continue;
        }
        cells[verticalHeader()->visualIndex(index.row())][horizontalHeader()->visualIndex(index.column())] =
            index.data(Qt::DisplayRole).toString();
    }
    QStringList lines;
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList values;
        for (auto column = row->cbegin(); column != row->cend(); ++column) {
            QString value = column.value();
            value.replace(QLatin1Char('\t'), QLatin1Char(' '));
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
            value.replace(QLatin1Char('\r'), QLatin1Char(' '));
            values.append(value);
        }
        lines.append(values.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void CopyableTableView::copy()
{
    const QString text = selectionAsText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void CopyableTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
