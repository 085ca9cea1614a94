#include "insight/UsageChart.h"

#include "insight/InsightChartFrame.h"
#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

const QList<QColor> kGroupColors = {
    QColor(0x25, 0x63, 0xeb), QColor(0xea, 0x58, 0x0c), QColor(0x05, 0x96, 0x69),
    QColor(0x7c, 0x3a, 0xed), QColor(0xdb, 0x27, 0x77), QColor(0x0e, 0x74, 0x90),
    QColor(0xca, 0x8a, 0x04), QColor(0x4b, 0x55, 0x63), QColor(0x94, 0xa3, 0xb8)};

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frame = new InsightChartFrame(tr("Daily usage"), this);
    m_frame->view()->setObjectName(QStringLiteral("usageChart"));
    m_frame->view()->setAccessibleName(tr("Daily usage chart"));
    auto *label = new QLabel(tr("&Metric:"), m_frame);
    m_metric = new QComboBox(m_frame);
    m_metric->setObjectName(QStringLiteral("usageMetric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_metric);
    m_split = new QCheckBox(m_frame);
    m_split->setObjectName(QStringLiteral("usageSplit"));
    m_split->setChecked(true);
    m_frame->controls()->addWidget(label);
    m_frame->controls()->addWidget(m_metric);
    m_frame->controls()->addWidget(m_split);
    layout->addWidget(m_frame);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this]() { rebuild(); });
    connect(m_split, &QCheckBox::toggled, this, [this]() { rebuild(); });
}

QChart *UsageChart::chart() const
{
    return m_frame->chart();
}

void UsageChart::setInsight(const CustomerInsight &insight)
{
    m_usage = insight.usage;
    m_asOf = insight.asOf;
    const QString previous = m_metric->currentData().toString();
    QSignalBlocker block(m_metric);
    m_metric->clear();
    int busiest = 0;
    double most = -1;
    for (int i = 0; i < m_usage.size(); ++i) {
        m_metric->addItem(m_usage.at(i).metricName, m_usage.at(i).metricId);
        const double total = m_usage.at(i).total.toDouble();
        if (total > most) {
            most = total;
            busiest = i;
        }
    }
    const int keep = m_metric->findData(previous);
    m_metric->setCurrentIndex(keep >= 0 ? keep : busiest);
    m_metric->setEnabled(m_metric->count() > 1);
    rebuild();
}

void UsageChart::rebuild()
{
    m_frame->clear();
    QChart *chart = m_frame->chart();
    const int index = m_metric->currentIndex();
    if (index < 0 || index >= m_usage.size()) {
        m_split->hide();
        m_frame->showEmpty(tr("No usage in the days the workspace keeps."));
        m_frame->setFootnote(QString());
        return;
    }
    const CustomerInsight::Usage &usage = m_usage.at(index);
    const bool groupable = !usage.groupKey.isEmpty() && !usage.groups.isEmpty();
    m_split->setVisible(groupable);
    m_split->setText(tr("&Split by %1").arg(usage.groupKey));
    const bool split = groupable && m_split->isChecked();
    if (usage.days.isEmpty()) {
        m_frame->showEmpty(tr("No %1 usage in the days the workspace keeps.").arg(usage.metricName));
        m_frame->setFootnote(QString());
        return;
    }
    m_frame->showEmpty(QString());

    const QDate firstDay = usage.days.firstKey();
    const QDate lastDay = usage.days.lastKey();
    double top = 0;
    QList<InsightChartFrame::LegendEntry> legend;
    // Every day of the range, so a day without usage shows as 0 instead of a jump.
    auto xOf = [](const QDate &d) { return InsightDisplay::chartTime(QDateTime(d, QTime(0, 0), Qt::UTC)); };

    if (split) {
        // Stacked areas, biggest group value at the bottom: the top edge is the day's total.
        // The tail beyond MaxGroupLines is summed as "Other" so the legend stays readable.
        QList<QPair<double, QString>> order;
        for (auto it = usage.groups.cbegin(); it != usage.groups.cend(); ++it) {
            double total = 0;
            for (const Decimal &v : it.value()) {
                total += v.toDouble();
            }
            order.append({total, it.key()});
        }
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QList<QPair<QString, QMap<QDate, Decimal>>> bands;
        QMap<QDate, Decimal> other;
        for (int i = 0; i < order.size(); ++i) {
            const QMap<QDate, Decimal> &days = usage.groups.value(order.at(i).second);
            if (i < MaxGroupLines || order.size() == MaxGroupLines + 1) {
                bands.append({order.at(i).second.isEmpty() ? tr("(none)") : order.at(i).second, days});
            } else {
                for (auto d = days.cbegin(); d != days.cend(); ++d) {
                    other[d.key()] += d.value();
                }
            }
        }
        if (!other.isEmpty()) {
            bands.append({tr("Other"), other});
        }
        QMap<QDate, double> base;
        for (int i = 0; i < bands.size(); ++i) {
            auto *lower = new QLineSeries;
            auto *upper = new QLineSeries;
            for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
                const double from = base.value(d);
                const double to = from + bands.at(i).second.value(d).toDouble();
                lower->append(xOf(d), from);
                upper->append(xOf(d), to);
                base[d] = to;
                top = std::max(top, to);
            }
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            area->setName(bands.at(i).first);
            const QColor color = i == bands.size() - 1 && !other.isEmpty()
                                     ? kGroupColors.last()
                                     : kGroupColors.at(i % kGroupColors.size());
            QColor fill = color;
            fill.setAlphaF(0.55);
            area->setBrush(fill);
            area->setPen(QPen(color.darker(115), 1.0));
            chart->addSeries(area);
            legend.append({bands.at(i).first, color, InsightChartFrame::LegendEntry::Mark::Box});
        }
    } else {
        auto *series = new QLineSeries;
        series->setName(tr("All %1").arg(usage.metricName));
        QPen pen(kGroupColors.first());
        pen.setWidthF(2.0);
        series->setPen(pen);
        for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
            const double value = usage.days.value(d).toDouble();
            series->append(xOf(d), value);
            top = std::max(top, value);
        }
        chart->addSeries(series);
    }
    m_frame->setLegend(legend);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(6);
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(
                    InsightDisplay::chartTime(QDateTime(firstDay, QTime(0, 0), Qt::UTC)))),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(
                    InsightDisplay::chartTime(QDateTime(lastDay, QTime(0, 0), Qt::UTC)))));
    x->setTitleText(tr("Day (UTC)"));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("%1 per day").arg(usage.metricName));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    // Seed 000: "What is my customer's usage in the current month?"
    const QDate asOfDay = m_asOf.toUTC().date();
    Decimal month;
    for (auto it = usage.days.cbegin(); it != usage.days.cend(); ++it) {
        if (it.key().year() == asOfDay.year() && it.key().month() == asOfDay.month() && it.key() < asOfDay) {
            month += it.value();
        }
    }
    const QLocale locale;
    m_frame->setFootnote(tr("%1 days, %2 in all; %3 so far this month. %4 of %5 usage records as synced.")
                             .arg(locale.toString(static_cast<int>(usage.days.size())),
                                  MoneyFormat::number(usage.total), MoneyFormat::number(month),
                                  locale.toString(usage.syncedRows), locale.toString(usage.rows)));
}
