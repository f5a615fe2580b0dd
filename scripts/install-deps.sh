#!/usr/bin/env bash
# Installs what Herald needs on Debian 12 or Ubuntu 24.04.
#   scripts/install-deps.sh run    build tools, Qt, hiredis, and a local Redis for the demo
#   scripts/install-deps.sh test   the above plus everything the test suite starts
set -euo pipefail

what=${1:-run}
build=(cmake ninja-build g++ pkg-config dpkg-dev
       qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev
       qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
       libqt6sql6-sqlite libhiredis-dev)
run=(redis-server redis-tools)
test=(openssl dbus-daemon dbus-bin gnome-keyring libsecret-tools
      xvfb xauth x11-utils xdotool imagemagick fonts-dejavu-core dunst libglib2.0-bin
      haskell-status-notifier-item-utils haskell-gtk-sni-tray-utils
      desktop-file-utils appstream
      nginx libnginx-mod-nchan websocketd)

packages=("${build[@]}" "${run[@]}")
if [ "$what" = test ]; then
    packages+=("${test[@]}")
    # The Socket.IO peers run on Node. A Node from elsewhere (with its own npm) is fine; otherwise
    # Debian's nodejs 18 and npm.
    command -v node >/dev/null || packages+=(nodejs)
    command -v npm >/dev/null || packages+=(npm)
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
    sudo=sudo
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All ${#packages[@]} packages are installed."
    exit 0
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
