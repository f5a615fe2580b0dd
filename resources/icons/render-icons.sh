#!/usr/bin/env bash
# Renders the committed icon files from the SVG source; run it after changing the SVG.
#   hicolor/NxN/apps/<app id>.png      the sizes panels and menus ask for
#   packaging/windows/herald.ico       the Windows executable's and installer's icon
#   packaging/macos/Herald.icns        the macOS bundle's icon
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
cd "$(dirname "$0")"

id=io.github.herald_notify.Herald
root=../..
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { rsvg-convert --width "$1" --height "$1" "$id.svg" --output "$2"; }

for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    render "$size" "hicolor/${size}x${size}/apps/$id.png"
done

for size in 16 24 32 48 64 256; do render "$size" "$tmp/$size.png"; done
# Windows Vista and later take the 256 px image PNG-compressed, as ImageMagick writes it.
convert "$tmp"/{16,24,32,48,64,256}.png "$root/packaging/windows/herald.ico"

for size in 32 64 128 256 512 1024; do render "$size" "$tmp/mac-$size.png"; done
python3 "$root/packaging/macos/make-icns.py" "$root/packaging/macos/Herald.icns" \
    "$tmp"/mac-{32,64,128,256,512,1024}.png
