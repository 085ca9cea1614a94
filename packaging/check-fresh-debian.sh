#!/usr/bin/env bash
# Proves the README's two commands on a pristine Debian 12: builds a minimal root with
# debootstrap, clones the repository into it, and runs (1) the test command twice (the second
# run must need no downloads) and (2) the "open the app" command under Xvfb, with a screenshot.
#
#   sudo packaging/check-fresh-debian.sh [ROOT_DIR]      (default: /var/tmp/nomesync-fresh)
#
# Output: ROOT_DIR/check.log and ROOT_DIR/src/fresh-app.png.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${1:-/var/tmp/nomesync-fresh}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
log="$root.log"

[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap

cleanup() {
    for m in dev/pts dev/shm dev proc sys; do
        mountpoint -q "$root/$m" && umount -l "$root/$m" || true
    done
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    rm -rf "$root"
    echo "== debootstrap bookworm into $root" | tee "$log"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1
    cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# debootstrap writes no /etc/hosts; every installed Debian has one, and "localhost" (the OAuth
# loopback redirect) must resolve without DNS.
if [ ! -s "$root/etc/hosts" ]; then
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
fi
# The root reaches the network the way this machine does: where HTTPS goes through an
# intercepting proxy, npm needs the host's CA bundle (apt uses plain HTTP mirrors).
host_ca=${NODE_EXTRA_CA_CERTS:-}
if [ -n "$host_ca" ] && [ -f "$host_ca" ]; then
    cp "$host_ca" "$root/etc/nomesync-host-ca.crt"
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs shm "$root/dev/shm"

# A clean clone, as CI makes one. git is not in minbase: clone here, copy in.
rm -rf "$root/src"
git clone -q "$here" "$root/src"

run() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 CI=true ${host_ca:+NODE_EXTRA_CA_CERTS=/etc/nomesync-host-ca.crt} bash -lc "$*"; }

{
    echo "== [1] test command, first run (installs everything)"
    start=$(date +%s)
    run "cd /src && scripts/dev.sh test </dev/null"
    echo "== [1] finished in $(( $(date +%s) - start )) s"

    echo "== [2] test command, second run (must download nothing)"
    start=$(date +%s)
    run "cd /src && scripts/dev.sh test </dev/null" 2>&1 | tee /tmp/nomesync-second-run.txt
    echo "== [2] finished in $(( $(date +%s) - start )) s"
    if grep -E "nomesync: installing|npm (ci|install)|Get:[0-9]+ http" /tmp/nomesync-second-run.txt; then
        echo "FAIL: the second run downloaded something"; exit 1
    fi

    echo "== [3] open-the-app command under Xvfb, screenshot after 60 s"
    run "cd /src && xvfb-run -a -s '-screen 0 1280x800x24' bash -c 'scripts/dev.sh app </dev/null & sleep 60; import -window root /src/fresh-app.png; pkill -f build/bin/nomesync || true; wait'" || true
    test -s "$root/src/fresh-app.png" && echo "== [3] screenshot: $root/src/fresh-app.png"
    echo "== all checks passed"
} 2>&1 | tee -a "$log"
