# shellcheck shell=bash disable=SC2034
# The seed's Node stack (sourced, never executed): package install and the three programs of
# bench/programs/node. Each program is a direct child of bench/run, stopped by its PID.

NODE_DIR="$BENCH_DIR/programs/node"

# npm ci when node_modules is missing or older than the lock file; once per bench/run.
bench_node_prepare() {
    [[ ${NODE_READY:-0} == 1 ]] && return 0
    command -v node >/dev/null || bench_die "node is not installed (see bench/README.md)"
    command -v npm >/dev/null || bench_die "npm is not installed (see bench/README.md)"
    local stamp="$BENCH_DIR/node_modules/.package-lock.json"
    if [[ ! -f $stamp || $BENCH_DIR/package-lock.json -nt $stamp ]]; then
        bench_log "npm ci in bench/ (ioredis, socket.io, socket.io-client)"
        (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error) >&2 ||
            bench_die "npm ci failed"
    fi
    NODE_READY=1
}

# bench_gateway_start LOG_STEM (--channel C | --pattern P): the seed-style Socket.IO gateway on
# a free port. Sets GATEWAY_PID and GATEWAY_PORT once it is subscribed.
bench_gateway_start() {
    local stem=$1
    shift
    node "$NODE_DIR/gateway.js" --redis-port "$REDIS_PORT" "$@" >"$stem.out" 2>"$stem.err" &
    GATEWAY_PID=$!
    BENCH_PIDS+=("$GATEWAY_PID")
    bench_wait_for_line "$stem.out" '^READY' "$GATEWAY_PID" 30 ||
        bench_die "the Socket.IO gateway did not start; see $stem.err"
    GATEWAY_PORT=$(sed -n 's/^PORT //p' "$stem.out" | head -n 1)
    GATEWAY_OUT="$stem.out"
}

# bench_gateway_wait_clients N TIMEOUT: until the gateway's last "CLIENTS n" line says N.
bench_gateway_wait_clients() {
    local want=$1 timeout=$2 i
    for ((i = 0; i < timeout * 100; i++)); do
        [[ $(grep '^CLIENTS ' "$GATEWAY_OUT" | tail -n 1) == "CLIENTS $want" ]] && return 0
        sleep 0.01
    done
    return 1
}

# Stops the gateway; its RESULT line (forwarded, Redis disconnects) is then in GATEWAY_OUT.
bench_gateway_stop() {
    [[ -n ${GATEWAY_PID:-} ]] && bench_stop "$GATEWAY_PID"
    GATEWAY_PID=
}
