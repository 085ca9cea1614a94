#pragma once

#include <QColor>
#include <QFrame>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;

// A titled card around one chart of the customer view: a row for its controls, the chart
// (no animations: they cost the GUI thread), a line of explanation under it, and a message in
// its place when there is nothing to draw.
class InsightChartFrame : public QFrame
{
    Q_OBJECT

public:
    // One entry of the legend under the chart. Qt's own legend cuts long names short in a
    // third of the window, so the frame draws a legend that wraps instead.
    struct LegendEntry
    {
        enum class Mark
        {
            Line,
            DashedLine,
            Box,
            HatchedBox
        };
        QString text;
        QColor color;
        Mark mark = Mark::Line;
    };
    static constexpr int MaxLegendEntries = 10;

    InsightChartFrame(const QString &title, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    QHBoxLayout *controls() const { return m_controls; }
    QLabel *footnote() const { return m_footnote; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *legend() const { return m_legend; }

    // Removes every series and axis.
    void clear();
    // Shows `text` instead of the chart (empty text: the chart).
    void showEmpty(const QString &text);
    void setFootnote(const QString &text);
    void setLegend(const QList<LegendEntry> &entries);

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QLabel *m_footnote = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_empty = nullptr;
};
