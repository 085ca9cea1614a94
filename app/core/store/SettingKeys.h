#pragma once

#include <QLatin1String>

// Keys of the workspace_settings table. Nothing secret is ever stored under any of them.
namespace SettingKeys {
inline constexpr QLatin1String WorkspaceId("workspace.id");
inline constexpr QLatin1String WorkspaceName("workspace.name");
inline constexpr QLatin1String Environment("workspace.environment");
inline constexpr QLatin1String CreatedAt("workspace.created_at");
inline constexpr QLatin1String MetronomeBaseUrl("metronome.base_url");
inline constexpr QLatin1String SalesforceLoginUrl("salesforce.login_url");
inline constexpr QLatin1String SalesforceInstanceUrl("salesforce.instance_url");
inline constexpr QLatin1String SalesforceClientId("salesforce.client_id");
inline constexpr QLatin1String SalesforceUsername("salesforce.username");
inline constexpr QLatin1String SalesforceOrgId("salesforce.org_id");
inline constexpr QLatin1String SalesforceApiVersion("salesforce.api_version");
inline constexpr QLatin1String PackageVariant("package.variant");
inline constexpr QLatin1String SyncScope("sync.scope");
inline constexpr QLatin1String SyncObjects("sync.objects");
inline constexpr QLatin1String SyncSchedule("sync.schedule");
inline constexpr QLatin1String SetupComplete("workspace.setup_complete");
// Tuning, rarely changed: days of daily usage read, the last usage day (empty: today, UTC;
// set for a sandbox with a fixed calendar), the Bulk API threshold, Metronome calls in flight.
inline constexpr QLatin1String UsageDays("sync.usage_days");
inline constexpr QLatin1String UsageUntil("sync.usage_until");
inline constexpr QLatin1String BulkThreshold("sync.bulk_threshold");
// Most rows per Bulk job (default 1,000,000); a job also stops at sync.bulk_job_mb of CSV.
inline constexpr QLatin1String BulkChunkRows("sync.bulk_chunk_rows");
// Megabytes of CSV per Bulk job (default 32, at most 100): bigger jobs need fewer write calls
// but hold more memory while they run.
inline constexpr QLatin1String BulkJobMegabytes("sync.bulk_job_mb");
inline constexpr QLatin1String MetronomeConcurrency("sync.metronome_concurrency");
// Rounds of resubmitting rows Salesforce reported as UNABLE_TO_LOCK_ROW (default 5).
inline constexpr QLatin1String LockRetryRounds("sync.lock_retry_rounds");
} // namespace SettingKeys
