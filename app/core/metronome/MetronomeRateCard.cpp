#include "metronome/MetronomeRateCard.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

namespace {
struct Alias
{
    QString name;
    static std::optional<Alias> fromJson(const QJsonValue &json, QString *error, const QString &path)
    {
        MetronomeJsonReader r(json, path);
        Alias alias{r.requiredString("name")};
        return r.result(std::move(alias), error);
    }
};
} // namespace

std::optional<MetronomeRateCard::Conversion>
MetronomeRateCard::Conversion::fromJson(const QJsonValue &json, QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path);
    Conversion c;
    const auto type = r.nested<MetronomeCreditType>("custom_credit_type");
    if (!type && r.ok()) {
        r.fail(u"custom_credit_type"_s, MetronomeJsonReader::tr("missing"));
    }
    c.customCreditType = type.value_or(MetronomeCreditType());
    const auto rate = r.decimalString("fiat_per_custom_credit");
    if (!rate && r.ok()) {
        r.fail(u"fiat_per_custom_credit"_s, MetronomeJsonReader::tr("missing"));
    }
    c.fiatPerCustomCredit = rate.value_or(Decimal());
    return r.result(std::move(c), error);
}

std::optional<MetronomeRateCard> MetronomeRateCard::fromJson(const QJsonValue &json, QString *error,
                                                             const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"rate_card"_s : path);
    MetronomeRateCard card;
    card.id = r.requiredString("id");
    card.name = r.requiredString("name");
    card.description = r.string("description");
    card.createdAt = r.timestamp("created_at");
    card.createdBy = r.string("created_by");
    card.fiatCreditType =
        r.nested<MetronomeCreditType>("fiat_credit_type").value_or(MetronomeCreditType::usdCents());
    const QList<Alias> aliases = r.list<Alias>("aliases");
    for (const Alias &alias : aliases) {
        card.aliases.append(alias.name);
    }
    card.creditTypeConversions = r.list<Conversion>("credit_type_conversions");
    card.customFields = r.stringMap("custom_fields");
    return r.result(std::move(card), error);
}
