# shellcheck shell=bash disable=SC2153
# Scenario "growth" (goal 8): how the tray app's cost grows with its history. For each size in
# GROWTH_SIZES, the app starts (in the tray) on a history pre-filled with that many
# notifications (bench-prefill, kept between runs), takes a GROWTH_COUNT-message burst (blast
# publisher), and is measured: start-up time, RSS before the burst, ingest rate (messages
# stored per second, as in the ingest scenario), peak RSS, and RSS after.

GROWTH_SIZES=(10000 100000 1000000)
GROWTH_COUNT=50000
GROWTH_CHANNEL=bench:growth

scenario_growth_describe() {
    echo "growth: tray app ingest rate and memory with ${GROWTH_SIZES[*]} stored notifications"
}

scenario_growth_targets() {
    echo herald bench-notify-server bench-prefill bench-publisher
}

growth_run_one() {
    local rep=$1 size=$2 history=$3 count=$4 stem="$GROWTH_LOGS/$2-$1"
    APP_HISTORY=$history APP_EXPECT=$count bench_app_start "growth-$size-$rep" --minimized \
        --source "redis://127.0.0.1:$REDIS_PORT" --channel "$GROWTH_CHANNEL"
    bench_app_wait_ready 120
    bench_wait_numsub "$GROWTH_CHANNEL" 1 30 || bench_die "the tray app did not subscribe"
    local before after
    before=$(bench_proc "$APP_PID")
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" \
        --channel "$GROWTH_CHANNEL" --count "$count" --size "$SIZE" --mode blast \
        >"$stem.pub.out" 2>"$stem.pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" 120
    bench_app_wait_done 60 5
    after=$(bench_proc "$APP_PID")
    bench_app_stop
    cp "$APP_DIR/herald.err" "$stem.herald.err"
    bench_append_run "$GROWTH_JSONL" scenario='"growth"' "rep=$rep" "size=$size" "count=$count" \
        "timed_out=$APP_TIMED_OUT" "ready=$APP_READY" "done=$APP_SNAPSHOT" "before=$before" \
        "after=$after" "history=$(bench_app_history_check)" \
        "db_bytes=$(stat -c %s "$APP_DB")" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$APP_DIR"
    python3 "$BENCH_DIR/lib/report.py" line growth "$(tail -n 1 "$GROWTH_JSONL")" >&2
}

scenario_growth() {
    GROWTH_LOGS="$RESULTS_DIR/logs/growth"
    GROWTH_JSONL="$GROWTH_LOGS/runs.jsonl"
    rm -rf "$GROWTH_LOGS"
    mkdir -p "$GROWTH_LOGS"
    local reps rep size count=$GROWTH_COUNT
    local -a sizes=("${GROWTH_SIZES[@]}")
    ((QUICK)) && sizes=(1000 10000) && count=10000
    reps=$(scenario_reps 3)
    bench_desktop_start
    declare -A histories=()
    for size in "${sizes[@]}"; do histories[$size]=$(bench_history "$size"); done
    bench_redis_start "$GROWTH_LOGS/redis"
    for ((rep = 1; rep <= reps; rep++)); do
        for size in "${sizes[@]}"; do
            growth_run_one "$rep" "$size" "${histories[$size]}" "$count"
        done
    done
    bench_redis_stop
    bench_report growth "$GROWTH_JSONL" --reps "$reps" --count "$count" \
        --sizes "$(IFS=,; echo "${sizes[*]}")"
}
