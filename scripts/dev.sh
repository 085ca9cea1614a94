#!/usr/bin/env bash
# The two commands of the README:
#   scripts/dev.sh app    install what is missing, build, start the local sandbox, open NomeSync
#   scripts/dev.sh test   install what is missing, build, run every test
#   scripts/dev.sh bench [bench_sync options]   the same set-up, then the benchmarks (BENCHMARKS.md)
# Both are idempotent: with everything in place they download nothing and only rebuild what changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-app}
build="$root/build"
jobs=$(nproc 2>/dev/null || echo 2)

step() { printf '\n== %s\n' "$*" >&2; }

step "System packages"
bash "$root/packaging/install-deps.sh"

if { [ "$mode" = "test" ] || [ "$mode" = "bench" ]; } && [ -f "$root/tests/conformance/package.json" ]; then
    step "Node packages for the conformance tests (pinned in package-lock.json)"
    stamp="$root/tests/conformance/node_modules/.nomesync-lock"
    if [ ! -f "$stamp" ] || ! cmp -s "$root/tests/conformance/package-lock.json" "$stamp"; then
        (cd "$root/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error)
        cp "$root/tests/conformance/package-lock.json" "$stamp"
    fi
fi

step "Configure"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset default -S "$root"
fi

step "Build"
cmake --build "$build" --parallel "$jobs"

case "$mode" in
app)
    step "Start the sandbox and open NomeSync"
    # The demo keeps everything under build/demo/: the sandbox's world and NomeSync's own data
    # folder, so sandbox workspaces never mix with real ones. Fixed ports keep a workspace made
    # in the sandbox working on the next run (free ones are used if those are taken).
    demo="$build/demo"
    info="$demo/sandbox-info.json"
    mkdir -p "$demo/sandbox" "$demo/app"
    start_sandbox() {
        rm -f "$info"
        # --today now: the generated world's dates are today's, so the demo looks current.
        "$build/bin/nomesync-sandbox" --customers 250 --seed 7 --today now --data "$demo/sandbox" \
            --port-metronome "$1" --port-salesforce "$2" --port-admin "$3" --info-file "$info" >/dev/null 2>&1 &
        sandbox_pid=$!
        for _ in $(seq 1 600); do
            [ -s "$info" ] && return 0
            kill -0 "$sandbox_pid" 2>/dev/null || return 1
            sleep 0.1
        done
        return 1
    }
    if ! start_sandbox 47810 47811 47812; then
        start_sandbox 0 0 0 || { echo "nomesync-sandbox failed to start" >&2; exit 1; }
    fi
    trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT
    "$build/bin/nomesync" --data-dir "$demo/app" --sandbox-info "$info"
    ;;
test)
    step "Run every test"
    ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 900
    ;;
bench)
    step "Benchmarks (writes BENCHMARKS.md and benchmarks.json; the analysis below <!-- analysis --> is kept)"
    shift
    cd "$root"
    "$build/bin/bench_sync" --out "$root/BENCHMARKS.md" --json "$root/benchmarks.json" "$@"
    ;;
*)
    echo "usage: $0 app|test|bench" >&2
    exit 2
    ;;
esac
