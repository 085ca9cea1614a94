#pragma once

#include <QString>
#include <QStringList>

// The world both sandbox halves agree on, derived only from (customers, seed): the
// Salesforce Account records the org is seeded with, and which Metronome customer is
// linked to which account. Customer i is modelled on account i; about 60 % are linked,
// the rest are orphans, many of which still have a look-alike account (for link suggestions).
class SeedWorld
{
public:
    SeedWorld(int customers, quint64 seed);

    int customerCount() const { return m_customers; }
    quint64 seed() const { return m_seed; }

    int accountCount() const;
    QString accountId(int index) const;   // valid 18-character Account ID (prefix 001)
    QString accountName(int index) const; // "Northwind Analytics, Inc."
    QString accountWebsite(int index) const;

    // The Metronome customer modelled on account `index`: a name an admin would recognise
    // as the same company, written differently ("Northwind Analytics").
    QString customerName(int index) const;
    // Index of the account customer `index` is linked to, or -1 for an orphan.
    int linkedAccount(int index) const;

    // Company name stem for `index`, without legal suffix.
    QString companyStem(int index) const;

private:
    quint64 mix(quint64 value) const;

    int m_customers;
    quint64 m_seed;
};
