#!/usr/bin/env bash
# scripts/screenshot.sh OUT.png DELAY_SECONDS -- command [args...]
# Runs a command on a private 1280x800 X server and saves a screenshot of the whole screen.
# SCREENSHOT_WM=openbox draws window frames (for dialogs over the main window); it needs the
# openbox package and is skipped without it.
set -euo pipefail
out=$1; delay=$2; shift 2
[ "${1:-}" = "--" ] && shift
wm=${SCREENSHOT_WM:-}
if [ -n "$wm" ] && ! command -v "$wm" >/dev/null 2>&1; then
    echo "screenshot.sh: $wm is not installed; no window frames" >&2
    wm=
fi
xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" bash -c '
    if [ -n "'"$wm"'" ]; then "'"$wm"'" >/dev/null 2>&1 & sleep 1; fi
    "$@" &
    pid=$!
    sleep '"$delay"'
    import -window root "'"$out"'"
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
' _ "$@"
