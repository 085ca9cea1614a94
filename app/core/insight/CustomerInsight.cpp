#include "insight/CustomerInsight.h"

const CustomerInsight::Commitment *CustomerInsight::commitment(const QString &id) const
{
    for (const Commitment &c : commitments) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

const CustomerInsight::Invoice *CustomerInsight::invoice(const QString &id) const
{
    for (const Invoice &i : invoices) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

const CustomerInsight::Usage *CustomerInsight::usageOf(const QString &metricId) const
{
    for (const Usage &u : usage) {
        if (u.metricId == metricId) {
            return &u;
        }
    }
    return nullptr;
}

const CustomerInsight::BurnDown *CustomerInsight::burnDownOf(const QString &commitmentId) const
{
    for (const BurnDown &b : burnDown) {
        if (b.commitmentId == commitmentId) {
            return &b;
        }
    }
    return nullptr;
}

QList<const CustomerInsight::Term *> CustomerInsight::currentTerms() const
{
    QList<const Term *> out;
    for (const Term &t : terms) {
        if (t.current) {
            out.append(&t);
        }
    }
    return out;
}

bool CustomerInsight::hasContract() const
{
    for (const Term &t : terms) {
        if (!t.legacyPlan) {
            return true;
        }
    }
    return false;
}
