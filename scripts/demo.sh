#!/usr/bin/env bash
# The README's run command: install, build, start a throwaway local Redis, and show Herald
# receiving a few sample notifications. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)" --target herald herald-cli

workdir=$(mktemp -d)
redis_pid="" listen_pid=""
cleanup() {
    [ -n "$listen_pid" ] && kill "$listen_pid" 2>/dev/null && wait "$listen_pid" 2>/dev/null
    [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

redis_server=$(command -v redis-server || echo /usr/bin/redis-server)
for _ in $(seq 20); do
    port=$(shuf -i 20000-60999 -n 1)
    "$redis_server" --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
        --dir "$workdir" --loglevel warning &
    redis_pid=$!
    for _ in $(seq 50); do
        redis-cli -p "$port" ping >/dev/null 2>&1 && break 2
        kill -0 "$redis_pid" 2>/dev/null || break
        sleep 0.1
    done
    wait "$redis_pid" 2>/dev/null || true
    redis_pid=""
done
[ -n "$redis_pid" ] || { echo "Could not start redis-server" >&2; exit 1; }
source_url="redis://127.0.0.1:$port"
echo "Demo Redis at $source_url"

config="$workdir/herald.ini"
if [ "${1:-}" = "--cli" ] || { [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; }; then
    [ "${1:-}" = "--cli" ] || echo "No display: showing the notifications in this terminal instead."
    build/app/herald-cli listen --source "$source_url" --channel demo --pattern 'alerts:*' &
else
    build/app/herald --source "$source_url" --channel demo --pattern 'alerts:*' --config "$config" &
fi
listen_pid=$!
until [ "$(redis-cli -p "$port" pubsub numsub demo | tail -n 1)" = 1 ]; do
    kill -0 "$listen_pid" 2>/dev/null || { echo "Herald exited" >&2; exit 1; }
    sleep 0.1
done

publish() { build/app/herald-cli publish --source "$source_url" "$@" >/dev/null; }
publish --channel demo --title "Welcome to Herald" --body "Notifications from Redis Pub/Sub, natively."
sleep 1
publish --channel alerts:disk --title "Disk almost full" --body "/var is at 93% on web-2" --priority 5
sleep 1
publish --channel demo --title "Deploy finished" --body "web-42 deployed build 9f3c2" \
        --url "https://ci.example.com/builds/9f3c2" --priority 4
sleep 1
publish --channel demo --raw "Plain text works too: it becomes the body."
publish --channel alerts:ci --raw '{"message":"Nightly build green","priority":2,"tags":["ci"]}'
publish --channel demo --title "A long one" --body "$(printf 'Herald keeps the whole text. %.0s' $(seq 40))"

echo
echo "Publish your own from another terminal, for example:"
echo "  build/app/herald-cli publish --source $source_url --channel demo --title Hi --body there"
echo "Press Ctrl-C (or quit Herald from its tray menu) to stop."
wait "$listen_pid"
