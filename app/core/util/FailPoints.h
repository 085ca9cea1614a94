#pragma once

// Deterministic crash injection for the crash-and-resume tests (RELIABILITY.md).
// NOMESYNC_FAILPOINTS="load.send:3,bulk.uploaded:1" makes the process SIGKILL itself on the
// 3rd time it reaches "load.send" (or the 1st "bulk.uploaded"). Unset, hit() costs one branch.
class FailPoints
{
public:
    static void hit(const char *name);
    static bool active();
    // The names the code reaches, in the order a sync reaches them (for the harness).
    static const char *const *names();
};
