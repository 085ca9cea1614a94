#include "linking/SuggestionMatcher.h"

#include "linking/CompanyNameMatcher.h"

#include <algorithm>

using namespace Linking;

namespace {

// A word shared by this many accounts says little ("analytics", "group"); compare through
// rarer words, or not at all.
constexpr int kCommonWord = 500;
constexpr int kMaxCandidates = 200;

} // namespace

SuggestionMatcher::SuggestionMatcher(double threshold)
    : m_threshold(threshold)
{}

void SuggestionMatcher::addAccount(const Account &account)
{
    const int index = static_cast<int>(m_accounts.size());
    m_accounts.append(account);
    const QString normalised = CompanyNameMatcher::normalise(account.name);
    m_normalised.append(normalised);
    m_byId.insert(account.id, index);
    if (!normalised.isEmpty()) {
        m_byName[normalised].append(index);
        const QStringList words = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            QList<int> &list = m_byWord[word];
            if (list.isEmpty() || list.constLast() != index) {
                list.append(index);
            }
        }
    }
    if (!account.metronomeCustomerId.isEmpty()) {
        m_byMetronomeId.insert(account.metronomeCustomerId, index);
    }
}

const Account *SuggestionMatcher::account(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_accounts.at(it.value());
}

std::optional<Suggestion> SuggestionMatcher::match(const CustomerEntry &customer) const
{
    Suggestion s;
    s.customerId = customer.id;
    s.customerName = customer.name;
    const auto byId = m_byMetronomeId.constFind(customer.id);
    if (byId != m_byMetronomeId.constEnd()) {
        const Account &a = m_accounts.at(byId.value());
        s.accountId = a.id;
        s.accountName = a.name;
        s.score = 1.0;
        s.reason = Suggestion::Reason::MetronomeId;
        return s;
    }
    const QString normalised = CompanyNameMatcher::normalise(customer.name);
    if (normalised.isEmpty()) {
        return std::nullopt;
    }
    const auto exact = m_byName.constFind(normalised);
    if (exact != m_byName.constEnd() && !exact->isEmpty()) {
        // Several accounts with the same name: the first one read (Salesforce's order) wins.
        const Account &a = m_accounts.at(exact->constFirst());
        s.accountId = a.id;
        s.accountName = a.name;
        s.score = CompanyNameMatcher::similarity(customer.name, a.name);
        return s;
    }
    // Candidates through the rarest word the customer's name has.
    const QStringList words = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QList<int> *rarest = nullptr;
    for (const QString &word : words) {
        const auto it = m_byWord.constFind(word);
        if (it != m_byWord.constEnd() && (!rarest || it->size() < rarest->size())) {
            rarest = &it.value();
        }
    }
    if (!rarest || rarest->size() > kCommonWord) {
        return std::nullopt;
    }
    double best = 0;
    int bestIndex = -1;
    const int limit = std::min(static_cast<int>(rarest->size()), kMaxCandidates);
    for (int i = 0; i < limit; ++i) {
        const int index = rarest->at(i);
        const QString &candidate = m_normalised.at(index);
        // Names whose lengths differ a lot cannot reach the threshold.
        const double shorter = std::min(candidate.size(), normalised.size());
        const double longer = std::max(candidate.size(), normalised.size());
        if (longer > 0 && shorter / longer < m_threshold * 0.6) {
            continue;
        }
        const double score = CompanyNameMatcher::similarity(customer.name, m_accounts.at(index).name);
        if (score > best) {
            best = score;
            bestIndex = index;
        }
    }
    if (bestIndex < 0 || best < m_threshold) {
        return std::nullopt;
    }
    const Account &a = m_accounts.at(bestIndex);
    s.accountId = a.id;
    s.accountName = a.name;
    s.score = best;
    return s;
}
