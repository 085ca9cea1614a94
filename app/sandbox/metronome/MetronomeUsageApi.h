#pragma once

#include "common/SandboxExchange.h"

class MetronomeWorld;

// POST /v1/usage (batched, next_page in the query, server-sized pages) and
// POST /v1/usage/groups (one customer and metric, limit and next_page in the query).
// Windows are DAY or NONE; DAY bounds must be at midnight UTC. Rows exist for the days
// the customer has usage data: from the later of the history start and its creation,
// to the earlier of today and its archiving.
class MetronomeUsageApi
{
public:
    static constexpr int PageSize = 100;

    explicit MetronomeUsageApi(MetronomeWorld &world);

    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse groups(const SandboxRequest &request);

private:
    MetronomeWorld &m_world;
};
