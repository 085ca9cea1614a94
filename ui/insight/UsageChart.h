#pragma once

#include "insight/CustomerInsight.h"

#include <QWidget>

class InsightChartFrame;
class QChart;
class QCheckBox;
class QComboBox;

// Daily usage of one billable metric (chosen with a selector); when the metric has a group key
// and the split is on, stacked areas per group value whose top edge is the day's total.
class UsageChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxGroupLines = 8; // bands; more values are summed as "Other"

    explicit UsageChart(QWidget *parent = nullptr);

    void setInsight(const CustomerInsight &insight);
    QChart *chart() const;
    QComboBox *metricSelector() const { return m_metric; }
    QCheckBox *groupToggle() const { return m_split; }
    InsightChartFrame *frame() const { return m_frame; }

private:
    void rebuild();

    InsightChartFrame *m_frame = nullptr;
    QComboBox *m_metric = nullptr;
    QCheckBox *m_split = nullptr;
    QList<CustomerInsight::Usage> m_usage;
    QDateTime m_asOf;
};
