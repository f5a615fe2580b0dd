#!/usr/bin/env bash
# The README's test command: install what the suite needs, build, run every test.
# Each test starts its own servers on free loopback ports; nothing is skipped
# (HERALD_REQUIRE_SERVICES=1 turns a missing service into a failure).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh test

# The Node peers the Socket.IO tests run (tests/peers), exactly as locked; again only when the
# lock changed since they were installed.
if [ ! -d tests/peers/node_modules ] ||
   [ tests/peers/package-lock.json -nt tests/peers/node_modules ]; then
    npm ci --prefix tests/peers --no-audit --no-fund
fi

build_dir=${HERALD_BUILD_DIR:-build}
werror=OFF
[ "${CI:-}" = true ] && werror=ON
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DHERALD_WARNINGS_AS_ERRORS="$werror"
cmake --build "$build_dir" --parallel "$(nproc)"

export HERALD_REQUIRE_SERVICES=1
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@"
