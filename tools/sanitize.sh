#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UBSan in ./build-sanitize and runs the whole
# CTest suite there (options in tests/CMakeLists.txt, leak suppressions in tests/lsan.supp).
# Expects the packages tools/setup.sh installs. Extra arguments go to ctest (e.g. -R tst_value).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CACHETUTOR_SANITIZE_DIR:-$repo/build-sanitize}"

# -O1: catches the same bugs as -O2 and builds faster; -g for readable reports.
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
    -DCACHETUTOR_SANITIZE=ON -DCACHETUTOR_WERROR=OFF \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build "$build"

# ASan's frames are about ten times bigger: Python's 1000 nested calls need ~20 MB of stack
# here against ~2 MB in a normal build. The interpreter's stack guard (core/interpreter.cpp,
# stackLimit()) would then raise RecursionError long before call 1000 and the recursion tests
# would see different traces, so give this build (main and worker threads) a 64 MB stack.
ulimit -s 65536 2>/dev/null || echo "sanitize.sh: cannot raise the stack limit to 64 MB; recursion tests may fail" >&2

cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"
