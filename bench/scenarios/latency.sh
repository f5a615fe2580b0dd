# shellcheck shell=bash disable=SC2034
# Scenario "latency" (goal 2): publish -> received at a steady LATENCY_RATE msg/s for
# LATENCY_SECONDS, for every contender of lib/contenders.sh in turn (3 repetitions; --reps).
#
# bench-publisher --mode paced stamps each payload with its CLOCK_MONOTONIC send time just before
# write() ("sent_ns", and "@<ns>" at the end of the title); every contender subtracts it from
# its own receive time on the same clock:
#   raw       when hiredis hands over the reply
#   herald    when RedisSource delivers the batch, parsed (publish -> notification parsed)
#   app       when the row reaches the model (the probe, on rowsInserted), and when the Notify
#             call reaches the stand-in notification server on the session bus
#   ioredis   in the 'pmessage' handler, after JSON.parse
#   socketio  in the socket.io-client 'notification' handler (through the gateway)
# Messages go round-robin to LATENCY_CHANNELS channels under the pattern bench:latency:*, and the
# app allows 100 popups a second per channel: so every message pops up on its own (at 2,000 msg/s
# on one channel, flood control would fold all but three into a summary, leaving no popup
# latency to measure). All contenders subscribe to the same pattern.

LATENCY_RATE=2000
LATENCY_SECONDS=10
LATENCY_CHANNELS=40
LATENCY_IDLE_TIMEOUT_MS=3000
LATENCY_CONTENDERS=(raw herald app ioredis socketio)

scenario_latency_describe() {
    echo "latency: publish -> received at ${LATENCY_RATE} msg/s for ${LATENCY_SECONDS} s, every contender"
}

scenario_latency_targets() {
    echo herald-bench-ingest bench-raw-subscriber bench-publisher herald bench-notify-server
}

latency_contenders() {
    local c
    for c in "${LATENCY_CONTENDERS[@]}"; do
        [[ ${BENCH_CONTENDERS:-} && " ${BENCH_CONTENDERS//,/ } " != *" $c "* ]] && continue
        echo "$c"
    done
}

latency_run_one() {
    local rep=$1 contender=$2 count=$3
    local stem="$LATENCY_LOGS/$rep-$contender"
    APP_POPUPS=$'floodThreshold=100\nfloodWindowSeconds=1' \
        contender_start "$contender" "$stem" "$count" "$LATENCY_IDLE_TIMEOUT_MS" "$stem.latency"
    local loadavg
    loadavg=$(cut -d' ' -f1 /proc/loadavg)
    contender_mark_start
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" \
        --channel bench:latency: --channels "$LATENCY_CHANNELS" --count "$count" --size "$SIZE" \
        --mode paced --rate "$LATENCY_RATE" >"$stem.pub.out" 2>"$stem.pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" $((LATENCY_SECONDS + 60))
    local pub_rc=$BENCH_RC
    contender_finish
    local notify=null
    [[ $contender == app ]] && notify=$(bench_latency_stats "$stem.notify-latency")
    bench_append_run "$LATENCY_JSONL" scenario='"latency"' "rep=$rep" "contender=\"$contender\"" \
        "sub_rc=$CONTENDER_RC" "pub_rc=$pub_rc" "loadavg=$loadavg" "sub=$CONTENDER_RESULT" \
        "pub=$(bench_result_json "$stem.pub.out")" "gateway=$CONTENDER_GATEWAY" \
        "latency=$(bench_latency_stats "$stem.latency")" "notify_latency=$notify"
    python3 "$BENCH_DIR/lib/report.py" line latency "$(tail -n 1 "$LATENCY_JSONL")" >&2
}

scenario_latency() {
    LATENCY_LOGS="$RESULTS_DIR/logs/latency"
    LATENCY_JSONL="$LATENCY_LOGS/runs.jsonl"
    rm -rf "$LATENCY_LOGS"
    mkdir -p "$LATENCY_LOGS"
    local seconds=$LATENCY_SECONDS reps rep contender
    ((QUICK)) && seconds=3
    reps=$(scenario_reps 3)
    local count=$((LATENCY_RATE * seconds))
    local all
    all=$(latency_contenders)
    [[ $all == *app* ]] && bench_desktop_start
    [[ $all == *ioredis* || $all == *socketio* ]] && bench_node_prepare
    bench_redis_start "$LATENCY_LOGS/redis"
    SUB_PATTERN='bench:latency:*' SUB_CHANNEL=
    bench_log "$reps repetition(s) of $count messages at $LATENCY_RATE msg/s: $(echo "$all" | tr '\n' ' ')"
    for ((rep = 1; rep <= reps; rep++)); do
        for contender in $all; do
            latency_run_one "$rep" "$contender" "$count"
        done
    done
    bench_redis_stop
    bench_report latency "$LATENCY_JSONL" --rate "$LATENCY_RATE" --seconds "$seconds" \
        --channels "$LATENCY_CHANNELS" --reps "$reps" --size "$SIZE"
}
