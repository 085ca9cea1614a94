#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "nomesync.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "nomesync.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "nomesync.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "nomesync.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetronome, "nomesync.metronome", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSalesforce, "nomesync.salesforce", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPackage, "nomesync.package", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "nomesync.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLinking, "nomesync.linking", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "nomesync.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "nomesync.sandbox", QtInfoMsg)
