#!/usr/bin/env bash
# Takes the README's screenshots of the real app: the window with a popup under Xvfb (a private
# bus, a tray host and dunst, as in the end-to-end test), the tray menu and icons, and the return
# after an absence with a durable channel (catch-up.png), and connections of three kinds side by
# side (gateways.png).
#
#   scripts/screenshots.sh [desktop|tray|catch-up|gateways]...    all when none is named
#
# HERALD_BUILD_DIR names the build to use (default: build); HERALD_SKIP_BUILD=1 uses it as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/session-bus.sh
source scripts/lib/session-bus.sh
build=${HERALD_BUILD_DIR:-build}
scenes=("$@")
[ ${#scenes[@]} -gt 0 ] || scenes=(desktop tray catch-up gateways)
if [ -z "${HERALD_SKIP_BUILD:-}" ]; then
    cmake --build "$build" --target tst_desktop tst_trayicon herald herald-cli
fi
out=docs/screenshots
mkdir -p "$out"

# Back after an absence with a durable channel: one summary popup, the backlog in the list.
catch_up_body() {
    # Herald, with one durable notification received live.
    start_herald
    publish --channel deploys --durable --title "Deployed web 4.12.0 to production" \
        --body "build 7a1e9 by ci in 3m02s" --url "https://ci.example.com/builds/7a1e9"
    wait_for "the live popup" shown "Deployed web 4.12.0 to production"
    wait_for "the live notification in the history" stored "Deployed web 4.12.0"

    # Away: Herald quits, and 37 deploys land in the stream meanwhile.
    stop_pid "$herald_pid"
    herald_pid=""
    dunstctl close-all
    services=(web api worker billing search auth)
    for i in $(seq 1 37); do
        build_id=$(printf '%05x' $((0x3c2a0 + i * 2617)))
        if [ "$i" -eq 35 ]; then # the urgent one, third from the top of the list
            printf '{"id":"deploy-%d","title":"Rollback: billing 2.7.0 failed its health checks","body":"3 of 8 pods crash-looping on production; rolled back to 2.6.4. On call: Ana.","priority":5,"tags":["deploy","production"],"url":"https://ci.example.com/builds/%s"}\n' \
                $((1040 + i)) "$build_id"
        else
            env=$([ $((i % 3)) -eq 0 ] && echo production || echo staging)
            printf '{"id":"deploy-%d","title":"Deployed %s 4.%d.%d to %s","body":"build %s by ci in %dm%02ds","tags":["deploy","%s"],"url":"https://ci.example.com/builds/%s"}\n' \
                $((1040 + i)) "${services[i % ${#services[@]}]}" $((12 + i / 6)) $((i % 6)) \
                "$env" "$build_id" $((2 + i % 3)) $((i * 7 % 60)) "$env" "$build_id"
        fi
    done | "$build/app/herald-cli" publish --source "$source_url" --channel deploys --durable \
        --stdin >/dev/null

    # Back: one summary popup for the backlog, and the urgent one on its own.
    start_herald
    wait_for "the catch-up summary" shown "37 notifications while you were away"
    wait_for "the urgent popup" shown "Rollback: billing 2.7.0"
    wait_for "the backlog in the history" sh -c \
        "[ \"\$('$build/app/herald-cli' history --channel deploys | wc -l)\" -eq 38 ]"

    # The server restarts under the running app: what Pub/Sub carried meanwhile on alerts is
    # lost, and the list gets a gap marker (the streams kept the durable channel's messages).
    stop_pid "$redis_pid"
    start_redis || fail "redis-server did not restart"
    wait_for "the gap marker" stored "Disconnected"
    wait_for_herald
    sleep 0.5 # the window's list picks the marker up from the store

    import -window root "$out/catch-up.png"
}

# Three kinds of connection side by side: Redis directly, the seed's Socket.IO gateway
# (tests/peers) on the same Redis, and a JSON WebSocket feed (websocketd).
gateways_body() {
    [ -d tests/peers/node_modules ] || npm ci --prefix tests/peers --silent >/dev/null
    mkfifo "$work/seed-in" # the seed server stops when its standard input closes
    node tests/peers/seed-server.js --port 0 --redis "$source_url" --channel notifications \
        <"$work/seed-in" >"$work/seed.log" 2>&1 &
    pids+=($!)
    exec 7>"$work/seed-in"
    wait_for "the seed server" grep -qx ready "$work/seed.log"
    seed_port=$(head -n 1 "$work/seed.log")
    printf '%s\n' '{"event":"message","topic":"backups","time":1795870000,"title":"Nightly backup done","message":"db-main: 41.2 GiB in 12 min, verified","priority":2,"tags":["backup"]}' \
        >"$work/feed.jsonl"
    feed_port=$(shuf -i 20000-60999 -n 1)
    websocketd --address=127.0.0.1 --port="$feed_port" --loglevel=error \
        tests/peers/websocketd/json-lines.sh "$work/feed.jsonl" >"$work/websocketd.log" 2>&1 &
    pids+=($!)
    wait_for websocketd bash -c "exec 3<>/dev/tcp/127.0.0.1/$feed_port"
    "$build/app/herald" --source "$source_url?channel=alerts" \
        --source "socketio+ws://127.0.0.1:$seed_port" \
        --source "ws://127.0.0.1:$feed_port/backups" >>"$work/herald.log" 2>&1 &
    herald_pid=$!
    pids+=("$herald_pid")
    wait_for "herald on Redis" sh -c \
        "[ \"\$(redis-cli -p $port pubsub numsub alerts | tail -n 1)\" = 1 ]"
    wait_for "the feed's notification" stored "Nightly backup done"
    wait_for "the seed server's client" grep -q '^connect ' "$work/seed.log"
    publish --channel alerts --priority 4 --title "Disk 91% full on db-main" \
        --body "/var/lib/postgresql grows 2 GiB a day" --url "https://grafana.example.com/d/db"
    publish --channel notifications --title "New comment on PR #482" \
        --body "ana: looks good, one nit about the retry backoff"
    wait_for "the gateway's notification" stored "New comment on PR #482"
    wait_for "the Redis notification" stored "Disk 91% full"
    sleep 0.5 # the window's list and status line follow within 250 ms
    import -window root "$out/gateways.png"
    exec 7>&-
}

# The desktop of tests/support/DesktopSession.cpp, in shell: Xvfb, a session bus of its own (no
# <servicedir>: nothing is auto-started behind the script's back), dunst with the same settings
# and a tray host, each a child of this script, stopped by its PID.
run_scene() (
    work=$(mktemp -d)
    pids=()
    stop_pid() { # SIGTERM, SIGKILL after 5 s; then reaped
        local pid=$1 state
        kill -TERM "$pid" 2>/dev/null || return 0
        for _ in $(seq 100); do
            state=$(ps -o stat= -p "$pid" 2>/dev/null | tr -d ' ' || true)
            [ -z "$state" ] || [ "${state:0:1}" = Z ] && break
            sleep 0.05
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    }
    cleanup() {
        local i
        for ((i = ${#pids[@]} - 1; i >= 0; i--)); do stop_pid "${pids[i]}"; done
        rm -rf "$work"
    }
    trap cleanup EXIT
    fail() {
        echo "screenshots: $*" >&2
        tail -n 20 "$work"/*.log >&2 2>/dev/null || true
        exit 1
    }
    # Polls a command every 50 ms until it succeeds, for at most 20 s (while herald runs, if
    # it should).
    herald_pid=""
    wait_for() {
        local what=$1
        shift
        for _ in $(seq 400); do
            "$@" >/dev/null 2>&1 && return 0
            [ -z "$herald_pid" ] || kill -0 "$herald_pid" 2>/dev/null || fail "herald exited"
            sleep 0.05
        done
        fail "timed out waiting for $what"
    }

    mkdir -p "$work/runtime" "$work/bus" "$work/home" "$work/redis"
    chmod 700 "$work/runtime"
    unset WAYLAND_DISPLAY
    export XDG_RUNTIME_DIR="$work/runtime" NO_AT_BRIDGE=1 QT_QPA_PLATFORM=xcb GDK_BACKEND=x11
    export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"

    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset \
        3>"$work/display" 2>"$work/Xvfb.log" &
    pids+=($!)
    wait_for Xvfb grep -q '^[0-9]' "$work/display"
    export DISPLAY=":$(head -n 1 "$work/display")"

    session_bus_config "$work/bus" >"$work/session.conf"
    dbus-daemon --config-file="$work/session.conf" --nofork --print-address=3 \
        3>"$work/bus-address" 2>"$work/dbus-daemon.log" &
    pids+=($!)
    wait_for dbus-daemon grep -q '^unix:' "$work/bus-address"
    DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$work/bus-address")
    export DBUS_SESSION_BUS_ADDRESS

    # What dunst showed, one line per popup (its summary), to wait on.
    printf '#!/bin/sh\nprintf "%%s\\t%%s\\n" "$DUNST_URGENCY" "$DUNST_SUMMARY" >> "%s"\n' \
        "$work/dunst-shown.log" >"$work/log-notification.sh"
    chmod +x "$work/log-notification.sh"
    cat >"$work/dunstrc" <<EOF
[global]
    font = "DejaVu Sans 9"
    markup = full
    stack_duplicates = false
    notification_limit = 0
    idle_threshold = 0
    show_age_threshold = -1
    history_length = 100

[herald_screenshot_log]
    summary = "*"
    script = "$work/log-notification.sh"
EOF
    touch "$work/dunst-shown.log"
    dunst -config "$work/dunstrc" 2>"$work/dunst.log" &
    pids+=($!)
    wait_for dunst dunstctl is-paused

    # Qt asks for a tray host once, at start: it must be registered before herald starts.
    status-notifier-watcher 2>"$work/status-notifier-watcher.log" &
    pids+=($!)
    wait_for status-notifier-watcher sh -c "dbus-send --session --print-reply \
        --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.kde.StatusNotifierWatcher | grep -q 'boolean true'"
    gtk-sni-tray-standalone 2>"$work/gtk-sni-tray-standalone.log" &
    pids+=($!)
    wait_for "the tray host" sh -c "dbus-send --session --print-reply \
        --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
        org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierWatcher \
        string:IsStatusNotifierHostRegistered | grep -q 'boolean true'"

    # A throwaway redis-server that keeps its data across the restart below, as a real one does.
    redis_pid=""
    start_redis() {
        redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly yes \
            --dir "$work/redis" --loglevel warning >>"$work/redis-server.log" 2>&1 &
        redis_pid=$!
        pids+=("$redis_pid")
        for _ in $(seq 100); do
            redis-cli -p "$port" ping >/dev/null 2>&1 && return 0
            kill -0 "$redis_pid" 2>/dev/null || break
            sleep 0.05
        done
        stop_pid "$redis_pid"
        return 1
    }
    for _ in $(seq 20); do
        port=$(shuf -i 20000-60999 -n 1)
        start_redis && break
        redis_pid=""
    done
    [ -n "$redis_pid" ] || fail "could not start redis-server"
    source_url="redis://127.0.0.1:$port"

    start_herald() {
        "$build/app/herald" --source "$source_url" --durable-channel deploys --channel alerts \
            >>"$work/herald.log" 2>&1 &
        herald_pid=$!
        pids+=("$herald_pid")
        wait_for_herald
    }
    # Subscribed to alerts, and the stream reader blocked in XREAD (done catching up).
    wait_for_herald() {
        wait_for "herald's subscription" sh -c \
            "[ \"\$(redis-cli -p $port pubsub numsub alerts | tail -n 1)\" = 1 ]"
        wait_for "herald's stream reader" sh -c \
            "redis-cli -p $port client list | grep 'flags=b ' | grep -q 'cmd=xread'"
    }
    shown() { grep -qF -- "$1" "$work/dunst-shown.log"; }
    stored() { "$build/app/herald-cli" history | grep -qF -- "$1"; }
    publish() { "$build/app/herald-cli" publish --source "$source_url" "$@" >/dev/null; }

    "$1"
)

for scene in "${scenes[@]}"; do
    case $scene in
    desktop)
        HERALD_SCREENSHOT_DIR="$PWD/$out" "$build/tests/tst_desktop" screenshotOfTheRunningApp
        ;;
    tray)
        HERALD_SCREENSHOT_DIR="$PWD/$out" QT_QPA_PLATFORM=offscreen \
            "$build/tests/tst_trayicon" saveImagesForTheDocs
        ;;
    catch-up) run_scene catch_up_body ;;
    gateways) run_scene gateways_body ;;
    *)
        echo "unknown scene: $scene (desktop, tray, catch-up or gateways)" >&2
        exit 2
        ;;
    esac
done
ls -l "$out"
