#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with a throwaway, unlocked gnome-keyring, so the
# real Secret Service code path is exercised and a developer's own keyring is never touched.
set -euo pipefail
if [ "$#" -lt 1 ]; then
    echo "usage: $0 <test executable> [args...]" >&2
    exit 2
fi
if [ -z "${NOMESYNC_IN_KEYRING_SESSION:-}" ]; then
    export NOMESYNC_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/nomesync-keyring-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export QTKEYCHAIN_BACKEND=libsecret
# A throwaway password creates and unlocks the "login" collection.
eval "$(printf 'nomesync-test\n' | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
export GNOME_KEYRING_CONTROL
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
