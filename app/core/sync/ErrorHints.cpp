#include "sync/ErrorHints.h"

QString ErrorHints::titleFor(const QString &code)
{
    if (code == QLatin1String("STRING_TOO_LONG")) {
        return tr("Value too long");
    }
    if (code == QLatin1String("INVALID_FIELD")) {
        return tr("Invalid field or missing parent");
    }
    if (code == QLatin1String("DUPLICATE_VALUE") || code == QLatin1String("DUPLICATE_EXTERNAL_ID")) {
        return tr("Duplicate key");
    }
    if (code == QLatin1String("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST")) {
        return tr("Value not in picklist");
    }
    if (code == QLatin1String("REQUEST_LIMIT_EXCEEDED")) {
        return tr("API limit reached");
    }
    if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
        return tr("Record locked");
    }
    if (code.startsWith(QLatin1String("INSUFFICIENT_ACCESS"))) {
        return tr("Missing access");
    }
    if (code == QLatin1String("PARENT_FAILED")) {
        return tr("Skipped: parent failed");
    }
    if (code == QLatin1String("REQUIRED_FIELD_MISSING")) {
        return tr("Required value missing");
    }
    if (code == QLatin1String("NUMBER_OUTSIDE_VALID_RANGE")) {
        return tr("Number out of range");
    }
    if (code == QLatin1String("MALFORMED_ID") || code == QLatin1String("INVALID_CROSS_REFERENCE_KEY") ||
        code == QLatin1String("FIELD_INTEGRITY_EXCEPTION")) {
        return tr("Invalid Salesforce ID");
    }
    if (code == QLatin1String("FIELD_CUSTOM_VALIDATION_EXCEPTION")) {
        return tr("Validation rule");
    }
    if (code == QLatin1String("CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY")) {
        return tr("Automation error");
    }
    return code.isEmpty() ? tr("Unknown error") : code;
}

QString ErrorHints::hintFor(const QString &code, const QString &message)
{
    if (code == QLatin1String("STRING_TOO_LONG")) {
        return tr(
            "A value is longer than the Salesforce field allows. Shorten it in Metronome, or widen the field "
            "in Salesforce Setup.");
    }
    if (code == QLatin1String("INVALID_FIELD")) {
        if (message.contains(QLatin1String("Foreign key external ID"), Qt::CaseInsensitive)) {
            return tr("The parent record (e.g. the customer or invoice) is not in Salesforce yet. It usually "
                      "failed "
                      "itself: fix that row first, then retry.");
        }
        return tr(
            "A field is missing or not accessible in the org. Run the package check in Settings; reinstall "
            "or upgrade the package if a field is missing.");
    }
    if (code == QLatin1String("DUPLICATE_VALUE") || code == QLatin1String("DUPLICATE_EXTERNAL_ID")) {
        return tr("Another record already has this unique key (often a record created by hand or by another "
                  "environment). Delete or rename the duplicate in Salesforce, then retry.");
    }
    if (code == QLatin1String("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST")) {
        return tr(
            "The value is not one of the picklist's values. Add it to the picklist in Salesforce Setup, "
            "or update the package.");
    }
    if (code == QLatin1String("REQUEST_LIMIT_EXCEEDED")) {
        return tr("The org used up its API requests (or too many long requests ran at once). Wait for the "
                  "24-hour window to free up, then retry; the Overview page shows today's usage.");
    }
    if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
        return tr("Another process was updating the same or a parent record. NomeSync already retried; "
                  "retry the failed rows when the org is quieter.");
    }
    if (code.startsWith(QLatin1String("INSUFFICIENT_ACCESS"))) {
        return tr("The Salesforce user NomeSync signs in as cannot create or edit this object. Give it the "
                  "Metronome permission set, then retry.");
    }
    if (code == QLatin1String("PARENT_FAILED")) {
        return tr(
            "Not sent because its parent failed in the same run. Fix the parent's error; retrying sends "
            "both.");
    }
    if (code == QLatin1String("REQUIRED_FIELD_MISSING")) {
        return tr("Salesforce requires a value Metronome did not provide. Fill it in Metronome, or relax the "
                  "field in Salesforce Setup.");
    }
    if (code == QLatin1String("NUMBER_OUTSIDE_VALID_RANGE")) {
        return tr("The number has more digits than the field allows. Check the amount in Metronome.");
    }
    if (code == QLatin1String("MALFORMED_ID") || code == QLatin1String("INVALID_CROSS_REFERENCE_KEY") ||
        code == QLatin1String("FIELD_INTEGRITY_EXCEPTION")) {
        return tr(
            "A Salesforce ID is wrong, of the wrong object, or points at a deleted record - usually the "
            "Account a customer is linked to. Fix the link on the Customers page.");
    }
    if (code == QLatin1String("FIELD_CUSTOM_VALIDATION_EXCEPTION")) {
        return tr("A validation rule in the org rejected the row; the message is the rule's text. Adjust the "
                  "rule or the data, then retry.");
    }
    if (code == QLatin1String("CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY")) {
        return tr("A trigger or flow in the org failed on this row. Check the automation on the object; "
                  "consider pausing it during large syncs.");
    }
    if (code == QLatin1String("NOMESYNC_INVALID_DATE")) {
        return tr(
            "The date is outside what Salesforce can store (1700-4000). Check the record in Metronome.");
    }
    if (code == QLatin1String("NOMESYNC_NO_RESULT")) {
        return tr("Salesforce did not report on this row. Retry it.");
    }
    return tr("See the message for details; retry the row once the cause is fixed.");
}
