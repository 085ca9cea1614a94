#!/usr/bin/env bash
# Installs what NomeSync needs to build, run and test on Debian 12, and nothing that is already there.
# Idempotent: when every package is present it makes no network call and returns at once.
#   packaging/install-deps.sh              build, run and test (what scripts/dev.sh uses)
#   packaging/install-deps.sh --packaging  also what building and checking the .deb needs
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-networkauth-dev qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev qt6-qpa-plugins
  qtkeychain-qt6-dev
  libgtest-dev libgmock-dev googletest
  xvfb xauth imagemagick gnome-keyring libsecret-1-0 dbus dbus-x11 libsecret-tools
  clang clang-format clang-tidy libclang-rt-14-dev
  nodejs
  ca-certificates procps
  desktop-file-utils appstream
)
# Packaging only (packaging/check-deb.sh, icons): lintian, dpkg-shlibdeps (dpkg-dev),
# rsvg-convert for the PNG icons, debootstrap for a pristine root.
if [ "${1:-}" = "--packaging" ]; then
  packages+=(dpkg-dev fakeroot lintian librsvg2-bin debootstrap file)
fi
# npm: Debian's package, unless a newer npm is already on PATH.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "nomesync: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
