#pragma once

#include "metronome/MetronomeBook.h"
#include "metronome/MetronomeStore.h"

class MetronomeCatalog;
class MetronomeHash;
class MetronomeUsageModel;
class SeedWorld;

// Builds the deterministic world for --customers N --seed S: customer i is named and
// linked after SeedWorld's customer i, gets ingest aliases and custom fields, and one of
// these billing arrangements (by its hash):
//   10 % none (self-serve, usage but no invoices)      15 % legacy plan(s) + credit grants
//   10 % legacy plan, then a contract (migration)      65 % a contract on a rate card
// Contracts carry prepaid and postpaid commits and promotional credits sized from the
// customer's usage, so balances burn down realistically; 4 % of contracts have 30 monthly
// credits (more than a contract embeds, so has_more is set). About 3 % of customers are
// archived.
class MetronomeGenerator
{
public:
    static constexpr int HistoryDays = 90;
    // The world's first "today": fixed, so tests and screenshots repeat.
    static qint64 initialToday();
    // The day a NEW world starts on (a loaded world keeps its stored today). Default
    // 2025-05-14, so generated data is the same on every machine and every day.
    static void setInitialToday(qint64 day);

    MetronomeGenerator(const MetronomeHash &hash, const MetronomeCatalog &catalog,
                       const MetronomeUsageModel &usage, const SeedWorld &world);

    // Fills an empty store. Writes meta (today, usage start), customers, books and grants.
    bool generate(MetronomeStore &store, int customers, QString *error) const;

    // One customer with its book. `signUpDay` > 0 makes a fresh sign-up created that day
    // (next-day's new customers); otherwise the initial world's customer `seq`.
    MetronomeStore::Customer customer(qint64 seq, qint64 today, qint64 signUpDay) const;
    // Rows for the credit-grant index of a customer.
    QList<MetronomeStore::GrantRow> grantRows(const MetronomeStore::Customer &customer) const;

    static QString slug(const QString &name);

private:
    MetronomeBook::Contract contract(qint64 seq, int index, qint64 start, qint64 end, qint64 today) const;
    qint64 estimatedDailySpend(qint64 seq, int percent, qint64 fromDay) const;
    QList<MetronomeBook::Grant> grants(qint64 seq, qint64 start) const;

    const MetronomeHash &m_hash;
    const MetronomeCatalog &m_catalog;
    const MetronomeUsageModel &m_usage;
    const SeedWorld &m_world;
};
