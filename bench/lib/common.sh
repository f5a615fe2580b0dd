# shellcheck shell=bash disable=SC2034
# Shared helpers for bench/run and the scenario scripts (sourced, never executed).
#
# Process rules (PID 1 on the CI machines does not reap orphans): every program is started as a
# direct child of bench/run with `&`, remembered by PID, stopped by that PID (SIGTERM, then
# SIGKILL after a grace period) and waited for. Never pkill/killall.

BENCH_PIDS=()

bench_log() { printf '[bench] %s\n' "$*" >&2; }
bench_die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

# A free loopback TCP port (bind to port 0 and read what the kernel chose).
bench_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

bench_forget_pid() {
    local pid=$1 kept=() p
    for p in "${BENCH_PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    BENCH_PIDS=("${kept[@]}")
}

# bench_stop PID [grace-seconds]: SIGTERM, wait up to the grace period, then SIGKILL; reaps it.
bench_stop() {
    local pid=$1 grace=${2:-5} i
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < grace * 20; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null || true
    bench_forget_pid "$pid"
}

bench_stop_all() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do bench_stop "$pid" 3; done
    BENCH_PIDS=()
}

# bench_wait_exit PID TIMEOUT_SECONDS: waits for the child to end on its own; stops it after
# the timeout. Sets BENCH_RC to its exit status (124 when it had to be stopped). Not to be
# called in $(...): a subshell cannot wait for the script's children.
bench_wait_exit() {
    local pid=$1 timeout=$2 i
    BENCH_RC=0
    for ((i = 0; i < timeout * 20; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
        bench_log "pid $pid still running after ${timeout}s: stopping it"
        bench_stop "$pid"
        BENCH_RC=124
        return
    fi
    wait "$pid" || BENCH_RC=$?
    bench_forget_pid "$pid"
}

# bench_wait_for_line FILE REGEX PID TIMEOUT_SECONDS: until FILE has a line matching REGEX.
# Fails when PID ends first or the timeout passes.
bench_wait_for_line() {
    local file=$1 regex=$2 pid=$3 timeout=$4 i
    for ((i = 0; i < timeout * 100; i++)); do
        grep -qE "$regex" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { grep -qE "$regex" "$file" 2>/dev/null; return; }
        sleep 0.01
    done
    return 1
}

# CPU time (user + system, seconds) a process has used so far, from /proc/PID/stat.
bench_proc_cpu_s() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null ||
        echo null
}

# bench_redis_start DIR: a private redis-server on a free loopback port with Redis's DEFAULT
# client-output-buffer limits (never changed here: the goal is stated under them), no
# persistence. Sets REDIS_PID and REDIS_PORT.
bench_redis_start() {
    local dir=$1 attempt i
    mkdir -p "$dir"
    REDIS_LOG="$dir/redis.log"
    for attempt in 1 2 3; do
        REDIS_PORT=$(bench_free_port)
        redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
            --daemonize no --dir "$dir" --logfile "$REDIS_LOG" &
        REDIS_PID=$!
        BENCH_PIDS+=("$REDIS_PID")
        for ((i = 0; i < 500; i++)); do
            if [[ $(redis-cli -p "$REDIS_PORT" PING 2>/dev/null) == PONG ]]; then
                return 0
            fi
            kill -0 "$REDIS_PID" 2>/dev/null || break
            sleep 0.01
        done
        bench_stop "$REDIS_PID"
        bench_log "redis-server did not start on port $REDIS_PORT (attempt $attempt)"
    done
    bench_die "cannot start redis-server; see $dir/redis.log"
}

# How many clients Redis has dropped so far for exceeding their output-buffer limit (from its
# log: "... scheduled to be closed ASAP for overcoming of output buffer limits").
bench_redis_drops() {
    grep -c 'overcoming of output buffer limits' "$REDIS_LOG" 2>/dev/null || true
}

bench_redis_stop() {
    [[ -n ${REDIS_PID:-} ]] && bench_stop "$REDIS_PID"
    REDIS_PID=
}

bench_redis_cli() { redis-cli -p "$REDIS_PORT" "$@"; }

# Number of subscribers Redis has on a channel.
bench_numsub() { bench_redis_cli --raw PUBSUB NUMSUB "$1" 2>/dev/null | sed -n 2p; }

# bench_wait_numsub CHANNEL N TIMEOUT_SECONDS
bench_wait_numsub() {
    local channel=$1 want=$2 timeout=$3 i
    for ((i = 0; i < timeout * 100; i++)); do
        [[ $(bench_numsub "$channel") == "$want" ]] && return 0
        sleep 0.01
    done
    return 1
}

# The last "RESULT {json}" line of a program's stdout, or null.
bench_result_json() {
    local line
    line=$(grep -E '^RESULT \{' "$1" 2>/dev/null | tail -n 1)
    if [[ -n $line ]]; then printf '%s\n' "${line#RESULT }"; else echo null; fi
}

# Quotes a string for JSON.
bench_json_str() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"; }

# bench_json_get JSON KEY: one top-level value of a JSON object ("null" when absent).
bench_json_get() {
    python3 -c 'import json, sys
v = (json.loads(sys.argv[1]) or {}).get(sys.argv[2])
print("null" if v is None else json.dumps(v) if isinstance(v, (dict, list)) else v)' "$1" "$2"
}

# bench_proc PID: the process's CPU time, memory and context switches as JSON (lib/procstat.py),
# or null when it is gone.
bench_proc() { python3 "$BENCH_DIR/lib/procstat.py" "$1"; }

# bench_wait_numpat N TIMEOUT_SECONDS: Redis counts N pattern subscriptions
# (PUBSUB NUMPAT counts all patterns of all clients; the scenarios use one pattern at a time).
bench_wait_numpat() {
    local want=$1 timeout=$2 i
    for ((i = 0; i < timeout * 100; i++)); do
        [[ $(bench_redis_cli --raw PUBSUB NUMPAT 2>/dev/null) == "$want" ]] && return 0
        sleep 0.01
    done
    return 1
}

# bench_append_run FILE KEY=JSON...: appends one JSON object built from KEY=JSON-value words
# (values must already be JSON: numbers, null, objects, or strings quoted with bench_json_str).
bench_append_run() {
    local file=$1
    shift
    python3 - "$@" >>"$file" <<'PY'
import json, sys
record = {}
for word in sys.argv[1:]:
    key, _, value = word.partition("=")
    try:
        record[key] = json.loads(value)
    except ValueError:
        record[key] = value  # a bare word: kept as text
print(json.dumps(record))
PY
}

# Seconds since bench/run started, for the per-scenario timing lines.
bench_elapsed() { echo $((SECONDS - BENCH_STARTED)); }

# Redis's client-output-buffer-limit as configured (the default: never changed by the bench).
bench_redis_output_limits() { bench_redis_cli --raw CONFIG GET client-output-buffer-limit | sed -n 2p; }

# bench_report SCENARIO RUNS.jsonl [--param VALUE]...: the scenario's table on stdout, and
# RESULTS_DIR/SCENARIO.json and .md (lib/report.py). With --check, a missed goal fails bench/run
# at the end (BENCH_FAILED), after every scenario has run.
bench_report() {
    local scenario=$1 runs=$2
    shift 2
    local -a check=()
    # shellcheck disable=SC2153 # CHECK is bench/run's
    ((CHECK)) && check=(--check)
    python3 "$BENCH_DIR/lib/report.py" "$scenario" "$runs" --out-dir "$RESULTS_DIR" \
        --env "$RESULTS_DIR/environment.json" "$@" "${check[@]}" || BENCH_FAILED=1
}

# bench_latency_stats FILE: percentiles of a file of nanosecond latencies, as JSON (lib/report.py).
bench_latency_stats() { python3 "$BENCH_DIR/lib/report.py" latency-stats "$1"; }
