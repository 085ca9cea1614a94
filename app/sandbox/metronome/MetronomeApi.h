#pragma once

#include "common/SandboxExchange.h"
#include "metronome/MetronomeBillingApi.h"
#include "metronome/MetronomeRender.h"
#include "metronome/MetronomeUsageApi.h"

class MetronomeWorld;
class MetronomeArgs;

// The Metronome REST API of the sandbox: routes each call (after authentication) to its
// handler. Customers and the account-wide catalog are answered here; contracts, invoices,
// plans and grants by MetronomeBillingApi; usage by MetronomeUsageApi.
class MetronomeApi
{
public:
    explicit MetronomeApi(MetronomeWorld &world);

    SandboxResponse handle(const SandboxRequest &request, bool readOnlyToken);
    // The path with ids replaced by placeholders, for the call log.
    static QString routeOf(const QString &path);

private:
    SandboxResponse listCustomers(const SandboxRequest &request);
    SandboxResponse getCustomer(const QString &id);
    SandboxResponse createCustomer(const SandboxRequest &request);
    SandboxResponse archiveCustomer(const SandboxRequest &request);
    SandboxResponse updateConfig(const SandboxRequest &request, const QString &id);
    SandboxResponse setIngestAliases(const SandboxRequest &request, const QString &id);
    SandboxResponse setName(const SandboxRequest &request, const QString &id);

    SandboxResponse listCreditTypes(const SandboxRequest &request);
    SandboxResponse listBillableMetrics(const SandboxRequest &request);
    SandboxResponse getBillableMetric(const QString &id);
    SandboxResponse listProducts(const SandboxRequest &request);
    SandboxResponse getProduct(const SandboxRequest &request);
    SandboxResponse listRateCards(const SandboxRequest &request);
    SandboxResponse getRateCard(const SandboxRequest &request);
    SandboxResponse listPlans(const SandboxRequest &request);
    SandboxResponse getPlanDetail(const QString &id);

    // Offset paging over a fixed list; `items(i)` renders item i of `indices`.
    SandboxResponse offsetPage(MetronomeArgs &query, const QString &scope, const QList<int> &indices,
                               const std::function<QJsonObject(int)> &render);

    MetronomeWorld &m_world;
    MetronomeRender m_render;
    MetronomeBillingApi m_billing;
    MetronomeUsageApi m_usage;
};
