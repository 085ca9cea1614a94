#include "insight/SpendChart.h"

#include "insight/InsightChartFrame.h"
#include "insight/InsightDisplay.h"
#include "insight/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frame = new InsightChartFrame(tr("Monthly spend"), this);
    m_frame->view()->setObjectName(QStringLiteral("spendChart"));
    m_frame->view()->setAccessibleName(tr("Monthly spend chart"));
    layout->addWidget(m_frame);
}

QChart *SpendChart::chart() const
{
    return m_frame->chart();
}

void SpendChart::setInsight(const CustomerInsight &insight)
{
    m_frame->clear();
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

    auto *usage = new QBarSet(tr("Usage invoices"));
    usage->setObjectName(QStringLiteral("spendUsage"));
    usage->setColor(QColor(0x25, 0x63, 0xeb));
    usage->setBorderColor(QColor(0x25, 0x63, 0xeb));
    auto *other = new QBarSet(tr("Commit purchases and other invoices"));
    other->setObjectName(QStringLiteral("spendOther"));
    other->setColor(QColor(0x93, 0xc5, 0xfd));
    other->setBorderColor(QColor(0x60, 0xa5, 0xfa));
    auto *draft = new QBarSet(tr("Current month (draft)"));
    draft->setObjectName(QStringLiteral("spendDraft"));
    draft->setBrush(QBrush(QColor(0xea, 0x58, 0x0c), Qt::BDiagPattern));
    draft->setPen(QPen(QColor(0xea, 0x58, 0x0c), 1.5));

    auto *charges = new QLineSeries;
    charges->setObjectName(QStringLiteral("spendUsageCharges"));
    charges->setName(tr("Usage charges before commits and credits"));
    QPen chargesPen(QColor(0x4b, 0x55, 0x63));
    chargesPen.setWidthF(1.8);
    chargesPen.setStyle(Qt::DashLine);
    charges->setPen(chargesPen);
    charges->setPointsVisible(true);

    QStringList categories;
    double top = 0;
    Decimal draftTotal;
    const QLocale locale;
    for (const CustomerInsight::SpendMonth &m : insight.spend) {
        categories.append(locale.toString(m.month, QStringLiteral("MMM yy")));
        usage->append(major(m.usage));
        other->append(major(m.other));
        draft->append(major(m.draft));
        draftTotal += m.draft;
        charges->append(static_cast<qreal>(categories.size() - 1), major(m.usageCharges));
        top = std::max({top, major(m.usage) + major(m.other) + major(m.draft), major(m.usageCharges)});
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
    x->setTitleText(tr("Month the billing period starts"));
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

    QStringList notes;
    notes.append(tr("Current draft: %1.").arg(MoneyFormat::money(MetronomeMoney{draftTotal, unit})));
    if (insight.voidInvoices > 0) {
        notes.append(tr("%n void invoice(s) left out.", nullptr, insight.voidInvoices));
    }
    if (insight.otherUnitInvoices > 0) {
        notes.append(
            tr("%n invoice(s) in other units left out (see Invoices).", nullptr, insight.otherUnitInvoices));
    }
    m_frame->setFootnote(notes.join(QLatin1Char(' ')));
}
