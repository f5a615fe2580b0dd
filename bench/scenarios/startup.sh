# shellcheck shell=bash
# Scenario "startup" (goal 6): time from starting the tray app to its tray icon being ready,
# with STARTUP_STORED stored notifications (and, for comparison, with an empty history).
#
# The harness passes the wall-clock time right before it forks (HERALD_BENCH_T0, from bash's
# EPOCHREALTIME); the probe stamps the first event-loop turn after Application::start() has
# returned, when the tray icon has been shown (the probe records that it is visible). The
# difference covers exec, library loading, Qt and the X connection, opening (and checking) the
# history, settings, the model's first page, and the tray icon's registration with the host.

STARTUP_STORED=100000
STARTUP_CHANNEL=bench:startup

scenario_startup_describe() {
    echo "startup: process start -> tray icon ready, ${STARTUP_STORED} stored notifications"
}

scenario_startup_targets() {
    echo herald bench-notify-server bench-prefill
}

startup_run_one() {
    local rep=$1 what=$2 history=$3 proc
    APP_HISTORY=$history bench_app_start "startup-$what-$rep" --minimized \
        --source "redis://127.0.0.1:$REDIS_PORT" --channel "$STARTUP_CHANNEL"
    bench_app_wait_ready 60
    proc=$(bench_proc "$APP_PID")
    bench_app_stop
    rm -rf "$APP_DIR"
    bench_append_run "$STARTUP_JSONL" scenario='"startup"' "rep=$rep" "what=\"$what\"" \
        "ready=$APP_READY" "proc=$proc" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    python3 "$BENCH_DIR/lib/report.py" line startup "$(tail -n 1 "$STARTUP_JSONL")" >&2
}

scenario_startup() {
    STARTUP_LOGS="$RESULTS_DIR/logs/startup"
    STARTUP_JSONL="$STARTUP_LOGS/runs.jsonl"
    rm -rf "$STARTUP_LOGS"
    mkdir -p "$STARTUP_LOGS"
    local reps rep stored=$STARTUP_STORED history
    ((QUICK)) && stored=10000
    reps=$(scenario_reps 5)
    bench_desktop_start
    history=$(bench_history "$stored")
    bench_redis_start "$STARTUP_LOGS/redis"
    # One start to warm the page cache and the font cache, not counted.
    APP_HISTORY=$history bench_app_start startup-warm-up --minimized
    bench_app_wait_ready 60
    bench_app_stop
    for ((rep = 1; rep <= reps; rep++)); do
        startup_run_one "$rep" stored "$history"
        startup_run_one "$rep" empty ""
    done
    bench_redis_stop
    bench_report startup "$STARTUP_JSONL" --reps "$reps" --stored "$stored"
}
