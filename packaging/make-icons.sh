#!/usr/bin/env bash
# Renders the application icon (resources/icons/nomesync.svg) into the PNG sizes desktops
# look up in the hicolor theme; the PNGs are committed so building the .deb needs no renderer.
# Run again after changing the SVG (needs rsvg-convert: packaging/install-deps.sh --packaging).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg="$root/resources/icons/nomesync.svg"
for size in 16 22 24 32 48 64 128 256; do
    dir="$root/packaging/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" \
        --output "$dir/io.github.nomesync.NomeSync.png"
done
echo "icons written to packaging/icons/hicolor"
