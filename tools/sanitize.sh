#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UBSan in ./build-sanitize and runs the whole
# CTest suite there (options in tests/CMakeLists.txt, leak suppressions in tests/lsan.supp).
# Expects the packages tools/setup.sh installs.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CACHETUTOR_SANITIZE_DIR:-$repo/build-sanitize}"

# -O1: catches the same bugs as -O2 and builds faster; -g for readable reports.
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
    -DCACHETUTOR_SANITIZE=ON -DCACHETUTOR_WERROR=OFF \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build "$build"

cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"
