#!/usr/bin/env bash
# CI: builds the .deb from the build folder scripts/test.sh used, installs it with apt, runs the
# installed programs, checks that the installed tray app reaches a tray (a private X server, a
# private session bus and a StatusNotifier host), then purges the package and checks that nothing
# it installed is left under /usr. Installs and removes a real package: meant for CI machines
# (as root, or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/session-bus.sh
source scripts/lib/session-bus.sh

build_dir=${HERALD_BUILD_DIR:-build}
started=$(date +%s)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo

work=$(mktemp -d)
pids=()
installed=0
# Every daemon is a direct child, stopped by its PID: PID 1 here reaps no orphans.
stop_pid() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do stop_pid "${pids[i]}"; done
    # A check that failed halfway leaves no package behind.
    [ "$installed" = 1 ] && DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq herald
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "ci-package-check: $*" >&2
    exit 1
}

# Polls `condition` every 0.1 s until it succeeds, or fails after `seconds`.
wait_until() {
    local seconds=$1 what=$2
    shift 2
    local deadline=$(($(date +%s) + seconds))
    until "$@"; do
        [ "$(date +%s)" -lt "$deadline" ] || fail "$what: not within ${seconds}s"
        sleep 0.1
    done
}

build_package() {
    echo "== Building the .deb in $build_dir"
    rm -f "$build_dir"/herald_*.deb
    (cd "$build_dir" && cpack -G DEB)
    local debs=("$build_dir"/herald_*.deb)
    if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        fail "expected one herald_*.deb in $build_dir"
    fi
    deb=$(realpath "${debs[0]}")
    echo "== $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
    dpkg-deb --field "$deb" Package Version Depends
}

install_package() {
    echo "== Installing it with apt"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$deb"
    installed=1
    dpkg-query -L herald >"$work/files"
    echo "== Installed programs"
    local version
    version=$(dpkg-deb --field "$deb" Version)
    /usr/bin/herald --version | tee "$work/version"
    grep -q "$version" "$work/version" || fail "herald --version does not say $version"
    /usr/bin/herald-cli --help >"$work/cli-help"
    grep -q "^Usage: herald-cli" "$work/cli-help" || fail "herald-cli --help printed no usage"
    echo "herald-cli --help: $(wc -l <"$work/cli-help") lines"
}

# The session's programs see only the private X server and bus. An array rather than a function,
# so that `"${session[@]}" daemon &` is env exec'ing the daemon: $! is the daemon's own PID.
session=()
set_session() {
    session=(env -u WAYLAND_DISPLAY DISPLAY="$display" DBUS_SESSION_BUS_ADDRESS="$bus"
             XDG_RUNTIME_DIR="$work/runtime" NO_AT_BRIDGE=1 GDK_BACKEND=x11 QT_QPA_PLATFORM=xcb
             HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
             XDG_DATA_HOME="$work/home/.local/share")
}
session_env() { "${session[@]}" "$@"; }

watcher_property() {
    session_env dbus-send --session --print-reply=literal --reply-timeout=2000 \
        --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
        org.freedesktop.DBus.Properties.Get \
        string:org.kde.StatusNotifierWatcher "string:$1" 2>/dev/null
}
watcher_running() {
    session_env dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.kde.StatusNotifierWatcher 2>/dev/null |
        grep -q true
}
host_registered() { watcher_property IsStatusNotifierHostRegistered | grep -q true; }
# The bus names of the registered items ("NAME" or "NAME/PATH"), one a line.
registered_items() {
    watcher_property RegisteredStatusNotifierItems | tr -s ' []' '\n' | grep -v -e '^$' \
        -e '^variant$' -e '^array$' | sed 's|/.*||'
}
connection_pid() {
    session_env dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null | awk '{print $2}'
}
# An item of herald's own process: the watcher may list it by unique or well-known name.
herald_in_tray() {
    kill -0 "$herald_pid" 2>/dev/null || fail "herald exited: $(tail -20 "$work/herald.log")"
    local name
    for name in $(registered_items); do
        if [ "$(connection_pid "$name")" = "$herald_pid" ]; then
            herald_item=$name
            return 0
        fi
    done
    return 1
}
# The widths of the pixmaps the item offers the tray (its IconPixmap property).
icon_sizes() {
    session_env dbus-send --session --print-reply --dest="$herald_item" /StatusNotifierItem \
        org.freedesktop.DBus.Properties.Get \
        string:org.kde.StatusNotifierItem string:IconPixmap 2>/dev/null |
        grep -A1 'struct {' | awk '/int32/ {print $2}' | tr '\n' ' '
}

start_session() {
    echo "== A private desktop: Xvfb, a session bus, a StatusNotifier watcher and host"
    mkdir -p "$work/runtime" "$work/home" "$work/bus"
    chmod 700 "$work/runtime"
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" \
        2>"$work/xvfb.log" &
    pids+=($!)
    wait_until 15 "Xvfb" test -s "$work/display"
    display=":$(head -n 1 "$work/display")"
    session_bus_config "$work/bus" >"$work/session.conf"
    dbus-daemon --config-file="$work/session.conf" --nofork --print-address=3 \
        3>"$work/bus-address" 2>"$work/dbus.log" &
    pids+=($!)
    wait_until 15 "dbus-daemon" test -s "$work/bus-address"
    bus=$(head -n 1 "$work/bus-address")
    set_session
    # A separate watcher: gtk-sni-tray-standalone --watcher crashed 1 run in 3.
    "${session[@]}" status-notifier-watcher 2>"$work/watcher.log" &
    pids+=($!)
    wait_until 15 "status-notifier-watcher" watcher_running
    "${session[@]}" gtk-sni-tray-standalone >"$work/tray.log" 2>&1 &
    pids+=($!)
    # Qt asks once per process whether a host is registered: it must be before herald starts.
    wait_until 15 "gtk-sni-tray-standalone" host_registered
}

check_tray() {
    echo "== Starting the installed herald"
    "${session[@]}" /usr/bin/herald --minimized >"$work/herald.log" 2>&1 &
    herald_pid=$!
    pids+=("$herald_pid")
    local since
    since=$(date +%s%N)
    wait_until 30 "herald's tray icon" herald_in_tray
    echo "herald (PID $herald_pid) is in the tray after $((($(date +%s%N) - since) / 1000000)) ms" \
         "as $herald_item"
    local sizes
    sizes=$(icon_sizes)
    [ -n "$sizes" ] || fail "herald's tray item has no icon"
    echo "its icon, in pixels: $sizes"
    stop_pid "$herald_pid"
}

purge_and_check() {
    echo "== Purging the package"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -q herald
    installed=0
    ! dpkg-query -W -f='${Status}' herald 2>/dev/null | grep -q "installed" ||
        fail "herald is still installed"
    # Files must be gone; a folder may stay only while another package owns it too.
    local leftovers=() path
    while IFS= read -r path; do
        [[ "$path" == /usr/* ]] || continue
        if [ -e "$path" ] && [ ! -d "$path" ]; then
            leftovers+=("$path")
        elif [ -d "$path" ] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
            leftovers+=("$path/")
        fi
    done <"$work/files"
    [ ${#leftovers[@]} -eq 0 ] || fail "left under /usr after the purge: ${leftovers[*]}"
    echo "Nothing of the $(grep -c '^/usr/' "$work/files") paths the package listed is left."
}

build_package
install_package
start_session
check_tray
purge_and_check
echo "== The package check passed in $(($(date +%s) - started)) s"
