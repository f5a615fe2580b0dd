#!/usr/bin/env bash
# Builds the two libraries Herald needs that the Qt installer does not bring, into PREFIX,
# against the Qt on the PATH:
#   hiredis 1.2.0    static: nothing to deploy (Herald uses its protocol functions only)
#   QtKeychain 0.14  static on macOS; a DLL on Windows, where its header declares the API
#                    dllimport for static builds too, and packaging/windows installs the DLL
# Used by the Windows and macOS jobs of .github/workflows/ci.yml.
#   build-deps.sh PREFIX
set -euo pipefail
prefix=$1
command -v cygpath >/dev/null && prefix=$(cygpath -m "$prefix") # C:/... for CMake on Windows
src=$(mktemp -d)

curl -fsSL https://github.com/redis/hiredis/archive/refs/tags/v1.2.0.tar.gz | tar -xz -C "$src"
cmake -S "$src/hiredis-1.2.0" -B "$src/hiredis-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DBUILD_SHARED_LIBS=OFF -DDISABLE_TESTS=ON -DCMAKE_INSTALL_PREFIX="$prefix"
cmake --build "$src/hiredis-build"
cmake --install "$src/hiredis-build"

keychain_shared=OFF
command -v cygpath >/dev/null && keychain_shared=ON
git clone --quiet --depth 1 --branch 0.14.1 https://github.com/frankosterfeld/qtkeychain \
    "$src/qtkeychain"
cmake -S "$src/qtkeychain" -B "$src/qtkeychain-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DBUILD_SHARED_LIBS=$keychain_shared -DBUILD_WITH_QT6=ON -DBUILD_TEST_APPLICATION=OFF \
      -DBUILD_TRANSLATIONS=OFF \
      -DCMAKE_INSTALL_PREFIX="$prefix"
cmake --build "$src/qtkeychain-build"
cmake --install "$src/qtkeychain-build"
