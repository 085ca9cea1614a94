#include "metronome/MetronomeContract.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

std::optional<MetronomeContract> MetronomeContract::fromJson(const QJsonValue &json, QString *error,
                                                             const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"contract"_s : path);
    MetronomeContract c;
    c.id = r.requiredString("id");
    c.customerId = r.requiredString("customer_id");
    c.name = r.string("name");
    c.rateCardId = r.string("rate_card_id");
    c.startingAt = r.requiredTimestamp("starting_at");
    c.endingBefore = r.timestamp("ending_before");
    MetronomeJsonReader schedule = r.object("usage_statement_schedule");
    c.usageStatementFrequency = schedule.string("frequency");
    c.billingAnchorDate = schedule.timestamp("billing_anchor_date");
    r.adopt(schedule);
    c.priority = r.number("priority");
    c.netPaymentTermsDays = r.integer("net_payment_terms_days");
    c.totalContractValue = r.decimal("total_contract_value");
    c.salesforceOpportunityId = r.string("salesforce_opportunity_id");
    c.commits = r.list<MetronomeCommit>("commits");
    c.credits = r.list<MetronomeCommit>("credits");
    MetronomeJsonReader more = r.object("has_more");
    c.hasMoreCommits = more.boolean("commits");
    c.hasMoreCredits = more.boolean("credits");
    r.adopt(more);
    c.customFields = r.stringMap("custom_fields");
    c.createdAt = r.timestamp("created_at");
    c.createdBy = r.string("created_by");
    c.archivedAt = r.timestamp("archived_at");
    return r.result(std::move(c), error);
}
