#include "insight/BurnDownChart.h"

#include "insight/CustomerInsightBuilder.h"
#include "insight/InsightChartFrame.h"
#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

BurnDownChart::BurnDownChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frame = new InsightChartFrame(tr("Commit and credit burn-down"), this);
    m_frame->view()->setObjectName(QStringLiteral("burnDownChart"));
    m_frame->view()->setAccessibleName(tr("Commit and credit burn-down chart"));
    m_unitLabel = new QLabel(tr("&Unit:"), m_frame);
    m_unit = new QComboBox(m_frame);
    m_unit->setObjectName(QStringLiteral("burnDownUnit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel->setBuddy(m_unit);
    m_frame->controls()->addWidget(m_unitLabel);
    m_frame->controls()->addWidget(m_unit);
    layout->addWidget(m_frame);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this]() { rebuild(); });
}

QChart *BurnDownChart::chart() const
{
    return m_frame->chart();
}

void BurnDownChart::setInsight(const CustomerInsight &insight)
{
    m_lines = insight.burnDown;
    m_asOf = insight.asOf;
    const QString previous = m_unit->currentData().toString();
    QStringList units;
    for (const CustomerInsight::BurnDown &b : std::as_const(m_lines)) {
        if (!units.contains(b.unit.name)) {
            units.append(b.unit.name);
        }
    }
    QSignalBlocker block(m_unit);
    m_unit->clear();
    for (const QString &unit : std::as_const(units)) {
        m_unit->addItem(MoneyFormat::unitLabel(MoneyFormat::creditType(unit)), unit);
    }
    const int keep = m_unit->findData(previous);
    m_unit->setCurrentIndex(keep >= 0 ? keep : 0);
    // Only worth a control when commitments come in more than one unit.
    m_unit->setVisible(units.size() > 1);
    m_unitLabel->setVisible(units.size() > 1);
    rebuild();
}

void BurnDownChart::rebuild()
{
    m_frame->clear();
    QChart *chart = m_frame->chart();
    const QString unitName = m_unit->currentData().toString();
    QList<const CustomerInsight::BurnDown *> lines;
    for (const CustomerInsight::BurnDown &b : std::as_const(m_lines)) {
        if (b.unit.name == unitName) {
            lines.append(&b);
        }
    }
    if (lines.isEmpty()) {
        m_frame->showEmpty(tr("No commit, credit or credit grant has been usable yet."));
        m_frame->setFootnote(QString());
        return;
    }
    m_frame->showEmpty(QString());

    QDateTime first = lines.first()->points.first().at;
    QDateTime last = m_asOf;
    double top = 0;
    QHash<int, int> perKind;
    bool unexplained = false;
    bool grants = false;
    MetronomeCreditType unit = lines.first()->unit;
    QList<InsightChartFrame::LegendEntry> legend;
    for (const CustomerInsight::BurnDown *b : std::as_const(lines)) {
        auto *series = new QLineSeries;
        series->setName(tr("%1 (%2)").arg(b->name, CustomerInsightBuilder::kindName(b->kind)));
        const int nth = perKind[static_cast<int>(b->kind)]++;
        QPen pen(InsightDisplay::kindColor(b->kind, nth));
        pen.setWidthF(2.0);
        if (b->kind == CustomerInsight::Kind::Grant) {
            // Only a grant's posted and pending balances are known: dashes join them.
            pen.setStyle(Qt::DashLine);
        }
        series->setPen(pen);
        series->setPointsVisible(true);
        legend.append({b->name, pen.color(),
                       b->kind == CustomerInsight::Kind::Grant
                           ? InsightChartFrame::LegendEntry::Mark::DashedLine
                           : InsightChartFrame::LegendEntry::Mark::Line});
        for (const CustomerInsight::BurnDownPoint &p : b->points) {
            const double value = MetronomeMoney{p.balance, b->unit}.majorUnits().toDouble();
            series->append(InsightDisplay::chartTime(p.at), value);
            top = std::max(top, value);
            first = std::min(first, p.at);
            last = std::max(last, p.at);
        }
        unexplained = unexplained || !b->unexplained.isZero();
        grants = grants || b->kind == CustomerInsight::Kind::Grant;
        chart->addSeries(series);
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(first.daysTo(last) > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setTickCount(6);
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(InsightDisplay::chartTime(first))),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(InsightDisplay::chartTime(last))));
    x->setTitleText(tr("Date (UTC)"));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Remaining (%1)").arg(MoneyFormat::unitLabel(unit)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    m_frame->setLegend(legend);

    QString note =
        grants ? tr("Contract commits and credits: month by month from the invoices' applied commit and "
                    "credit lines. Grants (dashed): only their posted and pending balances are known.")
               : tr("Month by month from the invoices' applied commit and credit lines.");
    note +=
        QLatin1Char(' ') +
        tr("Each line ends at the current balance (draft included) on %1.").arg(InsightDisplay::date(m_asOf));
    if (unexplained) {
        note +=
            QLatin1Char(' ') + tr("Some balances changed in ways the invoices do not show (manual entries, "
                                  "rollovers); the last step includes that.");
    }
    m_frame->setFootnote(note);
}
