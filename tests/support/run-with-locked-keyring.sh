#!/usr/bin/env bash
# Runs a command inside a private D-Bus session whose gnome-keyring has a "login" keyring
# that exists but is locked, the state a user is in before unlocking their keyring.
set -euo pipefail
if [ -z "${NOMESYNC_IN_LOCKED_SESSION:-}" ]; then
    export NOMESYNC_IN_LOCKED_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/nomesync-locked-XXXXXX")
trap 'pkill -f "gnome-keyring-daemon.*$scratch" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
# Create the keyring unlocked, stop the daemon, and start it again without unlocking.
eval "$(printf 'nomesync-test\n' | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
pid=$(pgrep -n -f "gnome-keyring-daemon" || true)
[ -n "$pid" ] && kill "$pid" && sleep 0.3
eval "$(gnome-keyring-daemon --components=secrets --daemonize --start 2>/dev/null)"
# The daemon returns before it owns the Secret Service name on the bus; a request sent
# earlier would make D-Bus start a second, locked daemon. Wait for ours.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
        break
    fi
    sleep 0.05
done
"$@"
