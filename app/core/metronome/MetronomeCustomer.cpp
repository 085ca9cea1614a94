#include "metronome/MetronomeCustomer.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

std::optional<MetronomeCustomer> MetronomeCustomer::fromJson(const QJsonValue &json, QString *error,
                                                             const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"customer"_s : path);
    MetronomeCustomer c;
    c.id = r.requiredString("id");
    c.name = r.requiredString("name");
    c.externalId = r.string("external_id");
    c.ingestAliases = r.stringList("ingest_aliases");
    c.customFields = r.stringMap("custom_fields");
    c.hasCustomerConfig = r.has("customer_config");
    MetronomeJsonReader config = r.object("customer_config");
    c.salesforceAccountId = config.string("salesforce_account_id");
    r.adopt(config);
    c.createdAt = r.timestamp("created_at");
    c.updatedAt = r.timestamp("updated_at");
    c.archivedAt = r.timestamp("archived_at");
    MetronomeJsonReader status = r.object("current_billable_status");
    c.billableStatus = status.string("value");
    r.adopt(status);
    return r.result(std::move(c), error);
}
