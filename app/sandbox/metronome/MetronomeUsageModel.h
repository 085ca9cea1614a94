#pragma once

#include "metronome/MetronomeHash.h"

// Daily usage of every customer, computed rather than stored: a pure function of (seed,
// customer, metric, cell, day). Advancing "today" therefore adds a day of usage without
// writing anything, and every reader (usage API, invoices, balances) sees the same numbers.
//
// Each customer has a size (1, 3, 10 or 40), a set of regions it runs in and maybe GPU
// work; weekends are quieter. Quantities are whole numbers.
class MetronomeUsageModel
{
public:
    // What does not change from day to day, worked out once per customer.
    struct Profile
    {
        qint64 seq = 0;
        int size = 1;
        int regionMask = 1;
        bool gpu = false;
    };

    explicit MetronomeUsageModel(const MetronomeHash &hash);

    Profile profile(qint64 customerSeq) const;
    qint64 quantity(const Profile &profile, int metric, int cell, qint64 day) const;
    qint64 quantity(qint64 customerSeq, int metric, int cell, qint64 day) const;

    int sizeFactor(qint64 customerSeq) const;
    bool usesRegion(qint64 customerSeq, int region) const;
    bool usesGpu(qint64 customerSeq) const;

private:
    MetronomeHash m_hash;
};
