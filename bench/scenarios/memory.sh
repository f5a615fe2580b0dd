# shellcheck shell=bash
# Scenario "memory" (goal 5): resident memory of the tray app at rest, from outside
# (/proc/PID/status VmRSS, MEM_SETTLE s after it is subscribed), in two states:
#   app-idle     just started, empty history, in the tray (--minimized), connected
#   app-100k     100,000 stored notifications (bench-prefill), the list window open
# and, for comparison, the seed's clients connected and idle: socket.io-client (behind the
# seed-style gateway, whose own memory is recorded too) and an ioredis subscriber.

MEM_SETTLE=3
MEM_STORED=100000
MEM_CHANNEL=bench:memory

scenario_memory_describe() {
    echo "memory: tray app RSS idle after start, and with ${MEM_STORED} stored notifications and the window open"
}

scenario_memory_targets() {
    echo herald bench-notify-server bench-prefill
}

memory_record() {
    bench_append_run "$MEM_JSONL" scenario='"memory"' "rep=$1" "what=\"$2\"" "proc=$3" \
        "gateway=${4:-null}" "ready=${5:-null}" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    python3 "$BENCH_DIR/lib/report.py" line memory "$(tail -n 1 "$MEM_JSONL")" >&2
}

# memory_app REP WHAT HISTORY [herald options]: starts the app, lets it settle, samples it.
memory_app() {
    local rep=$1 what=$2 history=$3
    shift 3
    APP_HISTORY=$history bench_app_start "memory-$what-$rep" \
        --source "redis://127.0.0.1:$REDIS_PORT" --channel "$MEM_CHANNEL" "$@"
    bench_app_wait_ready 60
    bench_wait_numsub "$MEM_CHANNEL" 1 20 || bench_die "the tray app did not subscribe"
    sleep "$MEM_SETTLE"
    local proc
    proc=$(bench_proc "$APP_PID")
    bench_app_stop
    rm -rf "$APP_DIR"
    memory_record "$rep" "$what" "$proc" null "$APP_READY"
}

memory_node() {
    local rep=$1 what=$2 stem="$MEM_LOGS/$1-$2" pid gateway=null
    if [[ $what == seed-socketio ]]; then
        bench_gateway_start "$stem.gateway" --channel "$MEM_CHANNEL"
        node "$NODE_DIR/sio_client.js" --port "$GATEWAY_PORT" --count 0 >"$stem.out" 2>"$stem.err" &
    else
        node "$NODE_DIR/ioredis_subscriber.js" --port "$REDIS_PORT" --channel "$MEM_CHANNEL" \
            --count 0 >"$stem.out" 2>"$stem.err" &
    fi
    pid=$!
    BENCH_PIDS+=("$pid")
    bench_wait_for_line "$stem.out" '^READY' "$pid" 30 || bench_die "$what did not connect"
    sleep "$MEM_SETTLE"
    local proc
    proc=$(bench_proc "$pid")
    [[ $what == seed-socketio ]] && gateway=$(bench_proc "$GATEWAY_PID")
    bench_stop "$pid"
    bench_gateway_stop
    memory_record "$rep" "$what" "$proc" "$gateway"
}

scenario_memory() {
    MEM_LOGS="$RESULTS_DIR/logs/memory"
    MEM_JSONL="$MEM_LOGS/runs.jsonl"
    rm -rf "$MEM_LOGS"
    mkdir -p "$MEM_LOGS"
    local reps rep stored=$MEM_STORED history
    ((QUICK)) && stored=10000
    reps=$(scenario_reps 3)
    bench_desktop_start
    bench_node_prepare
    history=$(bench_history "$stored")
    bench_redis_start "$MEM_LOGS/redis"
    for ((rep = 1; rep <= reps; rep++)); do
        memory_app "$rep" app-idle "" --minimized
        memory_app "$rep" app-stored-window "$history"
        memory_node "$rep" seed-socketio
        memory_node "$rep" seed-ioredis
    done
    bench_redis_stop
    bench_report memory "$MEM_JSONL" --reps "$reps" --stored "$stored" --settle "$MEM_SETTLE"
}
