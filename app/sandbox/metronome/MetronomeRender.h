#pragma once

#include "metronome/MetronomeBook.h"
#include "metronome/MetronomeLedger.h"
#include "metronome/MetronomeStore.h"

#include <QJsonObject>

class MetronomeWorld;

// Turns stored and derived state into the JSON shapes of the Metronome API
// (ref/metronome-api.md §2–§6), with amounts as JSON numbers in the credit type's unit.
class MetronomeRender
{
public:
    explicit MetronomeRender(const MetronomeWorld &world);

    // Commits and credits a contract embeds before it sets has_more.
    static constexpr int EmbeddedCommitments = 10;

    QJsonObject customerDetail(const MetronomeStore::Customer &customer) const;
    QJsonObject customerShort(const MetronomeStore::Customer &customer) const;
    QJsonObject contract(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                         const MetronomeLedger &ledger, int contract, bool includeBalance) const;
    QJsonObject commitment(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                           const MetronomeLedger &ledger, int contract, int commitment,
                           bool includeBalance) const;
    QJsonObject invoice(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                        const MetronomeLedger::Invoice &invoice) const;
    QJsonObject customerPlan(const MetronomeBook &book, int plan) const;
    QJsonObject creditGrant(const MetronomeStore::Customer &customer, const MetronomeBook &book,
                            const MetronomeLedger &ledger, int grant) const;

    static QJsonValue nullable(const QString &value);

private:
    const MetronomeWorld &m_world;
};
