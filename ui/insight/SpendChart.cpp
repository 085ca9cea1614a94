#include "insight/SpendChart.h"

#include "insight/InsightChartFrame.h"
#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

const QColor kUsage(0x25, 0x63, 0xeb);
const QColor kOther(0x93, 0xc5, 0xfd);
const QColor kDraft(0xea, 0x58, 0x0c);
const QColor kCharges(0x4b, 0x55, 0x63);

} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frame = new InsightChartFrame(tr("Monthly spend"), this);
    m_frame->view()->setObjectName(QStringLiteral("spendChart"));
    m_frame->view()->setAccessibleName(tr("Monthly spend chart"));
    m_purchases = new QCheckBox(tr("Include commit &purchases"), m_frame);
    m_purchases->setObjectName(QStringLiteral("spendPurchases"));
    m_frame->controls()->addWidget(m_purchases);
    layout->addWidget(m_frame);
    connect(m_purchases, &QCheckBox::toggled, this, [this]() { rebuild(); });
}

QChart *SpendChart::chart() const
{
    return m_frame->chart();
}

void SpendChart::setInsight(const CustomerInsight &insight)
{
    const bool sameCustomer = insight.customerId == m_insight.customerId && !m_insight.customerId.isEmpty();
    m_insight = insight;
    double otherPeak = 0;
    double restPeak = 0;
    for (const CustomerInsight::SpendMonth &m : insight.spend) {
        otherPeak = std::max(otherPeak, m.other.toDouble());
        restPeak = std::max({restPeak, (m.usage + m.draft).toDouble(), m.usageCharges.toDouble()});
    }
    m_purchases->setVisible(otherPeak > 0);
    if (!sameCustomer) {
        QSignalBlocker block(m_purchases);
        m_purchases->setChecked(otherPeak <= 2 * restPeak);
    }
    rebuild();
}

void SpendChart::rebuild()
{
    m_frame->clear();
    const CustomerInsight &insight = m_insight;
    if (insight.spend.isEmpty()) {
        m_frame->showEmpty(insight.voidInvoices > 0 ? tr("Every invoice of this customer is void: no spend.")
                                                    : tr("No invoices: nothing has been billed."));
        m_frame->setFootnote(QString());
        return;
    }
    m_frame->showEmpty(QString());
    QChart *chart = m_frame->chart();
    const MetronomeCreditType unit = insight.spendUnit;
    auto major = [&unit](const Decimal &amount) {
        return MetronomeMoney{amount, unit}.majorUnits().toDouble();
    };
    const bool purchases = m_purchases->isChecked() || m_purchases->isHidden();

    auto *usage = new QBarSet(tr("Usage invoices"));
    usage->setObjectName(QStringLiteral("spendUsage"));
    usage->setColor(kUsage);
    usage->setBorderColor(kUsage);
    auto *other = new QBarSet(tr("Commit purchases and other invoices"));
    other->setObjectName(QStringLiteral("spendOther"));
    other->setColor(kOther);
    other->setBorderColor(kOther.darker(120));
    auto *draft = new QBarSet(tr("Current month (draft)"));
    draft->setObjectName(QStringLiteral("spendDraft"));
    draft->setBrush(QBrush(kDraft, Qt::BDiagPattern));
    draft->setPen(QPen(kDraft, 1.5));
    auto *charges = new QLineSeries;
    charges->setObjectName(QStringLiteral("spendUsageCharges"));
    charges->setName(tr("Usage charges before commits and credits"));
    QPen chargesPen(kCharges);
    chargesPen.setWidthF(1.8);
    chargesPen.setStyle(Qt::DashLine);
    charges->setPen(chargesPen);
    charges->setPointsVisible(true);

    QStringList categories;
    double top = 0;
    Decimal draftTotal;
    Decimal hidden;
    const QLocale locale;
    for (const CustomerInsight::SpendMonth &m : insight.spend) {
        // Short month names fit a third of the window; the year goes into the axis title.
        categories.append(locale.toString(m.month, QStringLiteral("MMM")));
        usage->append(major(m.usage));
        other->append(purchases ? major(m.other) : 0.0);
        hidden += purchases ? Decimal() : m.other;
        draft->append(major(m.draft));
        draftTotal += m.draft;
        charges->append(static_cast<qreal>(categories.size() - 1), major(m.usageCharges));
        top = std::max({top, major(m.usage) + (purchases ? major(m.other) : 0.0) + major(m.draft),
                        major(m.usageCharges)});
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    series->append(usage);
    series->append(other);
    series->append(draft);
    chart->addSeries(series);
    chart->addSeries(charges);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QFont labels = x->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.85); // a year of months fits a third of the window
    x->setLabelsFont(labels);
    const QDate first = insight.spend.first().month;
    const QDate last = insight.spend.last().month;
    x->setTitleText(first.year() == last.year()
                        ? tr("Billing period starts, %1").arg(first.year())
                        : tr("Billing period starts, %1 – %2")
                              .arg(locale.toString(first, QStringLiteral("MMM yyyy")),
                                   locale.toString(last, QStringLiteral("MMM yyyy"))));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Invoice totals (%1)").arg(MoneyFormat::unitLabel(unit)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    charges->attachAxis(x);
    charges->attachAxis(y);

    QList<InsightChartFrame::LegendEntry> legend;
    legend.append({usage->label(), kUsage, InsightChartFrame::LegendEntry::Mark::Box});
    bool anyOther = false;
    for (const CustomerInsight::SpendMonth &m : insight.spend) {
        anyOther = anyOther || !m.other.isZero();
    }
    if (purchases && anyOther) {
        legend.append({other->label(), kOther, InsightChartFrame::LegendEntry::Mark::Box});
    }
    legend.append({draft->label(), kDraft, InsightChartFrame::LegendEntry::Mark::HatchedBox});
    legend.append({tr("Usage charges before commits and credits"), kCharges,
                   InsightChartFrame::LegendEntry::Mark::DashedLine});
    m_frame->setLegend(legend);

    QStringList notes;
    notes.append(tr("Current draft: %1.").arg(MoneyFormat::money(MetronomeMoney{draftTotal, unit})));
    if (!hidden.isZero()) {
        notes.append(tr("Commit purchases of %1 not drawn (Include commit purchases shows them).")
                         .arg(MoneyFormat::money(MetronomeMoney{hidden, unit})));
    }
    if (insight.voidInvoices > 0) {
        notes.append(tr("%n void invoice(s) left out.", nullptr, insight.voidInvoices));
    }
    if (insight.otherUnitInvoices > 0) {
        notes.append(
            tr("%n invoice(s) in other units left out (see Invoices).", nullptr, insight.otherUnitInvoices));
    }
    m_frame->setFootnote(notes.join(QLatin1Char(' ')));
}
