# shellcheck shell=bash disable=SC2034
# Scenario "ingest" (goal 1): a Redis Pub/Sub burst of COUNT x SIZE-byte JSON notifications,
# received by each contender in turn (lib/contenders.sh): raw (the limit), herald (Herald's
# core), app (the whole tray app), ioredis and socketio (the seed's Node stack).
#
# For each publisher mode, 5 repetitions (--reps); each repetition runs the contenders back to
# back against the same private redis-server (default client-output-buffer limits), in the
# order given, so load from elsewhere moves a repetition's runs alike:
#   1. start the contender, wait for READY and for Redis to count exactly 1 subscriber;
#   2. run bench-publisher in the foreground;
#   3. wait for the contender to receive everything (or to hear nothing for IDLE seconds).
# blast runs every contender; pipelined (a client with a pipeline of BATCH) only raw and herald,
# the pair whose ratio it is about. Runs go to RESULTS_DIR/logs/ingest/runs.jsonl; lib/report.py
# turns them into the table, RESULTS_DIR/ingest.json and ingest.md.

INGEST_CHANNEL=bench:ingest
INGEST_IDLE_TIMEOUT_MS=3000
INGEST_CONTENDERS=(raw herald app ioredis socketio)
INGEST_PIPELINED_CONTENDERS=(raw herald)

scenario_ingest_describe() {
    echo "ingest: ${COUNT} x ${SIZE}-byte JSON burst; Herald's core and tray app vs raw hiredis (limit) and the seed's Node stack"
}

scenario_ingest_targets() {
    echo herald-bench-ingest bench-raw-subscriber bench-publisher herald bench-notify-server
}

ingest_contenders() {
    local mode=$1 c
    for c in "${INGEST_CONTENDERS[@]}"; do
        [[ $mode == pipelined && " ${INGEST_PIPELINED_CONTENDERS[*]} " != *" $c "* ]] && continue
        [[ ${BENCH_CONTENDERS:-} && " ${BENCH_CONTENDERS//,/ } " != *" $c "* ]] && continue
        echo "$c"
    done
}

# ingest_run_one MODE REP CONTENDER: one measurement; appends one JSON line to $INGEST_JSONL.
ingest_run_one() {
    local mode=$1 rep=$2 contender=$3
    local stem="$INGEST_LOGS/$mode-$rep-$contender"
    contender_start "$contender" "$stem" "$COUNT" "$INGEST_IDLE_TIMEOUT_MS"

    local loadavg redis_cpu0 redis_cpu1 drops0
    loadavg=$(cut -d' ' -f1 /proc/loadavg)
    redis_cpu0=$(bench_proc_cpu_s "$REDIS_PID")
    drops0=$(bench_redis_drops)
    contender_mark_start
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" \
        --channel "$INGEST_CHANNEL" --count "$COUNT" --size "$SIZE" --mode "$mode" \
        --batch "$BATCH" >"$stem.pub.out" 2>"$stem.pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" 120
    local pub_rc=$BENCH_RC
    contender_finish
    redis_cpu1=$(bench_proc_cpu_s "$REDIS_PID")

    local redis_cpu=null
    if [[ $redis_cpu0 != null && $redis_cpu1 != null ]]; then
        redis_cpu=$(awk -v a="$redis_cpu0" -v b="$redis_cpu1" 'BEGIN { printf "%.2f", b - a }')
    fi
    bench_append_run "$INGEST_JSONL" scenario='"ingest"' "mode=\"$mode\"" "rep=$rep" \
        "contender=\"$contender\"" "sub_rc=$CONTENDER_RC" "pub_rc=$pub_rc" \
        "redis_cpu_s=$redis_cpu" "redis_drops=$(($(bench_redis_drops) - drops0))" \
        "loadavg=$loadavg" "sub=$CONTENDER_RESULT" "pub=$(bench_result_json "$stem.pub.out")" \
        "gateway=$CONTENDER_GATEWAY"
    python3 "$BENCH_DIR/lib/report.py" line ingest "$(tail -n 1 "$INGEST_JSONL")" >&2
}

scenario_ingest() {
    INGEST_LOGS="$RESULTS_DIR/logs/ingest"
    INGEST_JSONL="$INGEST_LOGS/runs.jsonl"
    rm -rf "$INGEST_LOGS"
    mkdir -p "$INGEST_LOGS"
    local mode rep contender all reps
    reps=$(scenario_reps 5)
    all=$(for mode in "${MODES[@]}"; do ingest_contenders "$mode"; done)
    [[ $all == *app* ]] && bench_desktop_start
    [[ $all == *ioredis* || $all == *socketio* ]] && bench_node_prepare

    bench_redis_start "$INGEST_LOGS/redis"
    bench_log "redis-server $(redis-server --version | grep -o 'v=[^ ]*') pid $REDIS_PID on 127.0.0.1:$REDIS_PORT"
    bench_log "client-output-buffer-limit: $(bench_redis_output_limits) (Redis default)"
    SUB_CHANNEL=$INGEST_CHANNEL SUB_PATTERN=
    for mode in "${MODES[@]}"; do
        bench_log "$reps repetition(s), $mode publisher: $(ingest_contenders "$mode" | tr '\n' ' ')"
        for ((rep = 1; rep <= reps; rep++)); do
            for contender in $(ingest_contenders "$mode"); do
                ingest_run_one "$mode" "$rep" "$contender"
            done
        done
    done
    bench_redis_stop
    bench_report ingest "$INGEST_JSONL" --count "$COUNT" --size "$SIZE" --batch "$BATCH" --reps "$reps"
}
