#include "metronome/MetronomeCreditGrant.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

namespace {
MetronomeMoney readMoney(MetronomeJsonReader &parent, const char *key)
{
    MetronomeJsonReader r = parent.object(key);
    if (!parent.has(key)) {
        parent.fail(QLatin1String(key), MetronomeJsonReader::tr("missing"));
        return {};
    }
    MetronomeMoney money;
    money.amount = r.requiredDecimal("amount");
    money.creditType = r.nested<MetronomeCreditType>("credit_type").value_or(MetronomeCreditType::usdCents());
    parent.adopt(r);
    return money;
}

struct ProductRef
{
    QString id;
    static std::optional<ProductRef> fromJson(const QJsonValue &json, QString *error, const QString &path)
    {
        MetronomeJsonReader r(json, path);
        ProductRef ref{r.requiredString("id")};
        return r.result(std::move(ref), error);
    }
};
} // namespace

std::optional<MetronomeCreditGrant> MetronomeCreditGrant::fromJson(const QJsonValue &json, QString *error,
                                                                   const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"credit_grant"_s : path);
    MetronomeCreditGrant g;
    g.id = r.requiredString("id");
    g.customerId = r.requiredString("customer_id");
    g.name = r.string("name");
    g.reason = r.string("reason");
    g.priority = r.number("priority");
    g.effectiveAt = r.requiredTimestamp("effective_at");
    g.expiresAt = r.timestamp("expires_at");
    g.grantAmount = readMoney(r, "grant_amount");
    g.paidAmount = readMoney(r, "paid_amount");
    MetronomeJsonReader balance = r.object("balance");
    g.balanceEffectiveAt = balance.timestamp("effective_at");
    g.balanceExcludingPending = balance.decimal("excluding_pending").value_or(Decimal());
    g.balanceIncludingPending = balance.decimal("including_pending").value_or(Decimal());
    r.adopt(balance);
    const QList<ProductRef> products = r.list<ProductRef>("products");
    for (const ProductRef &p : products) {
        g.productIds.append(p.id);
    }
    g.creditGrantType = r.string("credit_grant_type");
    g.invoiceId = r.string("invoice_id");
    g.customFields = r.stringMap("custom_fields");
    return r.result(std::move(g), error);
}
