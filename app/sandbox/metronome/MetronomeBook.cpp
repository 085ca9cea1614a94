#include "metronome/MetronomeBook.h"

#include "metronome/MetronomeCatalog.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

qint64 day(const QJsonObject &o, const QString &key)
{
    return static_cast<qint64>(o.value(key).toDouble());
}

} // namespace

qint64 MetronomeBook::openEnd(qint64 end)
{
    return end > 0 ? end : std::numeric_limits<qint64>::max() / 4;
}

QJsonObject MetronomeBook::toJson() const
{
    QJsonArray contractArray;
    for (const Contract &c : contracts) {
        QJsonArray commitmentArray;
        for (const Commitment &m : c.commitments) {
            commitmentArray.append(QJsonObject{
                {u"id"_s, m.id},
                {u"type"_s, m.type},
                {u"name"_s, m.name},
                {u"description"_s, m.description},
                {u"priority"_s, m.priority},
                {u"product"_s, m.product},
                {u"amount"_s, m.amountCents},
                {u"access_start"_s, m.accessStart},
                {u"access_end"_s, m.accessEnd},
                {u"access_item"_s, m.accessItemId},
                {u"invoice_amount"_s, m.invoiceAmountCents},
                {u"invoice_day"_s, m.invoiceDay},
                {u"invoice_item"_s, m.invoiceItemId},
                {u"invoice_id"_s, m.invoiceId},
                {u"created"_s, m.createdDay},
            });
        }
        contractArray.append(QJsonObject{
            {u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"rate_card"_s, c.rateCard},
            {u"start"_s, c.start},
            {u"end"_s, c.end},
            {u"terms"_s, c.netPaymentTermsDays},
            {u"opportunity"_s, c.salesforceOpportunityId},
            {u"commitments"_s, commitmentArray},
            {u"created"_s, c.createdDay},
        });
    }
    QJsonArray planArray;
    for (const CustomerPlan &p : plans) {
        planArray.append(
            QJsonObject{{u"id"_s, p.id}, {u"plan"_s, p.plan}, {u"start"_s, p.start}, {u"end"_s, p.end}});
    }
    QJsonArray grantArray;
    for (const Grant &g : grants) {
        grantArray.append(QJsonObject{
            {u"id"_s, g.id},
            {u"name"_s, g.name},
            {u"reason"_s, g.reason},
            {u"credit_type"_s, g.creditType},
            {u"amount"_s, g.amount},
            {u"paid"_s, g.paidCents},
            {u"priority"_s, g.priority},
            {u"effective"_s, g.effective},
            {u"expires"_s, g.expires},
        });
    }
    return QJsonObject{{u"contracts"_s, contractArray},
                       {u"plans"_s, planArray},
                       {u"grants"_s, grantArray},
                       {u"usage"_s, hasUsage}};
}

MetronomeBook MetronomeBook::fromJson(const QJsonObject &json)
{
    MetronomeBook book;
    book.hasUsage = json.value(u"usage"_s).toBool(true);
    const QJsonArray contractArray = json.value(u"contracts"_s).toArray();
    for (const QJsonValue &cv : contractArray) {
        const QJsonObject o = cv.toObject();
        Contract c;
        c.id = o.value(u"id"_s).toString();
        c.name = o.value(u"name"_s).toString();
        c.rateCard = o.value(u"rate_card"_s).toInt();
        c.start = day(o, u"start"_s);
        c.end = day(o, u"end"_s);
        c.netPaymentTermsDays = o.value(u"terms"_s).toInt(30);
        c.salesforceOpportunityId = o.value(u"opportunity"_s).toString();
        c.createdDay = day(o, u"created"_s);
        const QJsonArray commitmentArray = o.value(u"commitments"_s).toArray();
        for (const QJsonValue &mv : commitmentArray) {
            const QJsonObject m = mv.toObject();
            Commitment x;
            x.id = m.value(u"id"_s).toString();
            x.type = m.value(u"type"_s).toString();
            x.name = m.value(u"name"_s).toString();
            x.description = m.value(u"description"_s).toString();
            x.priority = m.value(u"priority"_s).toInt(1);
            x.product = m.value(u"product"_s).toInt();
            x.amountCents = day(m, u"amount"_s);
            x.accessStart = day(m, u"access_start"_s);
            x.accessEnd = day(m, u"access_end"_s);
            x.accessItemId = m.value(u"access_item"_s).toString();
            x.invoiceAmountCents = day(m, u"invoice_amount"_s);
            x.invoiceDay = day(m, u"invoice_day"_s);
            x.invoiceItemId = m.value(u"invoice_item"_s).toString();
            x.invoiceId = m.value(u"invoice_id"_s).toString();
            x.createdDay = day(m, u"created"_s);
            c.commitments.append(x);
        }
        book.contracts.append(c);
    }
    const QJsonArray planArray = json.value(u"plans"_s).toArray();
    for (const QJsonValue &pv : planArray) {
        const QJsonObject o = pv.toObject();
        book.plans.append(CustomerPlan{o.value(u"id"_s).toString(), o.value(u"plan"_s).toInt(),
                                       day(o, u"start"_s), day(o, u"end"_s)});
    }
    const QJsonArray grantArray = json.value(u"grants"_s).toArray();
    for (const QJsonValue &gv : grantArray) {
        const QJsonObject o = gv.toObject();
        Grant g;
        g.id = o.value(u"id"_s).toString();
        g.name = o.value(u"name"_s).toString();
        g.reason = o.value(u"reason"_s).toString();
        g.creditType = o.value(u"credit_type"_s).toInt();
        g.amount = day(o, u"amount"_s);
        g.paidCents = day(o, u"paid"_s);
        g.priority = o.value(u"priority"_s).toInt(1);
        g.effective = day(o, u"effective"_s);
        g.expires = day(o, u"expires"_s);
        book.grants.append(g);
    }
    return book;
}

QList<MetronomeBook::Segment> MetronomeBook::segments(const MetronomeCatalog &catalog) const
{
    QList<Segment> out;
    for (int i = 0; i < contracts.size(); ++i) {
        const Contract &c = contracts.at(i);
        out.append(Segment{true, i, c.start, c.end, catalog.rateCards().at(c.rateCard).pricePercent});
    }
    for (int i = 0; i < plans.size(); ++i) {
        const CustomerPlan &p = plans.at(i);
        out.append(Segment{false, i, p.start, p.end, catalog.plans().at(p.plan).pricePercent});
    }
    std::sort(out.begin(), out.end(), [](const Segment &a, const Segment &b) { return a.start < b.start; });
    return out;
}
