#pragma once

#include "metronome/MetronomeBook.h"
#include "metronome/MetronomeCatalog.h"
#include "metronome/MetronomeCursor.h"
#include "metronome/MetronomeGenerator.h"
#include "metronome/MetronomeHash.h"
#include "metronome/MetronomeLedger.h"
#include "metronome/MetronomeStore.h"
#include "metronome/MetronomeUsageModel.h"

#include <QJsonObject>

#include <memory>

class SeedWorld;

// The Metronome sandbox's world: the store plus everything derived from the seed (catalog,
// usage model, generator) and the current day. Opening an empty data folder generates the
// world; opening an existing one keeps it (a different --customers/--seed is an error, so
// the Salesforce half's accounts keep matching).
class MetronomeWorld
{
public:
    MetronomeWorld(const SeedWorld &seedWorld, quint64 seed);
    ~MetronomeWorld();

    bool open(const QString &dataDir, int customers, QString *error);

    MetronomeStore &store() { return m_store; }
    const MetronomeStore &store() const { return m_store; }
    const MetronomeHash &hash() const { return m_hash; }
    const MetronomeCatalog &catalog() const { return m_catalog; }
    const MetronomeUsageModel &usage() const { return m_usage; }
    const MetronomeCursor &cursor() const { return m_cursor; }
    const MetronomeGenerator &generator() const { return m_generator; }

    // The current day and the first day of usage history. Cached; refresh() re-reads them
    // from the store (the server does so per request, since a next-day command may run
    // next to it on the same data folder).
    qint64 today() const { return m_today; }
    qint64 usageStart() const { return m_usageStart; }
    void refresh();
    QString token() const { return m_token; }
    QString readOnlyToken() const { return m_readOnlyToken; }
    qint64 generationMs() const { return m_generationMs; }

    MetronomeBook book(const MetronomeStore::Customer &customer) const;
    // The customer's invoices and balances as of today.
    std::unique_ptr<MetronomeLedger> ledger(const MetronomeStore::Customer &customer,
                                            const MetronomeBook &book) const;
    std::unique_ptr<MetronomeLedger> ledgerAt(const MetronomeStore::Customer &customer,
                                              const MetronomeBook &book, qint64 today) const;
    // Price units (1/10,000 cent) as an exact decimal text of cents, and as a JSON number.
    static QString centsText(qint64 priceUnits);
    static double cents(qint64 priceUnits);
    MetronomeLedger::Customer ledgerCustomer(const MetronomeStore::Customer &customer) const;

    // Moves the world one day on and reports what changed (see docs/metronome-sandbox.md).
    QJsonObject nextDay(QString *error);
    // Counts of everything, for tests and the conformance script.
    QJsonObject summary() const;
    // Ground truth for one customer: invoices with totals, balances, usage totals.
    QJsonObject customerTruth(const MetronomeStore::Customer &customer) const;

private:
    struct Snapshot;
    void snapshot(qint64 today, Snapshot &out) const;

    MetronomeHash m_hash;
    MetronomeCatalog m_catalog;
    MetronomeUsageModel m_usage;
    MetronomeGenerator m_generator;
    MetronomeCursor m_cursor;
    MetronomeStore m_store;
    QString m_token;
    QString m_readOnlyToken;
    qint64 m_generationMs = -1;
    qint64 m_today = 0;
    qint64 m_usageStart = 0;
};
