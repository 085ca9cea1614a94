#!/usr/bin/env bash
# scripts/screenshot.sh OUT.png DELAY_SECONDS -- command [args...]
# Runs a command on a private 1280x800 X server and saves a screenshot of the whole screen.
set -euo pipefail
out=$1; delay=$2; shift 2
[ "${1:-}" = "--" ] && shift
xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" bash -c '
    "$@" &
    pid=$!
    sleep '"$delay"'
    import -window root "'"$out"'"
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
' _ "$@"
