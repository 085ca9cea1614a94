#!/usr/bin/env bash
# Installs the built .deb into a copy of a pristine Debian 12 root and proves that it works
# and goes away cleanly:
#   1. copy the pristine root (never touched itself) to a scratch root
#   2. apt-get install ./nomesync_*.deb (no recommends: Depends alone must be enough)
#   3. nomesync --version, nomesync --help, nomesync workspaces, nomesync-sandbox --help,
#      nomesync-sandbox started until it serves, the app started offscreen for a few seconds
#   4. apt-get purge + autoremove, then no file of the package and nothing else new is left
#
#   sudo packaging/check-deb.sh [DEB]   (default: the newest build/nomesync_*.deb)
#
# PRISTINE_ROOT (default /var/tmp/nomesync-fresh, made by debootstrap, e.g. by
# packaging/check-fresh-debian.sh) and CHECK_ROOT (default /var/tmp/nomesync-debcheck) can be
# set; KEEP_ROOT=1 keeps the scratch root for a look afterwards. Needs network to the Debian
# mirrors for the dependencies.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pristine=${PRISTINE_ROOT:-/var/tmp/nomesync-fresh}
root=${CHECK_ROOT:-/var/tmp/nomesync-debcheck}
deb=${1:-$(ls -t "$here"/build/nomesync_*.deb 2>/dev/null | head -n1 || true)}

[ "$(id -u)" -eq 0 ] || { echo "run as root (chroot needs it)" >&2; exit 2; }
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: cmake --build build --target package" >&2; exit 2; }
[ -x "$pristine/usr/bin/apt-get" ] || { echo "no pristine root in $pristine (debootstrap one)" >&2; exit 2; }
[ "$(realpath "$pristine")" != "$(realpath -m "$root")" ] || { echo "CHECK_ROOT must not be the pristine root" >&2; exit 2; }

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

unmount_all() {
    for m in dev/pts dev proc sys; do
        mountpoint -q "$root/$m" && umount -l "$root/$m" || true
    done
}
cleanup() {
    unmount_all
    if [ "${KEEP_ROOT:-0}" != 1 ]; then rm -rf "$root"; fi
}

step "Copy $pristine to $root"
unmount_all
rm -rf "$root"
cp -a "$pristine" "$root"
trap cleanup EXIT
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

run() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -c "$*"
}
# Every file of the root outside the places that hold state rather than installed files.
snapshot() {
    run "find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /root \
        -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/cache -o -path /var/log \
        -o -path /run -o -path /etc/ld.so.cache -o -path /etc/resolv.conf \) -prune -o -print" | sort
}

step "Snapshot of the pristine root"
run "apt-get update -qq"
snapshot > "$root.before"

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
run "apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb")" | tail -n 5
run "dpkg -s nomesync | grep -E '^(Status|Version|Depends):'"
run "dpkg -L nomesync" > "$root.files"

step "nomesync --version"
version=$(run "nomesync --version")
echo "$version"
grep -Eq '^NomeSync [0-9]+\.[0-9]+\.[0-9]+' <<<"$version" || fail "unexpected version output"

step "nomesync --help (lists the headless commands)"
help=$(run "nomesync --help")
grep -E '^\s+(sync|workspaces)\s' <<<"$help" || fail "no headless commands in --help"

step "nomesync workspaces (headless, empty data folder)"
run "nomesync workspaces; echo exit=\$?"

step "nomesync-sandbox --help"
help=$(run "nomesync-sandbox --help")
head -n 3 <<<"$help"

step "nomesync-sandbox serves"
run "nomesync-sandbox --customers 5 --seed 1 --data /tmp/sandbox --info-file /tmp/sandbox-info.json \
        >/tmp/sandbox.log 2>&1 & pid=\$!
     for i in \$(seq 1 100); do [ -s /tmp/sandbox-info.json ] && break; sleep 0.2; done
     kill \$pid; wait \$pid 2>/dev/null || true
     [ -s /tmp/sandbox-info.json ] && cat /tmp/sandbox-info.json" \
    || { cat "$root/tmp/sandbox.log" >&2; fail "the sandbox did not start"; }

step "nomesync (the app, offscreen) stays up for 5 s"
run "QT_QPA_PLATFORM=offscreen nomesync --data-dir /tmp/app >/tmp/app.log 2>&1 & pid=\$!
     sleep 5
     if kill -0 \$pid; then kill \$pid; wait \$pid 2>/dev/null || true; echo 'the app was running'; \
     else cat /tmp/app.log; exit 1; fi" || fail "the app did not stay up"

step "Desktop integration files"
for f in /usr/share/applications/io.github.nomesync.NomeSync.desktop \
         /usr/share/metainfo/io.github.nomesync.NomeSync.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.nomesync.NomeSync.svg \
         /usr/share/icons/hicolor/256x256/apps/io.github.nomesync.NomeSync.png \
         /usr/lib/systemd/user/nomesync-sync.timer /usr/lib/systemd/user/nomesync-sync.service; do
    grep -qx "$f" "$root.files" || fail "$f is not in the package"
    echo "ok $f"
done
# Plugins Qt loads at run time come from the Depends, not from linking: the SQLite driver,
# the SVG icon engine (every icon) and the xcb platform.
for p in sqldrivers/libqsqlite.so iconengines/libqsvgicon.so platforms/libqxcb.so; do
    [ -f "$root/usr/lib/x86_64-linux-gnu/qt6/plugins/$p" ] || fail "the Qt plugin $p was not installed"
    echo "ok plugin $p"
done

step "apt-get purge nomesync && apt-get autoremove --purge"
run "apt-get purge -y -q nomesync" | tail -n 2
run "apt-get autoremove --purge -y -q" | tail -n 2
run "dpkg -s nomesync >/dev/null 2>&1" && fail "nomesync is still installed"
left=$(while read -r f; do [ -e "$root$f" ] && [ ! -d "$root$f" ] && echo "$f"; done < "$root.files" || true)
[ -z "$left" ] || fail "files of the package are left: $left"
snapshot > "$root.after"
extra=$(comm -13 "$root.before" "$root.after")
[ -z "$extra" ] || fail "new files are left after the purge: $extra"
rm -f "$root.before" "$root.after" "$root.files"
echo
echo "== check-deb passed: $(basename "$deb") installs, runs and purges cleanly in a pristine Debian 12"
