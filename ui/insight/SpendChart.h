#pragma once

#include "insight/CustomerInsight.h"

#include <QWidget>

class InsightChartFrame;
class QChart;

// Monthly spend: invoice totals per month across the customer's contracts and plans, stacked
// as finalized usage invoices, other finalized invoices (commit purchases, ...) and the
// current month's draft, which is drawn apart (hatched, its own colour and legend entry); a
// dashed line shows the usage charges before commits and credits paid for them.
class SpendChart : public QWidget
{
    Q_OBJECT

public:
    explicit SpendChart(QWidget *parent = nullptr);

    void setInsight(const CustomerInsight &insight);
    QChart *chart() const;
    InsightChartFrame *frame() const { return m_frame; }

private:
    InsightChartFrame *m_frame = nullptr;
};
