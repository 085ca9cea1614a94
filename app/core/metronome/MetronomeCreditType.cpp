#include "metronome/MetronomeCreditType.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

const QString MetronomeCreditType::UsdCentsId = u"2714e483-4ff1-48e4-9e25-ac732e8f24f2"_s;

MetronomeCreditType MetronomeCreditType::usdCents()
{
    return MetronomeCreditType{UsdCentsId, u"USD (cents)"_s, true};
}

bool MetronomeCreditType::isMinorCurrencyUnit() const
{
    return isUsdCents() || (isCurrency.value_or(true) && name.endsWith(QLatin1String("(cents)")));
}

std::optional<MetronomeCreditType> MetronomeCreditType::fromJson(const QJsonValue &json, QString *error,
                                                                 const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"credit_type"_s : path);
    MetronomeCreditType type;
    type.id = r.requiredString("id");
    type.name = r.string("name");
    if (r.has("is_currency")) {
        type.isCurrency = r.boolean("is_currency");
    }
    return r.result(std::move(type), error);
}
