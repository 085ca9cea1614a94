#pragma once

#include <QJsonObject>
#include <QStringList>

// Faults a sandbox server injects, set at start (flags) or at run time (admin endpoint).
// Rates are fractions 0..1 drawn from a seeded generator, so a run can be repeated.
struct FaultConfig
{
    int latencyMs = 0;      // added to every answer
    int jitterMs = 0;       // plus a uniform 0..jitterMs
    double spikeRate = 0.0; // fraction of calls that get spikeMs extra
    int spikeMs = 2000;
    double serverErrorRate = 0.0; // 5xx (500/502/503 in turn)
    double rateLimitRate = 0.0;   // 429
    double retryAfterShare = 0.5; // share of 429s that carry Retry-After
    int retryAfterSeconds = 1;
    QStringList malformedPaths; // substrings of paths that answer truncated JSON
    QStringList hangPaths;      // substrings of paths that never answer
    double hangRate = 0.0;      // fraction of any call that never answers
    // Deterministic: the next N calls whose path contains failPath answer failStatus.
    QString failPath;
    int failCount = 0;
    int failStatus = 503;
    quint64 seed = 1;

    QJsonObject toJson() const;
    // Applies the keys present in `json`; others stay as they are.
    void merge(const QJsonObject &json);
};
