#include "metronome/MetronomeCustomerPlan.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

std::optional<MetronomeCustomerPlan> MetronomeCustomerPlan::fromJson(const QJsonValue &json, QString *error,
                                                                     const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"customer_plan"_s : path);
    MetronomeCustomerPlan p;
    p.id = r.requiredString("id");
    p.planId = r.requiredString("plan_id");
    p.planName = r.string("plan_name");
    p.planDescription = r.string("plan_description");
    p.startingOn = r.requiredTimestamp("starting_on");
    p.endingBefore = r.timestamp("ending_before");
    p.netPaymentTermsDays = r.integer("net_payment_terms_days");
    p.customFields = r.stringMap("custom_fields");
    return r.result(std::move(p), error);
}
