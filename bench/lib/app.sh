# shellcheck shell=bash disable=SC2034
# The tray app under measurement (sourced, never executed): start it on the private desktop in
# a home of its own, talk to its probe (ui/BenchProbe), check its history afterwards.
#
# The probe writes JSON lines to APP_PROBE: "ready" at the first event-loop turn after start-up,
# "done" once APP_EXPECT messages are stored, and a "snapshot" for each request appended to
# APP_PROBE.request. See bench/README.md, "The tray app's probe".

APP_PID=
APP_REQUEST_SEQ=0

# The settings file of a run. The command line names the source and channels; these keep the
# history from being trimmed (the default keeps 50,000) and apply a scenario's popup policy.
app_settings() {
    printf '[history]\nmaxCount=5000000\nmaxAgeDays=0\n'
    printf '[popups]\n%s\n' "${APP_POPUPS:-}"
}

# bench_app_start NAME [herald options...]: starts the tray app with a fresh home, settings and
# history under $BENCH_TMP/app/NAME. Reads APP_HISTORY (a history file to start from, copied),
# APP_POPUPS (lines for the [popups] settings group), APP_EXPECT and APP_STALL_MS (the probe's),
# APP_NO_PROBE=1 (run without the probe: idle measurements), APP_WRAPPER (words run before the
# app, such as valgrind and its options; exec'ing wrappers only, so APP_PID stays the app's).
# Sets APP_PID, APP_DIR, APP_PROBE, APP_DB. Does not wait: see bench_app_wait_ready.
bench_app_start() {
    local name=$1
    shift
    APP_DIR="$BENCH_TMP/app/$name"
    rm -rf "$APP_DIR"
    mkdir -p "$APP_DIR/home" "$APP_DIR/config" "$APP_DIR/data" "$APP_DIR/cache"
    local config="$APP_DIR/config/herald.ini"
    APP_DB="$APP_DIR/config/herald-history.sqlite" # a --config file keeps its history beside it
    app_settings >"$config"
    [[ -n ${APP_HISTORY:-} ]] && cp "$APP_HISTORY" "$APP_DB"
    APP_PROBE="$APP_DIR/probe.jsonl"
    APP_REQUEST_SEQ=0
    local -a probe=()
    [[ ${APP_NO_PROBE:-0} == 1 ]] ||
        probe=("HERALD_BENCH_PROBE=$APP_PROBE" "HERALD_BENCH_EXPECT=${APP_EXPECT:-0}"
            "HERALD_BENCH_STALL_MS=${APP_STALL_MS:-0}")
    # The start stamp is taken last, right before the fork: the app's start-up includes exec.
    local t0=${EPOCHREALTIME/,/.}
    # APP_WRAPPER is split into words on purpose (a command and its options).
    # shellcheck disable=SC2086
    env "${DESKTOP_ENV[@]}" "HOME=$APP_DIR/home" "XDG_CONFIG_HOME=$APP_DIR/config" \
        "XDG_DATA_HOME=$APP_DIR/data" "XDG_CACHE_HOME=$APP_DIR/cache" "${probe[@]}" \
        "HERALD_BENCH_T0=$t0" ${APP_WRAPPER:-} "$BUILD_DIR/app/herald" --config "$config" \
        --notifier freedesktop \
        "$@" >"$APP_DIR/herald.out" 2>"$APP_DIR/herald.err" &
    APP_PID=$!
    BENCH_PIDS+=("$APP_PID")
}

# bench_app_wait_ready TIMEOUT: until the probe's "ready" line (in APP_READY).
bench_app_wait_ready() {
    bench_wait_for_line "$APP_PROBE" '"event":"ready"' "$APP_PID" "$1" ||
        bench_die "the tray app did not start; see $APP_DIR/herald.err"
    APP_READY=$(grep -m1 '"event":"ready"' "$APP_PROBE")
}

# bench_app_snapshot [snapshot|reset]: asks the probe for a snapshot and waits for it (in
# APP_SNAPSHOT; "null" when the app did not answer within 10 s). "reset" also starts the stall
# statistics afresh after the snapshot.
# shellcheck disable=SC2120 # most callers take the default
bench_app_snapshot() {
    local kind=${1:-snapshot} i line
    APP_REQUEST_SEQ=$((APP_REQUEST_SEQ + 1))
    echo "$kind $APP_REQUEST_SEQ" >>"$APP_PROBE.request"
    APP_SNAPSHOT=null
    for ((i = 0; i < 1000; i++)); do
        line=$(grep -F "\"request\":\"$APP_REQUEST_SEQ\"" "$APP_PROBE" 2>/dev/null || true)
        if [[ -n $line ]]; then
            APP_SNAPSHOT=$line
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.01
    done
    return 1
}

# bench_app_wait_done START_TIMEOUT IDLE_TIMEOUT: until the probe's "done" line (all APP_EXPECT
# messages stored), or until nothing new was stored for IDLE_TIMEOUT seconds (nothing at all
# for START_TIMEOUT). Sets APP_SNAPSHOT to the last figures and APP_TIMED_OUT to 0 or 1.
bench_app_wait_done() {
    local start_timeout=$1 idle_timeout=$2 i stored last=-1 still=0
    APP_TIMED_OUT=0
    for ((i = 0; ; i++)); do
        if grep -q '"event":"done"' "$APP_PROBE"; then
            APP_SNAPSHOT=$(grep -m1 '"event":"done"' "$APP_PROBE")
            return 0
        fi
        # Polled slowly: each request costs the app a little work.
        if ((i % 20 == 19)); then
            # shellcheck disable=SC2119 # a plain snapshot
            bench_app_snapshot || break
            stored=$(bench_json_get "$APP_SNAPSHOT" stored)
            if [[ $stored == "$last" ]]; then still=$((still + 1)); else still=0; fi
            last=$stored
            if ((stored == 0 && still >= start_timeout)) || ((stored > 0 && still >= idle_timeout)); then
                break
            fi
        fi
        sleep 0.05
    done
    APP_TIMED_OUT=1
}

bench_app_stop() {
    [[ -n $APP_PID ]] && bench_stop "$APP_PID"
    APP_PID=
}

# What the history holds after a run, as JSON (lib/historycheck.py): the benchmark's messages
# (numeric ids), how many distinct, the lowest and highest id, the gap markers (one per
# disconnection), all rows.
bench_app_history_check() { python3 "$BENCH_DIR/lib/historycheck.py" "$APP_DB"; }

# The Notify calls the stand-in notification server logged since line FROM (1-based, exclusive):
# {"calls", "individual", "summaries", "latency_file"}; individual ones carry the publisher's
# "@<sent_ns>" at the end of their title, and their latencies go to FILE.
bench_notify_since() {
    local from=$1 file=$2
    tail -n +"$((from + 1))" "$NOTIFY_LOG" | python3 "$BENCH_DIR/lib/notifylog.py" "$file"
}

# bench_history N: the path of a history file holding N notifications (bench-prefill), made
# once and kept in BUILD_DIR/bench-histories/ for later runs; made again when bench-prefill
# changes. Runs in the foreground (it may be called in $(...)).
bench_history() {
    local n=$1 dir="$BUILD_DIR/bench-histories" key file
    key=$(cksum <"$BUILD_DIR/bench/bench-prefill" | cut -d' ' -f1)
    file="$dir/history-$n-$key.sqlite"
    if [[ ! -f $file ]]; then
        mkdir -p "$dir"
        rm -f "$dir/history-$n-"*
        bench_log "pre-filling a history of $n notifications (kept in $dir for later runs)"
        "$BUILD_DIR/bench/bench-prefill" --db "$file.part" --count "$n" >"$dir/prefill-$n.out" ||
            bench_die "bench-prefill failed; see $dir/prefill-$n.out"
        # One self-contained file: the write-ahead log folded in before it is renamed.
        python3 "$BENCH_DIR/lib/historycheck.py" --checkpoint "$file.part"
        rm -f "$file.part-wal" "$file.part-shm"
        mv "$file.part" "$file"
    fi
    echo "$file"
}
