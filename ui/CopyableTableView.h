#pragma once

#include <QTableView>

// A table view whose Copy (Ctrl+C) puts the selected cells on the clipboard as
// tab-separated text (rows by line, in view order), ready to paste into a spreadsheet.
// Row heights are fixed so that large models never get measured row by row.
class CopyableTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CopyableTableView(QWidget *parent = nullptr);

    // The text copy() puts on the clipboard.
    QString selectionAsText() const;
    void copy();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
