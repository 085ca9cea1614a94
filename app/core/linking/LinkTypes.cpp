#include "linking/LinkTypes.h"

namespace Linking {

AccountCheck AccountCheck::failed(const QString &message)
{
    AccountCheck check;
    check.problem = IdProblem::CheckFailed;
    check.message = message;
    return check;
}

AccountSearch AccountSearch::failed(const QString &message)
{
    AccountSearch search;
    search.error = message;
    return search;
}

int ReparentReport::moved() const
{
    int n = 0;
    for (const ReparentObject &o : objects) {
        n += o.moved;
    }
    return n;
}

int ReparentReport::failed() const
{
    int n = 0;
    for (const ReparentObject &o : objects) {
        n += o.failed;
    }
    return n;
}

QString ReparentReport::summary() const
{
    if (total() == 0 && error.isEmpty()) {
        return tr("No records to reparent: the customer is not in Salesforce yet, so the next sync creates "
                  "its records with the account.");
    }
    QString text;
    if (failed() == 0 && error.isEmpty()) {
        text = moved() == 1 ? tr("1 record reparented.") : tr("%1 records reparented.").arg(moved());
    } else {
        text =
            tr("%1 of %2 records reparented; the rest keep their previous account until the next sync sends "
               "them again.")
                .arg(moved())
                .arg(total());
    }
    if (!error.isEmpty()) {
        text += QLatin1Char(' ') + error;
    }
    return text;
}

QStringList ReparentReport::objectLines(const std::function<QString(const QString &)> &label) const
{
    QStringList lines;
    for (const ReparentObject &o : objects) {
        const QString name = label ? label(o.object) : o.object;
        lines.append(o.failed == 0 ? tr("%1: %2 moved").arg(name).arg(o.moved)
                                   : tr("%1: %2 moved, %3 not moved").arg(name).arg(o.moved).arg(o.failed));
    }
    return lines;
}

LinkOutcome LinkOutcome::failed(const QString &message)
{
    LinkOutcome outcome;
    outcome.ok = false;
    outcome.message = message;
    return outcome;
}

BulkPreview BulkPreview::failed(const QString &message)
{
    BulkPreview preview;
    preview.error = message;
    return preview;
}

int BulkApplyResult::applied() const
{
    int n = 0;
    for (const BulkRow &row : rows) {
        n += row.result == BulkResult::Applied ? 1 : 0;
    }
    return n;
}

int BulkApplyResult::failedCount() const
{
    int n = 0;
    for (const BulkRow &row : rows) {
        n += row.result == BulkResult::Failed ? 1 : 0;
    }
    return n;
}

BulkApplyResult BulkApplyResult::failed(const QString &message)
{
    BulkApplyResult result;
    result.error = message;
    return result;
}

SuggestionResult SuggestionResult::failed(const QString &message)
{
    SuggestionResult result;
    result.error = message;
    return result;
}

QString verdictText(BulkVerdict verdict)
{
    switch (verdict) {
    case BulkVerdict::Ok:
        return QCoreApplication::translate("Linking", "OK");
    case BulkVerdict::AlreadyLinked:
        return QCoreApplication::translate("Linking", "Already linked");
    case BulkVerdict::BadId:
        return QCoreApplication::translate("Linking", "Not a Salesforce ID");
    case BulkVerdict::BadChecksum:
        return QCoreApplication::translate("Linking", "Bad checksum");
    case BulkVerdict::NotAnAccount:
        return QCoreApplication::translate("Linking", "Not an Account ID");
    case BulkVerdict::AccountNotFound:
        return QCoreApplication::translate("Linking", "Account not found");
    case BulkVerdict::CustomerNotFound:
        return QCoreApplication::translate("Linking", "Customer not found");
    case BulkVerdict::LinkedElsewhere:
        return QCoreApplication::translate("Linking", "Already linked elsewhere");
    case BulkVerdict::Duplicate:
        return QCoreApplication::translate("Linking", "Duplicate row");
    case BulkVerdict::CheckFailed:
        return QCoreApplication::translate("Linking", "Not checked");
    }
    return QString();
}

QString resultText(BulkResult result)
{
    switch (result) {
    case BulkResult::Pending:
        return QString();
    case BulkResult::Applied:
        return QCoreApplication::translate("Linking", "Linked");
    case BulkResult::Failed:
        return QCoreApplication::translate("Linking", "Failed");
    case BulkResult::NotApplied:
        return QCoreApplication::translate("Linking", "Not applied");
    }
    return QString();
}

} // namespace Linking
