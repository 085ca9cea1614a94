#pragma once

#include "insight/CustomerInsight.h"

#include <QWidget>

class InsightChartFrame;
class QChart;
class QCheckBox;

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
    // Commit purchases and other non-usage invoices; off by default when one such invoice
    // would flatten every usage month (a year's prepaid commit bought up front).
    QCheckBox *purchasesToggle() const { return m_purchases; }

private:
    void rebuild();

    InsightChartFrame *m_frame = nullptr;
    QCheckBox *m_purchases = nullptr;
    CustomerInsight m_insight;
};
