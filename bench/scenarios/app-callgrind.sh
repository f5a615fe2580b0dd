# bench: opt-in (not run by a bare bench/run; name it: bench/run app-callgrind)
# shellcheck shell=bash
#
# Scenario "app-callgrind": where the tray app spends its instructions during a burst, with its
# list window open: the whole app (parse, dedupe, SQLite, model, view, popup policy, tray icon,
# D-Bus) under `valgrind --tool=callgrind` while bench-publisher blasts PROFILE_APP_COUNT
# messages (default 20,000; --count overrides). Instruction counts do not depend on what else
# the machine is doing, so this profile can be taken on a busy machine. Writes
#   RESULTS_DIR/app-callgrind.out   the profile (callgrind_annotate, kcachegrind)
#   RESULTS_DIR/app-callgrind.txt   callgrind_annotate, inclusive, and the per-message figures
# Under callgrind the app runs ~50x slower; 20,000 x 200 bytes (~5 MiB) stays far below Redis's
# 32 MiB pubsub hard limit, so Redis keeps it connected.

PROFILE_APP_COUNT=$COUNT
((COUNT_EXPLICIT)) || PROFILE_APP_COUNT=20000

scenario_app_callgrind_describe() {
    echo "app-callgrind: callgrind profile of the tray app (window open) on a ${PROFILE_APP_COUNT}-message burst"
}

scenario_app_callgrind_targets() {
    echo herald bench-notify-server bench-publisher
}

scenario_app_callgrind() {
    command -v valgrind >/dev/null || bench_die "valgrind is not installed"
    command -v callgrind_annotate >/dev/null || bench_die "callgrind_annotate is not installed"
    local logs="$RESULTS_DIR/logs/app-callgrind" channel=bench:profile
    local out="$RESULTS_DIR/app-callgrind.out" txt="$RESULTS_DIR/app-callgrind.txt"
    rm -rf "$logs"
    mkdir -p "$logs"
    bench_desktop_start
    bench_redis_start "$logs/redis"
    APP_WRAPPER="valgrind --tool=callgrind --callgrind-out-file=$out" \
        APP_EXPECT=$PROFILE_APP_COUNT bench_app_start app-callgrind \
        --source "redis://127.0.0.1:$REDIS_PORT" --channel "$channel"
    bench_app_wait_ready 300
    bench_wait_numsub "$channel" 1 60 || bench_die "the tray app did not subscribe"
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" --channel "$channel" \
        --count "$PROFILE_APP_COUNT" --size "$SIZE" --mode blast >"$logs/pub.out" 2>"$logs/pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" 300
    bench_app_wait_done 300 60
    local done_line=$APP_SNAPSHOT
    # SIGTERM ends the app without Qt's clean-up; callgrind still writes its profile, which
    # takes a while: a long grace period before SIGKILL.
    bench_stop "$APP_PID" 120
    APP_PID=
    cp "$APP_DIR/herald.err" "$logs/herald.err"
    bench_redis_stop
    [[ -s $out ]] || bench_die "no callgrind output; see $logs/herald.err"
    app_callgrind_report "$out" "$txt" "$done_line"
}

app_callgrind_report() {
    local out=$1 txt=$2 done_line=$3 total
    annotate() { callgrind_annotate "$@" "$out" 2>/dev/null || true; }
    total=$(annotate | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    {
        echo "# the tray app under callgrind: $PROFILE_APP_COUNT x $SIZE-byte JSON, blast publisher, window open"
        echo "# probe: $done_line"
        echo "# whole process, start-up included: $total instructions"
        echo
        echo "## Inclusive instructions (per message: divide by $PROFILE_APP_COUNT)"
        annotate --inclusive=yes | sed -n '/^Ir/,$p' | head -150 || true
        echo
        echo "## Exclusive (self) instructions"
        annotate --inclusive=no | sed -n '/^Ir/,$p' | head -60 || true
    } >"$txt"
    echo
    echo "callgrind: the tray app, $PROFILE_APP_COUNT messages, window open"
    echo "Per message (inclusive instructions / messages), first-party and SQLite entry points:"
    annotate --inclusive=yes | grep -E '^ *[0-9,]+ \( *[0-9.]+%\)  [^=]' |
        grep -E 'Application::onNotifications|HistoryStore::insert|NotificationModel::|NotificationCenter::(dedupe|decide)|RespConnection::onReadyRead|TrayIcon::|FreedesktopNotifier::|QListView|sqlite3_step|HistoryRow::bind|BenchProbe' |
        head -25 | awk -v n="$PROFILE_APP_COUNT" '{ c = $1; gsub(",", "", c); $2 = ""; $1 = ""; printf "%10.0f  %s\n", c / n, $0 }' || true
    echo
    echo "Full report: $txt (profile: $out)"
}
