# shellcheck shell=bash
# Scenario "ui" (goal 4): the tray app with its list window open takes a UI_COUNT-message burst
# (blast publisher, one channel, default popup policy). The probe's stall timer (every
# UI_STALL_MS ms, measuring its own lateness) gives the longest event-loop stall; the stand-in
# notification server counts the Notify calls, which flood control should fold into a few
# popups and one summary updated in place.
#
# Per repetition: start the app (window shown), wait until it is subscribed and has settled,
# reset the probe's stall statistics, blast, wait until everything is stored, wait UI_SETTLE
# more seconds (the view catches up after the last batch), then read the probe.

UI_COUNT=100000
UI_STALL_MS=5
UI_SETTLE=1
UI_CHANNEL=bench:ui

scenario_ui_describe() {
    echo "ui: ${UI_COUNT}-message burst into the tray app with its window open; event-loop stalls and popups"
}

scenario_ui_targets() {
    echo herald bench-notify-server bench-publisher
}

ui_run_one() {
    local rep=$1 count=$2
    local stem="$UI_LOGS/$rep"
    APP_EXPECT=$count APP_STALL_MS=$UI_STALL_MS bench_app_start "ui-$rep" \
        --source "redis://127.0.0.1:$REDIS_PORT" --channel "$UI_CHANNEL"
    bench_app_wait_ready 30
    bench_wait_numsub "$UI_CHANNEL" 1 10 || bench_die "the tray app did not subscribe"
    sleep 1 # the window's first paint and the first connection work are not the burst's
    bench_app_snapshot reset
    local notify_from before after
    notify_from=$(bench_notify_lines)
    before=$(bench_proc "$APP_PID")
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" \
        --channel "$UI_CHANNEL" --count "$count" --size "$SIZE" --mode blast \
        >"$stem.pub.out" 2>"$stem.pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" 120
    bench_app_wait_done 60 5
    local done_line=$APP_SNAPSHOT timed_out=$APP_TIMED_OUT
    sleep "$UI_SETTLE"
    bench_app_snapshot
    after=$(bench_proc "$APP_PID")
    bench_app_stop
    cp "$APP_PROBE" "$stem.probe.jsonl"
    cp "$APP_DIR/herald.err" "$stem.herald.err"
    bench_append_run "$UI_JSONL" scenario='"ui"' "rep=$rep" "count=$count" \
        "timed_out=$timed_out" "done=$done_line" "final=$APP_SNAPSHOT" "before=$before" \
        "after=$after" "history=$(bench_app_history_check)" \
        "popups=$(bench_notify_since "$notify_from" "$stem.notify-latency")" \
        "pub=$(bench_result_json "$stem.pub.out")" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$APP_DIR"
    python3 "$BENCH_DIR/lib/report.py" line ui "$(tail -n 1 "$UI_JSONL")" >&2
}

scenario_ui() {
    UI_LOGS="$RESULTS_DIR/logs/ui"
    UI_JSONL="$UI_LOGS/runs.jsonl"
    rm -rf "$UI_LOGS"
    mkdir -p "$UI_LOGS"
    local reps rep count=$UI_COUNT
    ((QUICK)) && count=20000
    reps=$(scenario_reps 3)
    bench_desktop_start
    bench_redis_start "$UI_LOGS/redis"
    for ((rep = 1; rep <= reps; rep++)); do
        ui_run_one "$rep" "$count"
    done
    bench_redis_stop
    bench_report ui "$UI_JSONL" --count "$count" --reps "$reps" --stall-ms "$UI_STALL_MS"
}
