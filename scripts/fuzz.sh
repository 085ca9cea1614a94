#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for a while.
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]
# Targets: metronome_parsers salesforce_results bulk_csv bulk_link_file salesforce_id.
# Each run starts from the seed corpus (tests/fuzz/corpus/<target>) and keeps what it finds in
# build-fuzz/corpus/<target>; a crash leaves build-fuzz/crash-* and stops that target. The CI
# smoke run is test_fuzz_corpus in the normal suite. Figures of the longer runs: RELIABILITY.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(metronome_parsers salesforce_results bulk_csv bulk_link_file salesforce_id)
fi
build="$root/build-fuzz"
jobs=$(nproc 2>/dev/null || echo 2)

# clang and libclang-rt-14-dev (libFuzzer) come with the project's dependencies.
bash "$root/packaging/install-deps.sh"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset fuzz -S "$root"
fi
cmake --build "$build" --parallel "$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}")

status=0
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    echo "== $t: ${seconds}s"
    # -close_fd_mask=1: quiet stdout; findings and stats go to stderr.
    if ! (cd "$build" && "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
              -close_fd_mask=1 -timeout=10 -rss_limit_mb=2048 "$corpus" "$root/tests/fuzz/corpus/$t"); then
        echo "!! $t: finding (see build-fuzz/crash-* or leak-*)" >&2
        status=1
    fi
done
exit $status
