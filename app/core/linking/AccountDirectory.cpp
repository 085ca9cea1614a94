#include "linking/AccountDirectory.h"

#include "linking/CompanyNameMatcher.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceId.h"
#include "salesforce/Soql.h"

#include <QJsonObject>

#include <algorithm>
#include <memory>

using namespace Linking;

namespace {

Account accountFrom(const QJsonObject &record)
{
    Account a;
    a.id = SalesforceId::parse(record.value(QStringLiteral("Id")).toString()).id18;
    a.name = record.value(QStringLiteral("Name")).toString();
    a.website = record.value(QStringLiteral("Website")).toString();
    a.metronomeCustomerId = record.value(QLatin1String(AccountDirectory::MetronomeIdField)).toString();
    return a;
}

} // namespace

AccountDirectory::AccountDirectory(SalesforceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString AccountDirectory::message(IdProblem problem, const QString &typed)
{
    switch (problem) {
    case IdProblem::None:
        return QString();
    case IdProblem::Empty:
        return SalesforceId::describe(SalesforceId::Problem::Empty, typed);
    case IdProblem::BadLength:
        return SalesforceId::describe(SalesforceId::Problem::BadLength, typed);
    case IdProblem::BadCharacters:
        return SalesforceId::describe(SalesforceId::Problem::BadCharacters, typed);
    case IdProblem::BadChecksum:
        return SalesforceId::describe(SalesforceId::Problem::BadChecksum, typed);
    case IdProblem::NotAnAccount:
        return SalesforceId::describe(SalesforceId::Problem::WrongObject, typed, tr("Account"));
    case IdProblem::NotFound:
        return tr("No Account with the ID %1 exists in this Salesforce org (it may have been deleted, or "
                  "belong to another org).")
            .arg(typed.trimmed());
    case IdProblem::CheckFailed:
        return tr("The Salesforce org could not be asked whether the account exists.");
    }
    return QString();
}

AccountCheck AccountDirectory::checkFormat(const QString &typed)
{
    AccountCheck check;
    check.typed = typed;
    const SalesforceId::Parsed parsed =
        SalesforceId::parse(typed, QString::fromLatin1(SalesforceId::AccountPrefix));
    switch (parsed.problem) {
    case SalesforceId::Problem::None:
        check.problem = IdProblem::None;
        break;
    case SalesforceId::Problem::Empty:
        check.problem = IdProblem::Empty;
        break;
    case SalesforceId::Problem::BadLength:
        check.problem = IdProblem::BadLength;
        break;
    case SalesforceId::Problem::BadCharacters:
        check.problem = IdProblem::BadCharacters;
        break;
    case SalesforceId::Problem::BadChecksum:
        check.problem = IdProblem::BadChecksum;
        break;
    case SalesforceId::Problem::WrongObject:
        check.problem = IdProblem::NotAnAccount;
        break;
    }
    if (check.problem == IdProblem::None || check.problem == IdProblem::NotAnAccount) {
        check.account.id = parsed.id18;
        check.repairedCase = parsed.repairedCase;
    }
    check.message = message(check.problem, typed);
    return check;
}

void AccountDirectory::check(const QString &typed, std::function<void(const AccountCheck &)> done)
{
    AccountCheck format = checkFormat(typed);
    if (!format.ok()) {
        done(format);
        return;
    }
    // The ID is validated and canonical, so it can be quoted as it is.
    const QString soql = QStringLiteral("SELECT Id, Name, Website FROM Account WHERE Id = %1 LIMIT 1")
                             .arg(Soql::quote(format.account.id));
    m_client->query(
        soql, this, [format, done](const SalesforceError &error, const QList<QJsonObject> &records, qint64) {
            AccountCheck check = format;
            if (error) {
                check.problem = IdProblem::CheckFailed;
                check.message = tr("Could not check the account in Salesforce: %1").arg(error.userMessage());
                done(check);
                return;
            }
            if (records.isEmpty()) {
                check.problem = IdProblem::NotFound;
                check.message = message(IdProblem::NotFound, format.account.id);
                done(check);
                return;
            }
            check.account = accountFrom(records.first());
            check.message.clear();
            done(check);
        });
}

void AccountDirectory::search(const QString &text, std::function<void(const AccountSearch &)> done)
{
    AccountSearch result;
    result.text = text;
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        done(result);
        return;
    }
    // The user's text is a literal: quotes, backslashes and control characters escaped, and the
    // LIKE wildcards % and _ too, so "50%_off" finds exactly that and nothing else.
    const QString soql =
        QStringLiteral("SELECT Id, Name, Website FROM Account WHERE Name LIKE %1 ORDER BY Name "
                       "LIMIT %2")
            .arg(Soql::quoteLike(needle, true, true))
            .arg(SearchLimit + 1);
    m_client->query(
        soql, this,
        [result, needle, done](const SalesforceError &error, const QList<QJsonObject> &records, qint64) {
            AccountSearch out = result;
            if (error) {
                out.error = tr("Could not search the accounts: %1").arg(error.userMessage());
                done(out);
                return;
            }
            for (const QJsonObject &r : records) {
                out.accounts.append(accountFrom(r));
            }
            out.truncated = out.accounts.size() > SearchLimit;
            if (out.truncated) {
                out.accounts.resize(SearchLimit);
            }
            // Exact names first, then names that start with the text, then by similarity.
            const QString lower = needle.toLower();
            auto rank = [&](const Account &a) {
                const QString name = a.name.toLower();
                if (name == lower) {
                    return 3.0;
                }
                if (name.startsWith(lower)) {
                    return 2.0 + CompanyNameMatcher::similarity(a.name, needle) / 2;
                }
                return CompanyNameMatcher::similarity(a.name, needle);
            };
            QHash<QString, double> ranks;
            for (const Account &a : std::as_const(out.accounts)) {
                ranks.insert(a.id, rank(a));
            }
            std::stable_sort(
                out.accounts.begin(), out.accounts.end(),
                [&](const Account &a, const Account &b) { return ranks.value(a.id) > ranks.value(b.id); });
            done(out);
        });
}

void AccountDirectory::fetch(const QStringList &ids,
                             std::function<void(const QString &, const QHash<QString, Account> &)> done)
{
    QStringList valid;
    for (const QString &id : ids) {
        const SalesforceId::Parsed parsed = SalesforceId::parse(id);
        if (parsed.ok() && !valid.contains(parsed.id18)) {
            valid.append(parsed.id18);
        }
    }
    fetchBatch(valid, 0, std::make_shared<QHash<QString, Account>>(), std::move(done));
}

void AccountDirectory::fetchBatch(const QStringList &ids, int from,
                                  const std::shared_ptr<QHash<QString, Account>> &found,
                                  std::function<void(const QString &, const QHash<QString, Account> &)> done)
{
    if (from >= ids.size()) {
        done(QString(), *found);
        return;
    }
    const QStringList batch = ids.mid(from, IdBatchSize);
    QString invalid;
    const QString list = Soql::idList(batch, &invalid);
    if (list.isEmpty()) {
        done(tr("\"%1\" is not a valid Salesforce ID.").arg(invalid), *found);
        return;
    }
    m_client->query(QStringLiteral("SELECT Id, Name, Website FROM Account WHERE Id IN %1").arg(list), this,
                    [this, ids, from, found, done](const SalesforceError &error,
                                                   const QList<QJsonObject> &records, qint64) {
                        if (error) {
                            done(tr("Could not read the accounts: %1").arg(error.userMessage()), *found);
                            return;
                        }
                        for (const QJsonObject &r : records) {
                            const Account a = accountFrom(r);
                            found->insert(a.id, a);
                        }
                        fetchBatch(ids, from + IdBatchSize, found, done);
                    });
}

void AccountDirectory::fetchAll(std::function<bool(const QList<Account> &)> onPage,
                                std::function<void(const QString &, bool)> done)
{
    // The legacy Metronome ID field is read only where describe shows it: a query naming a
    // field the org lacks fails as a whole (INVALID_FIELD).
    m_client->describe(
        QStringLiteral("Account"), this,
        [this, onPage, done](const SalesforceError &error, const SObjectDescribe &describe) {
            if (error) {
                done(tr("Could not describe the Account object: %1").arg(error.userMessage()), false);
                return;
            }
            const bool withId = describe.field(QLatin1String(MetronomeIdField)) != nullptr;
            const QString soql =
                withId
                    ? QStringLiteral("SELECT Id, Name, %1 FROM Account").arg(QLatin1String(MetronomeIdField))
                    : QStringLiteral("SELECT Id, Name FROM Account");
            m_client->queryPages(
                soql, this,
                [onPage](const QList<QJsonObject> &records, qint64) {
                    QList<Account> page;
                    page.reserve(records.size());
                    for (const QJsonObject &r : records) {
                        page.append(accountFrom(r));
                    }
                    return onPage(page);
                },
                [withId, done](const SalesforceError &queryError, const QList<QJsonObject> &, qint64) {
                    done(queryError ? tr("Could not read the accounts: %1").arg(queryError.userMessage())
                                    : QString(),
                         withId);
                });
        });
}
