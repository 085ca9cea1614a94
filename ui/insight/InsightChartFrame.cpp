#include "insight/InsightChartFrame.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

InsightChartFrame::InsightChartFrame(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("chartCard"));
    setStyleSheet(
        QStringLiteral("QFrame#chartCard { background: palette(base); border: 1px solid palette(mid); "
                       "border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    header->addWidget(heading);
    header->addStretch(1);
    m_controls = new QHBoxLayout;
    m_controls->setSpacing(6);
    header->addLayout(m_controls);
    layout->addLayout(header);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setLocalizeNumbers(true); // axis labels with the locale's digit grouping
    m_chart->legend()->hide();         // see setLegend()
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(200);
    m_view->setBackgroundBrush(palette().brush(QPalette::Base));
    m_view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->hide();
    layout->addWidget(m_legend);

    m_footnote = new QLabel(this);
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    QFont note = m_footnote->font();
    note.setPointSizeF(note.pointSizeF() * 0.9);
    m_footnote->setFont(note);
    layout->addWidget(m_footnote);
}

void InsightChartFrame::setLegend(const QList<LegendEntry> &entries)
{
    QStringList items;
    for (int i = 0; i < entries.size() && i < MaxLegendEntries; ++i) {
        const LegendEntry &e = entries.at(i);
        QString mark;
        switch (e.mark) {
        case LegendEntry::Mark::Line:
            mark = QStringLiteral("\u2501\u2501");
            break;
        case LegendEntry::Mark::DashedLine:
            mark = QStringLiteral("\u254d\u254d");
            break;
        case LegendEntry::Mark::Box:
            mark = QStringLiteral("\u25a0");
            break;
        case LegendEntry::Mark::HatchedBox:
            mark = QStringLiteral("\u25a8");
            break;
        }
        // Non-breaking inside an entry, so lines wrap between entries only.
        QString text = e.text.toHtmlEscaped();
        text.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        items.append(
            QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(e.color.name(), mark, text));
    }
    if (entries.size() > MaxLegendEntries) {
        items.append(
            tr("and %n more", nullptr, static_cast<int>(entries.size() - MaxLegendEntries)).toHtmlEscaped());
    }
    m_legend->setText(items.join(QStringLiteral(" &nbsp; ")));
    m_legend->setVisible(!items.isEmpty());
}

void InsightChartFrame::clear()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void InsightChartFrame::showEmpty(const QString &text)
{
    if (!text.isEmpty()) {
        setLegend({});
    }
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_view->setVisible(text.isEmpty());
}

void InsightChartFrame::setFootnote(const QString &text)
{
    m_footnote->setText(text);
    m_footnote->setVisible(!text.isEmpty());
}
