#pragma once

#include "linking/CustomerEntry.h"
#include "linking/LinkTypes.h"

#include <QHash>
#include <QList>

#include <optional>

// Finds the Salesforce Account an orphan most likely belongs to, among many accounts: an
// account that already carries the customer's Metronome ID first, else the closest company
// name (CompanyNameMatcher: case, punctuation, accents and legal suffixes do not matter).
// Accounts are indexed by normalised name and by word, so a customer is compared with a
// handful of candidates, not with every account.
class SuggestionMatcher
{
public:
    static constexpr double DefaultThreshold = 0.85;

    explicit SuggestionMatcher(double threshold = DefaultThreshold);

    void addAccount(const Linking::Account &account);
    int accountCount() const { return static_cast<int>(m_accounts.size()); }
    const Linking::Account *account(const QString &id) const;

    std::optional<Linking::Suggestion> match(const CustomerEntry &customer) const;

private:
    double m_threshold;
    QList<Linking::Account> m_accounts;
    QList<QString> m_normalised;
    QHash<QString, QList<int>> m_byName;
    QHash<QString, QList<int>> m_byWord;
    QHash<QString, int> m_byMetronomeId;
    QHash<QString, int> m_byId;
};
