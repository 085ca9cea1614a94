#!/usr/bin/env bash
# The benchmark suite in one command: installs what is missing, builds, runs every scenario
# (small, medium, large; 0 and 20 ms; jsforce baseline; Customers table) and rewrites the
# results part of BENCHMARKS.md. Pass bench_sync options to narrow it, e.g. --quick or
# --datasets medium --latencies 20.
exec "$(dirname "${BASH_SOURCE[0]}")/dev.sh" bench "$@"
