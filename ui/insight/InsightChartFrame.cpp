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
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chart->legend()->setFont(small);
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

    m_footnote = new QLabel(this);
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    QFont note = m_footnote->font();
    note.setPointSizeF(note.pointSizeF() * 0.9);
    m_footnote->setFont(note);
    layout->addWidget(m_footnote);
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
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_view->setVisible(text.isEmpty());
}

void InsightChartFrame::setFootnote(const QString &text)
{
    m_footnote->setText(text);
    m_footnote->setVisible(!text.isEmpty());
}
