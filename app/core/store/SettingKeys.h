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
} // namespace SettingKeys
