#!/usr/bin/env bash
# Takes the README's screenshots of the real app: the window with a popup under Xvfb (a private
# bus, a tray host and dunst, as in the end-to-end test) and the tray menu and icons.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target tst_desktop tst_trayicon herald
out=docs/screenshots
mkdir -p "$out"
HERALD_SCREENSHOT_DIR="$PWD/$out" build/tests/tst_desktop screenshotOfTheRunningApp
HERALD_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=offscreen build/tests/tst_trayicon saveImagesForTheDocs
ls -l "$out"
