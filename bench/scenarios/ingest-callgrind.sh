# bench: opt-in (not run by a bare bench/run; name it: bench/run ingest-callgrind)
# shellcheck shell=bash
#
# Scenario "ingest-callgrind": where Herald's core spends its instructions during a burst.
# Runs herald-bench-ingest under `valgrind --tool=callgrind` while bench-publisher blasts
# PROFILE_COUNT messages (default 50,000; --count overrides), then writes
#   RESULTS_DIR/ingest-callgrind.out   the callgrind profile (open with kcachegrind or
#                                      callgrind_annotate)
#   RESULTS_DIR/ingest-callgrind.txt   callgrind_annotate, exclusive and inclusive
# and prints the hot spots. Under callgrind the subscriber runs ~50x slower, so keep the burst
# under Redis's 32 MiB pubsub hard limit (50,000 x 200 bytes is ~12 MiB) or Redis drops it.
# The build has -g (same code as without), so inlined functions keep their names.

PROFILE_COUNT=$COUNT
((COUNT_EXPLICIT)) || PROFILE_COUNT=50000

scenario_ingest_callgrind_describe() {
    echo "ingest-callgrind: callgrind profile of herald-bench-ingest on a ${PROFILE_COUNT} message burst"
}

scenario_ingest_callgrind_targets() {
    echo herald-bench-ingest bench-publisher
}

scenario_ingest_callgrind() {
    command -v valgrind >/dev/null || bench_die "valgrind is not installed"
    command -v callgrind_annotate >/dev/null || bench_die "callgrind_annotate is not installed"
    local logs="$RESULTS_DIR/logs/ingest-callgrind"
    local out="$RESULTS_DIR/ingest-callgrind.out" txt="$RESULTS_DIR/ingest-callgrind.txt"
    local channel=bench:profile
    rm -rf "$logs"
    mkdir -p "$logs"
    bench_redis_start "$logs/redis"

    valgrind --tool=callgrind --callgrind-out-file="$out" \
        "$BUILD_DIR/bench/herald-bench-ingest" --url "redis://127.0.0.1:$REDIS_PORT" \
        --channel "$channel" --count "$PROFILE_COUNT" --idle-timeout-ms 30000 \
        >"$logs/sub.out" 2>"$logs/sub.err" &
    local sub_pid=$!
    BENCH_PIDS+=("$sub_pid")
    bench_wait_for_line "$logs/sub.out" '^READY' "$sub_pid" 120 ||
        bench_die "herald-bench-ingest under callgrind never became READY; see $logs/sub.err"
    bench_wait_numsub "$channel" 1 10 || bench_die "Redis does not count 1 subscriber"

    "$BUILD_DIR/bench/bench-publisher" --host 127.0.0.1 --port "$REDIS_PORT" --channel "$channel" \
        --count "$PROFILE_COUNT" --size "$SIZE" --mode blast >"$logs/pub.out" 2>"$logs/pub.err" &
    local pub_pid=$!
    BENCH_PIDS+=("$pub_pid")
    bench_wait_exit "$pub_pid" 120
    bench_wait_exit "$sub_pid" 900
    local sub_rc=$BENCH_RC
    bench_redis_stop
    [[ -s $out ]] || bench_die "no callgrind output; see $logs/sub.err"

    # callgrind_annotate's output is cut short by head/sed: ignore its SIGPIPE (pipefail).
    annotate() { callgrind_annotate "$@" "$out" 2>/dev/null || true; }
    {
        echo "# herald-bench-ingest under callgrind: $PROFILE_COUNT x $SIZE-byte JSON, blast publisher"
        echo "# RESULT: $(bench_result_json "$logs/sub.out")"
        echo
        echo "## Exclusive (self) instructions"
        annotate --inclusive=no | sed -n '/^Ir/,$p' | head -60 || true
        echo
        echo "## Inclusive instructions"
        annotate --inclusive=yes | sed -n '/^Ir/,$p' | head -120 || true
    } >"$txt"

    local total
    total=$(annotate | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    echo
    echo "callgrind: $PROFILE_COUNT messages, $(awk -v t="$total" -v n="$PROFILE_COUNT" 'BEGIN { printf "%.0f", t / n }') instructions per message, whole process (subscriber exit $sub_rc)"
    echo
    echo "Top self (exclusive) costs:"
    annotate --inclusive=no | grep -E '^ *[0-9,]+ \( *[0-9.]+%\)  [^=]' | head -20 | cut -c1-170 || true
    echo
    echo "First-party functions, inclusive:"
    annotate --inclusive=yes | grep -E '^ *[0-9,]+ \( *[0-9.]+%\)  [^=]*(^|[ /])app/' |
        grep -v 'std_function.h\|qobjectdefs_impl.h' | head -25 | cut -c1-170 || true
    echo
    echo "Full report: $txt (profile: $out)"
}
