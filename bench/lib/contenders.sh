# shellcheck shell=bash disable=SC2034
# The subscriber contenders of the ingest and latency scenarios (sourced, never executed). Each
# one is started, made READY and subscribed, then finished, the same way:
#
#   raw       bench-raw-subscriber: C hiredis, counts only (the limit)
#   herald    herald-bench-ingest: Herald's core (RedisSource + parser), parsed notifications
#   app       the tray app (herald --minimized): parse, SQLite, model, popup policy, D-Bus
#   ioredis   the seed's subscriber: ioredis + JSON.parse
#   socketio  the seed's chain: ioredis -> socket.io gateway -> socket.io-client
#
# Subscription: SUB_CHANNEL, or SUB_PATTERN when set. After contender_finish, CONTENDER_RESULT
# holds the subscriber's RESULT object (for the app, built by lib/appresult.py) and
# CONTENDER_GATEWAY the gateway's (socketio only, else null).

contender_subscription() {
    if [[ -n ${SUB_PATTERN:-} ]]; then echo --pattern "$SUB_PATTERN"; else echo --channel "$SUB_CHANNEL"; fi
}

# Waits until Redis counts exactly N subscribers of the scenario's channel or pattern.
contender_wait_subscribers() {
    if [[ -n ${SUB_PATTERN:-} ]]; then
        bench_wait_numpat "$1" "$2"
    else
        bench_wait_numsub "$SUB_CHANNEL" "$1" "$2"
    fi
}

contender_start_program() {
    "$@" >"$CONTENDER_STEM.sub.out" 2>"$CONTENDER_STEM.sub.err" &
    CONTENDER_PID=$!
    BENCH_PIDS+=("$CONTENDER_PID")
    bench_wait_for_line "$CONTENDER_STEM.sub.out" '^READY' "$CONTENDER_PID" 30 ||
        bench_die "$CONTENDER never became READY; see $CONTENDER_STEM.sub.err"
}

# contender_start NAME STEM COUNT IDLE_MS [LATENCY_FILE]: returns once it is READY and Redis
# counts its subscription. LATENCY_FILE gets publish -> received latencies (ns, one a line).
contender_start() {
    CONTENDER=$1 CONTENDER_STEM=$2 CONTENDER_COUNT=$3 CONTENDER_IDLE_MS=$4
    CONTENDER_LATENCY=${5:-}
    local -a sub lat=() common
    read -r -a sub <<<"$(contender_subscription)"
    [[ -n $CONTENDER_LATENCY ]] && lat=(--latency-file "$CONTENDER_LATENCY")
    common=("${sub[@]}" --count "$3" --idle-timeout-ms "$4" "${lat[@]}")
    contender_wait_subscribers 0 10 || bench_die "a previous subscriber is still subscribed"
    CONTENDER_GATEWAY=null
    case $CONTENDER in
    raw) contender_start_program "$BUILD_DIR/bench/bench-raw-subscriber" --host 127.0.0.1 \
        --port "$REDIS_PORT" "${common[@]}" ;;
    herald) contender_start_program "$BUILD_DIR/bench/herald-bench-ingest" \
        --url "redis://127.0.0.1:$REDIS_PORT" "${common[@]}" ;;
    ioredis) contender_start_program node "$NODE_DIR/ioredis_subscriber.js" --port "$REDIS_PORT" \
        "${common[@]}" ;;
    socketio)
        bench_gateway_start "$CONTENDER_STEM.gateway" "${sub[@]}"
        contender_start_program node "$NODE_DIR/sio_client.js" --port "$GATEWAY_PORT" \
            --count "$3" --idle-timeout-ms "$4" "${lat[@]}"
        bench_gateway_wait_clients 1 10 || bench_die "the gateway does not count its client"
        ;;
    app) contender_start_app "${sub[@]}" ;;
    *) bench_die "unknown contender $CONTENDER" ;;
    esac
    contender_wait_subscribers 1 10 || bench_die "Redis does not count 1 subscriber ($CONTENDER)"
}

contender_start_app() {
    APP_EXPECT=$CONTENDER_COUNT bench_app_start "$(basename "$CONTENDER_STEM")" --minimized \
        --source "redis://127.0.0.1:$REDIS_PORT" "$@"
    bench_app_wait_ready 30
    CONTENDER_PID=$APP_PID
    # Once subscribed (the caller waits for that), the app is sampled again just before the
    # publisher starts: contender_mark_start.
}

# Just before the publisher starts: what the app has used so far, and where the Notify log is.
contender_mark_start() {
    [[ $CONTENDER == app ]] || return 0
    CONTENDER_PROC_BEFORE=$(bench_proc "$APP_PID")
    CONTENDER_NOTIFY_FROM=$(bench_notify_lines)
}

# contender_finish: waits for the contender to receive everything (or to give up after its
# idle timeout) and collects its figures into CONTENDER_RESULT.
contender_finish() {
    local idle_s=$(((CONTENDER_IDLE_MS + 999) / 1000))
    if [[ $CONTENDER == app ]]; then
        contender_finish_app "$idle_s"
        return
    fi
    bench_wait_exit "$CONTENDER_PID" $((idle_s + 120))
    CONTENDER_RC=$BENCH_RC
    CONTENDER_RESULT=$(bench_result_json "$CONTENDER_STEM.sub.out")
    if [[ $CONTENDER == socketio ]]; then
        bench_gateway_stop
        CONTENDER_GATEWAY=$(bench_result_json "$GATEWAY_OUT")
    fi
}

contender_finish_app() {
    local idle_s=$1 after final history notify
    bench_app_wait_done 60 "$idle_s"
    final=$APP_SNAPSHOT
    after=$(bench_proc "$APP_PID")
    bench_app_stop
    CONTENDER_RC=$APP_TIMED_OUT
    history=$(bench_app_history_check)
    notify=$(bench_notify_since "$CONTENDER_NOTIFY_FROM" "$CONTENDER_STEM.notify-latency")
    [[ -n $CONTENDER_LATENCY && -f $APP_PROBE.latency ]] && cp "$APP_PROBE.latency" "$CONTENDER_LATENCY"
    cp "$APP_PROBE" "$CONTENDER_STEM.probe.jsonl"
    cp "$APP_DIR/herald.err" "$CONTENDER_STEM.sub.err"
    CONTENDER_RESULT=$(python3 "$BENCH_DIR/lib/appresult.py" --expected "$CONTENDER_COUNT" \
        --ready "$APP_READY" --final "$final" --proc-before "$CONTENDER_PROC_BEFORE" \
        --proc-after "$after" --history "$history" --notify "$notify" \
        --timed-out "$APP_TIMED_OUT")
    rm -rf "$APP_DIR" # a 200,000-row history is ~100 MB; what matters was copied or counted
}
