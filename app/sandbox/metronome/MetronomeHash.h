#pragma once

#include <QString>

// Deterministic hashing for the generated Metronome world: the same (seed, inputs) always
// give the same numbers and the same UUIDs, so two runs with one seed build one world.
class MetronomeHash
{
public:
    // What an id names; part of the hash so a customer and a contract never share an id.
    enum class Kind : quint64
    {
        Customer = 1,
        Contract,
        Commit,
        Credit,
        ScheduleItem,
        Invoice,
        CustomerPlan,
        CreditGrant,
        Product,
        RateCard,
        Metric,
        Plan,
        CreditType,
        Charge,
        Secret,
        Profile,
        NextDay,
    };

    explicit MetronomeHash(quint64 seed);

    quint64 seed() const { return m_seed; }
    // splitmix64 over the seed and up to four values.
    quint64 mix(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0) const;
    // A number in [0, n) drawn from the inputs.
    int pick(int n, quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0) const;
    // A version-4-shaped UUID, stable for (seed, kind, a, b, c).
    QString uuid(Kind kind, quint64 a, quint64 b = 0, quint64 c = 0) const;

    static quint64 splitmix(quint64 value);

private:
    quint64 m_seed;
};
