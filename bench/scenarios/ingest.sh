# shellcheck shell=bash
# Scenario "ingest": Redis Pub/Sub burst throughput of Herald's core against the raw limit.
# Sourced by bench/run, which provides BENCH_DIR, BUILD_DIR, RESULTS_DIR, REPS, COUNT, SIZE,
# MODES (array), BATCH, CHECK and the helpers of lib/common.sh.
#
# For each publisher mode, REPS repetitions; each repetition runs the two contenders back to
# back (raw, then herald) against the same private redis-server:
#   1. start the subscriber, wait for its READY line and for Redis to count exactly 1 subscriber;
#   2. run bench-publisher in the foreground (COUNT distinct SIZE-byte JSON payloads);
#   3. wait for the subscriber to finish (it stops at COUNT messages, or after 5 s of silence).
# Every RESULT line goes to RESULTS_DIR/logs/ingest/runs.jsonl; lib/report.py turns them into the
# table, RESULTS_DIR/ingest.json and RESULTS_DIR/ingest.md.

INGEST_CHANNEL=bench:ingest
INGEST_IDLE_TIMEOUT_MS=5000

scenario_ingest_describe() {
    echo "ingest: ${COUNT} x ${SIZE}-byte JSON notifications; Herald's core vs raw hiredis (limit)"
}

scenario_ingest_targets() {
    echo herald-bench-ingest bench-raw-subscriber bench-publisher
}

# ingest_run_one MODE REP CONTENDER: one measurement; appends one JSON line to $INGEST_JSONL.
ingest_run_one() {
    local mode=$1 rep=$2 contender=$3
    local stem="$INGEST_LOGS/$mode-$rep-$contender"
    local sub_pid sub_rc pub_rc redis_cpu0 redis_cpu1 loadavg drops0 drops1
    local -a sub_cmd
    case $contender in
    raw) sub_cmd=("$BUILD_DIR/bench/bench-raw-subscriber" --host 127.0.0.1 --port "$REDIS_PORT") ;;
    herald) sub_cmd=("$BUILD_DIR/bench/herald-bench-ingest" --url "redis://127.0.0.1:$REDIS_PORT") ;;
    esac
    sub_cmd+=(--channel "$INGEST_CHANNEL" --count "$COUNT" --idle-timeout-ms "$INGEST_IDLE_TIMEOUT_MS")

    # A subscriber of the previous run may still be closing: start from zero subscribers.
    bench_wait_numsub "$INGEST_CHANNEL" 0 10 || bench_die "a previous subscriber is still subscribed"

    "${sub_cmd[@]}" >"$stem.sub.out" 2>"$stem.sub.err" &
    sub_pid=$!
    BENCH_PIDS+=("$sub_pid")
    if ! bench_wait_for_line "$stem.sub.out" '^READY' "$sub_pid" 30; then
        bench_stop "$sub_pid"
        bench_die "$contender subscriber never became READY; see $stem.sub.err"
    fi
    bench_wait_numsub "$INGEST_CHANNEL" 1 10 || bench_die "Redis does not count 1 subscriber"

    loadavg=$(cut -d' ' -f1 /proc/loadavg)
    redis_cpu0=$(bench_proc_cpu_s "$REDIS_PID")
    drops0=$(bench_redis_drops)
    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" \
        --channel "$INGEST_CHANNEL" --count "$COUNT" --size "$SIZE" --mode "$mode" \
        --batch "$BATCH" >"$stem.pub.out" 2>"$stem.pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" 120
    pub_rc=$BENCH_RC
    bench_wait_exit "$sub_pid" $((INGEST_IDLE_TIMEOUT_MS / 1000 + 60))
    sub_rc=$BENCH_RC
    redis_cpu1=$(bench_proc_cpu_s "$REDIS_PID")
    drops1=$(bench_redis_drops)

    local sub_json pub_json redis_cpu=null
    sub_json=$(bench_result_json "$stem.sub.out")
    pub_json=$(bench_result_json "$stem.pub.out")
    if [[ $redis_cpu0 != null && $redis_cpu1 != null ]]; then
        redis_cpu=$(awk -v a="$redis_cpu0" -v b="$redis_cpu1" 'BEGIN { printf "%.2f", b - a }')
    fi
    printf '{"scenario":"ingest","mode":"%s","rep":%d,"contender":"%s","sub_rc":%d,"pub_rc":%d,"redis_cpu_s":%s,"redis_drops":%d,"loadavg":%s,"sub":%s,"pub":%s}\n' \
        "$mode" "$rep" "$contender" "$sub_rc" "$pub_rc" "$redis_cpu" $((drops1 - drops0)) "$loadavg" \
        "$sub_json" "$pub_json" >>"$INGEST_JSONL"
    python3 "$BENCH_DIR/lib/report.py" ingest-line "$(tail -n 1 "$INGEST_JSONL")" >&2
}

scenario_ingest() {
    INGEST_LOGS="$RESULTS_DIR/logs/ingest"
    INGEST_JSONL="$INGEST_LOGS/runs.jsonl"
    rm -rf "$INGEST_LOGS"
    mkdir -p "$INGEST_LOGS"

    bench_redis_start "$INGEST_LOGS/redis"
    bench_log "redis-server $(redis-server --version | grep -o 'v=[^ ]*') pid $REDIS_PID on 127.0.0.1:$REDIS_PORT"
    local cobl
    cobl=$(bench_redis_cli --raw CONFIG GET client-output-buffer-limit | sed -n 2p)
    bench_log "client-output-buffer-limit: $cobl (Redis default)"
    bench_log "$REPS repetition(s) per publisher mode (${MODES[*]}), contenders alternating raw, herald"

    local mode rep contender
    for mode in "${MODES[@]}"; do
        for ((rep = 1; rep <= REPS; rep++)); do
            for contender in raw herald; do
                ingest_run_one "$mode" "$rep" "$contender"
            done
        done
    done
    bench_redis_stop

    local -a meta=(
        --count "$COUNT" --size "$SIZE" --batch "$BATCH" --reps "$REPS"
        --redis-version "$(redis-server --version | grep -o 'v=[^ ]*' | cut -d= -f2)"
        --hiredis-version "$(pkg-config --modversion hiredis 2>/dev/null || echo unknown)"
        --qt-version "$(pkg-config --modversion Qt6Core 2>/dev/null || echo unknown)"
        --client-output-buffer-limit "$cobl"
        --cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
        --cores "$(nproc)"
        --git "$(git -C "$BENCH_DIR/.." rev-parse --short HEAD 2>/dev/null || echo none)"
    )
    local -a check_flag=()
    [[ $CHECK == 1 ]] && check_flag=(--check)
    python3 "$BENCH_DIR/lib/report.py" ingest "$INGEST_JSONL" \
        --json "$RESULTS_DIR/ingest.json" --markdown "$RESULTS_DIR/ingest.md" "${meta[@]}" "${check_flag[@]}"
}
