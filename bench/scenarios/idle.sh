# shellcheck shell=bash
# Scenario "idle" (goal 7): what staying connected costs when nothing is published. Every
# contender is started and connected at once, left to settle, then watched for IDLE_SECONDS
# (60 s; --quick: 10 s) side by side; nothing is published meanwhile:
#   app          the tray app in the tray, no probe (no timer of the benchmark's own)
#   herald-cli   herald-cli listen (Herald's core alone)
#   ioredis      the seed's subscriber
#   socketio     the seed's socket.io-client, and its gateway (recorded separately)
# From /proc at both ends of the window: CPU time (scheduler nanoseconds, all threads) and
# wake-ups (voluntary + involuntary context switches summed over every thread), per second.

IDLE_SECONDS=60
IDLE_SETTLE=5
IDLE_CHANNEL=bench:idle

scenario_idle_describe() {
    echo "idle: connected, no traffic, ${IDLE_SECONDS} s; CPU and wake-ups per second"
}

scenario_idle_targets() {
    echo herald herald-cli bench-notify-server
}

# idle_start NAME COMMAND...: a contender in the background; remembered in IDLE_PIDS[NAME].
idle_start() {
    local name=$1
    shift
    "$@" >"$IDLE_LOGS/$name.out" 2>"$IDLE_LOGS/$name.err" &
    IDLE_PIDS[$name]=$!
    BENCH_PIDS+=("$!")
}

idle_start_all() {
    APP_NO_PROBE=1 bench_app_start idle --minimized --source "redis://127.0.0.1:$REDIS_PORT" \
        --channel "$IDLE_CHANNEL"
    IDLE_PIDS[app]=$APP_PID
    idle_start herald-cli "$BUILD_DIR/app/herald-cli" listen \
        --source "redis://127.0.0.1:$REDIS_PORT" --channel "$IDLE_CHANNEL"
    idle_start ioredis node "$NODE_DIR/ioredis_subscriber.js" --port "$REDIS_PORT" \
        --channel "$IDLE_CHANNEL" --count 0
    bench_gateway_start "$IDLE_LOGS/gateway" --channel "$IDLE_CHANNEL"
    IDLE_PIDS[gateway]=$GATEWAY_PID
    idle_start socketio node "$NODE_DIR/sio_client.js" --port "$GATEWAY_PORT" --count 0
    # app, herald-cli, ioredis and the gateway each subscribe once.
    bench_wait_numsub "$IDLE_CHANNEL" 4 30 || bench_die "not every idle contender subscribed"
    bench_gateway_wait_clients 1 30 || bench_die "socket.io-client did not connect"
}

idle_sample_all() {
    local name out="{"
    for name in "${!IDLE_PIDS[@]}"; do
        out+="\"$name\":$(bench_proc "${IDLE_PIDS[$name]}"),"
    done
    echo "${out%,}}"
}

scenario_idle() {
    IDLE_LOGS="$RESULTS_DIR/logs/idle"
    IDLE_JSONL="$IDLE_LOGS/runs.jsonl"
    rm -rf "$IDLE_LOGS"
    mkdir -p "$IDLE_LOGS"
    local seconds=$IDLE_SECONDS before after t0 t1
    ((QUICK)) && seconds=10
    declare -gA IDLE_PIDS=()
    bench_desktop_start
    bench_node_prepare
    bench_redis_start "$IDLE_LOGS/redis"
    idle_start_all
    sleep "$IDLE_SETTLE"
    t0=$EPOCHREALTIME
    before=$(idle_sample_all)
    bench_log "watching ${#IDLE_PIDS[@]} idle processes for $seconds s"
    sleep "$seconds"
    t1=$EPOCHREALTIME
    after=$(idle_sample_all)
    local name
    for name in "${!IDLE_PIDS[@]}"; do bench_stop "${IDLE_PIDS[$name]}"; done
    APP_PID=
    GATEWAY_PID=
    bench_redis_stop
    bench_append_run "$IDLE_JSONL" scenario='"idle"' rep=1 \
        "seconds=$(awk -v a="${t0/,/.}" -v b="${t1/,/.}" 'BEGIN { printf "%.3f", b - a }')" \
        "before=$before" "after=$after" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    bench_report idle "$IDLE_JSONL" --seconds "$seconds"
}
