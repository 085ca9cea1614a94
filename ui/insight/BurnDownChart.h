#pragma once

#include "insight/CustomerInsight.h"

#include <QWidget>

class InsightChartFrame;
class QChart;
class QComboBox;
class QLabel;

// Commit and credit burn-down over the life of the contract: one line per commit, credit or
// grant of the chosen unit, from its total to its current balance (see
// CustomerInsightBuilder::burnDown for how the points are derived).
class BurnDownChart : public QWidget
{
    Q_OBJECT

public:
    explicit BurnDownChart(QWidget *parent = nullptr);

    void setInsight(const CustomerInsight &insight);
    QChart *chart() const;
    QComboBox *unitSelector() const { return m_unit; }
    InsightChartFrame *frame() const { return m_frame; }

private:
    void rebuild();

    InsightChartFrame *m_frame = nullptr;
    QLabel *m_unitLabel = nullptr;
    QComboBox *m_unit = nullptr;
    QList<CustomerInsight::BurnDown> m_lines;
    QDateTime m_asOf;
};
