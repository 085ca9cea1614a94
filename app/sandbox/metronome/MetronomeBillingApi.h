#pragma once

#include "common/SandboxExchange.h"
#include "metronome/MetronomeRender.h"

class MetronomeWorld;

// Contracts (v2), commits and credits lists, invoices, customer plans and credit grants.
class MetronomeBillingApi
{
public:
    explicit MetronomeBillingApi(MetronomeWorld &world);

    SandboxResponse listContracts(const SandboxRequest &request);
    SandboxResponse getContract(const SandboxRequest &request);
    SandboxResponse listCommitments(const SandboxRequest &request, bool credits);
    SandboxResponse listInvoices(const SandboxRequest &request, const QString &customerId);
    SandboxResponse getInvoice(const SandboxRequest &request, const QString &customerId,
                               const QString &invoiceId);
    SandboxResponse listCustomerPlans(const SandboxRequest &request, const QString &customerId);
    SandboxResponse listCreditGrants(const SandboxRequest &request);

private:
    MetronomeWorld &m_world;
    MetronomeRender m_render;
};
