# shellcheck shell=bash disable=SC2034
# A private headless desktop for the tray-app scenarios (sourced, never executed): Xvfb, a
# private D-Bus session bus, a StatusNotifierItem tray host, and bench-notify-server standing in
# for the notification daemon. Started once by the first scenario that needs it, stopped with
# everything else when bench/run ends. Every daemon is a direct child, stopped by its PID.
#
# After bench_desktop_start, DESKTOP_ENV holds the VAR=value words a desktop program needs
# (use: env "${DESKTOP_ENV[@]}" program ...; options first, so it starts with -u) and
# NOTIFY_LOG the stand-in server's log.

DESKTOP_ENV=()
DESKTOP_DIR=

# The bus configuration the project's other headless scripts use (no <servicedir>: nothing,
# such as a system-configured dunst, is started behind the benchmark's back).
# shellcheck source=scripts/lib/session-bus.sh
source "$REPO_DIR/scripts/lib/session-bus.sh"

# desktop_wait_file FILE PID WHAT: until FILE has a complete first line (what -displayfd and
# --print-address write once the daemon accepts connections).
desktop_wait_file() {
    local file=$1 pid=$2 what=$3 i
    for ((i = 0; i < 1500; i++)); do
        [[ -s $file && $(tail -c 1 "$file" | od -An -c | tr -d ' ') == '\n' ]] && return 0
        kill -0 "$pid" 2>/dev/null || bench_die "$what exited at start; see $DESKTOP_DIR"
        sleep 0.01
    done
    bench_die "$what did not get ready; see $DESKTOP_DIR"
}

# desktop_until WHAT PID COMMAND...: polls COMMAND (a daemon with no readiness signal of its
# own) every 20 ms for up to 15 s.
desktop_until() {
    local what=$1 pid=$2 i
    shift 2
    for ((i = 0; i < 750; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || bench_die "$what exited at start; see $DESKTOP_DIR"
        sleep 0.02
    done
    bench_die "$what did not get ready; see $DESKTOP_DIR"
}

desktop_start_daemon() {
    local log=$1
    shift
    env "${DESKTOP_ENV[@]}" "$@" >"$log" 2>&1 &
    DESKTOP_LAST_PID=$!
    BENCH_PIDS+=("$DESKTOP_LAST_PID")
}

desktop_has_name() {
    env "${DESKTOP_ENV[@]}" dbus-send --session --print-reply --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner "string:$1" | grep -q 'boolean true'
}

desktop_host_registered() {
    env "${DESKTOP_ENV[@]}" dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher \
        /StatusNotifierWatcher org.freedesktop.DBus.Properties.Get \
        string:org.kde.StatusNotifierWatcher string:IsStatusNotifierHostRegistered |
        grep -q 'boolean true'
}

desktop_start_x() {
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset \
        3>"$DESKTOP_DIR/display" >"$DESKTOP_DIR/Xvfb.log" 2>&1 &
    local pid=$!
    BENCH_PIDS+=("$pid")
    desktop_wait_file "$DESKTOP_DIR/display" "$pid" Xvfb
    DESKTOP_DISPLAY=":$(head -n 1 "$DESKTOP_DIR/display")"
    DESKTOP_ENV+=("DISPLAY=$DESKTOP_DISPLAY")
}

desktop_start_bus() {
    mkdir -p "$DESKTOP_DIR/bus"
    session_bus_config "$DESKTOP_DIR/bus" >"$DESKTOP_DIR/session.conf"
    dbus-daemon --config-file="$DESKTOP_DIR/session.conf" --nofork --print-address=3 \
        3>"$DESKTOP_DIR/bus-address" >"$DESKTOP_DIR/dbus-daemon.log" 2>&1 &
    local pid=$!
    BENCH_PIDS+=("$pid")
    desktop_wait_file "$DESKTOP_DIR/bus-address" "$pid" dbus-daemon
    DESKTOP_ENV+=("DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$DESKTOP_DIR/bus-address")")
}

# Qt 6.4 asks once per process whether a StatusNotifierItem host is registered and caches the
# answer: the host must be up before any Qt process starts.
desktop_start_tray_host() {
    desktop_start_daemon "$DESKTOP_DIR/status-notifier-watcher.log" status-notifier-watcher
    desktop_until status-notifier-watcher "$DESKTOP_LAST_PID" \
        desktop_has_name org.kde.StatusNotifierWatcher
    desktop_start_daemon "$DESKTOP_DIR/gtk-sni-tray-standalone.log" gtk-sni-tray-standalone
    desktop_until gtk-sni-tray-standalone "$DESKTOP_LAST_PID" desktop_host_registered
}

desktop_start_notify_server() {
    NOTIFY_LOG="$DESKTOP_DIR/notify.log"
    : >"$NOTIFY_LOG"
    desktop_start_daemon "$DESKTOP_DIR/notify-server.out" \
        "$BUILD_DIR/bench/bench-notify-server" --log "$NOTIFY_LOG"
    bench_wait_for_line "$DESKTOP_DIR/notify-server.out" '^READY' "$DESKTOP_LAST_PID" 15 ||
        bench_die "bench-notify-server did not start; see $DESKTOP_DIR/notify-server.out"
}

# bench_desktop_start: once per bench/run; later calls return at once.
bench_desktop_start() {
    [[ -n $DESKTOP_DIR ]] && return 0
    local tool
    for tool in Xvfb dbus-daemon dbus-send status-notifier-watcher gtk-sni-tray-standalone; do
        command -v "$tool" >/dev/null || bench_die "$tool is not installed (see bench/README.md)"
    done
    DESKTOP_DIR="$BENCH_TMP/desktop"
    mkdir -p "$DESKTOP_DIR/runtime"
    chmod 700 "$DESKTOP_DIR/runtime" # XDG_RUNTIME_DIR must be the user's alone
    # No accessibility bus (GTK would wait for one); X11 for Qt and GTK alike.
    DESKTOP_ENV=(-u WAYLAND_DISPLAY "XDG_RUNTIME_DIR=$DESKTOP_DIR/runtime" NO_AT_BRIDGE=1
        QT_QPA_PLATFORM=xcb GDK_BACKEND=x11)
    desktop_start_x
    desktop_start_bus
    desktop_start_tray_host
    desktop_start_notify_server
    bench_log "desktop: Xvfb $DESKTOP_DISPLAY, private session bus, SNI tray host, stand-in notification server"
}

# Lines in the stand-in server's log so far: a scenario notes it before a run and reads the
# lines after it.
bench_notify_lines() { wc -l <"$NOTIFY_LOG"; }
