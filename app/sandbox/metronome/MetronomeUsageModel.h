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
    explicit MetronomeUsageModel(const MetronomeHash &hash);

    qint64 quantity(qint64 customerSeq, int metric, int cell, qint64 day) const;

    int sizeFactor(qint64 customerSeq) const;
    bool usesRegion(qint64 customerSeq, int region) const;
    bool usesGpu(qint64 customerSeq) const;

private:
    MetronomeHash m_hash;
};
