# shellcheck shell=bash
# Scenario "socketio" (goal 3): the same seed-style Socket.IO gateway (programs/node/gateway.js:
# ioredis -> JSON.parse -> io.emit("notification")) feeds, in turn, Herald's Socket.IO source
# (herald-bench-ingest --url socketio+ws://...: the production SocketIoSource, each message
# parsed into a notification and counted by id) and the seed's socket.io-client
# (programs/node/sio_client.js, which counts each message by id), at a paced SIO_RATE msg/s the
# gateway sustains. The order alternates between repetitions. Both do the same work: receive,
# parse, count. (herald-cli listen would also format and print every message, which cost it
# about half its CPU in profiles: a measure of printing, not of the source.)
#
# Both are measured from outside, the same way: /proc/PID when the client is connected (before
# the publisher starts) and again once it has received all SIO_COUNT messages (before it is
# stopped). CPU per message = CPU time between the two samples / messages; memory = VmHWM (peak
# RSS) at the end. What each received is checked by id, by each client itself (RESULT lines).

SIO_RATE=5000
SIO_COUNT=50000
SIO_CHANNEL=bench:socketio
SIO_IDLE_TIMEOUT=5

scenario_socketio_describe() {
    echo "socketio: seed-style Socket.IO gateway at ${SIO_RATE} msg/s into Herald's Socket.IO source vs socket.io-client"
}

scenario_socketio_targets() {
    echo herald-bench-ingest bench-publisher
}

sio_start_client() {
    local contender=$1 stem=$2
    case $contender in
    socketio)
        node "$NODE_DIR/sio_client.js" --port "$GATEWAY_PORT" --count "$SIO_COUNT" \
            --idle-timeout-ms $((SIO_IDLE_TIMEOUT * 1000)) --linger 1 >"$stem.out" 2>"$stem.err" &
        SIO_PID=$!
        BENCH_PIDS+=("$SIO_PID")
        bench_wait_for_line "$stem.out" '^READY' "$SIO_PID" 30 ||
            bench_die "socket.io-client did not connect; see $stem.err"
        ;;
    herald)
        "$BUILD_DIR/bench/herald-bench-ingest" --url "socketio+ws://127.0.0.1:$GATEWAY_PORT" \
            --count "$SIO_COUNT" --idle-timeout-ms $((SIO_IDLE_TIMEOUT * 1000)) \
            --linger 1 >"$stem.out" 2>"$stem.err" &
        SIO_PID=$!
        BENCH_PIDS+=("$SIO_PID")
        bench_wait_for_line "$stem.out" '^READY' "$SIO_PID" 30 ||
            bench_die "herald-bench-ingest did not connect to the gateway; see $stem.err"
        ;;
    esac
    bench_gateway_wait_clients 1 10 || bench_die "the gateway does not count 1 client"
}

# Until the client has everything: each prints its RESULT line (and lingers, so its memory
# can be read). Gives up after SIO_IDLE_TIMEOUT s without progress.
sio_wait_complete() {
    local stem=$2 last=-1 now still=0
    while kill -0 "$SIO_PID" 2>/dev/null; do
        grep -q '^RESULT ' "$stem.out" && return 0
        now=$(stat -c %s "$stem.out" 2>/dev/null || echo 0)
        if ((now == last)); then still=$((still + 1)); else still=0; fi
        last=$now
        ((still >= SIO_IDLE_TIMEOUT * 5)) && return 1
        sleep 0.2
    done
    return 1
}

sio_run_one() {
    local rep=$1 contender=$2
    local stem="$SIO_LOGS/$rep-$contender" before after received complete=1
    sio_start_client "$contender" "$stem"
    before=$(bench_proc "$SIO_PID")
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" \
        --channel "$SIO_CHANNEL" --count "$SIO_COUNT" --size "$SIZE" --mode paced \
        --rate "$SIO_RATE" >"$stem.pub.out" 2>"$stem.pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" $((SIO_COUNT / SIO_RATE + 60))
    sio_wait_complete "$contender" "$stem" || complete=0
    after=$(bench_proc "$SIO_PID")
    bench_stop "$SIO_PID"
    bench_gateway_wait_clients 0 10 || bench_log "the gateway still counts a client"
    received=$(bench_result_json "$stem.out")
    bench_append_run "$SIO_JSONL" scenario='"socketio"' "rep=$rep" "contender=\"$contender\"" \
        "complete=$complete" "before=$before" "after=$after" "received=$received" \
        "pub=$(bench_result_json "$stem.pub.out")" "loadavg=$(cut -d' ' -f1 /proc/loadavg)"
    python3 "$BENCH_DIR/lib/report.py" line socketio "$(tail -n 1 "$SIO_JSONL")" >&2
}

scenario_socketio() {
    SIO_LOGS="$RESULTS_DIR/logs/socketio"
    SIO_JSONL="$SIO_LOGS/runs.jsonl"
    rm -rf "$SIO_LOGS"
    mkdir -p "$SIO_LOGS"
    : >"$SIO_JSONL"
    ((QUICK)) && SIO_COUNT=10000
    local reps rep order
    reps=$(scenario_reps 3)
    bench_node_prepare
    bench_redis_start "$SIO_LOGS/redis"
    bench_gateway_start "$SIO_LOGS/gateway" --channel "$SIO_CHANNEL"
    for ((rep = 1; rep <= reps; rep++)); do
        order="socketio herald"
        ((rep % 2 == 0)) && order="herald socketio"
        for contender in $order; do
            [[ ${BENCH_CONTENDERS:-} && " ${BENCH_CONTENDERS//,/ } " != *" $contender "* ]] && continue
            sio_run_one "$rep" "$contender"
        done
    done
    bench_gateway_stop
    bench_redis_stop
    bench_report socketio "$SIO_JSONL" --rate "$SIO_RATE" --count "$SIO_COUNT" --reps "$reps" \
        --herald-available 1 --gateway "$(bench_result_json "$GATEWAY_OUT")"
}
