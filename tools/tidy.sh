#!/usr/bin/env bash
# Runs clang-tidy (checks in .clang-tidy) on every source file of core/ and fails on any
# warning. Configures ./build-tidy for its compile_commands.json; nothing is compiled.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CACHETUTOR_TIDY_DIR:-$repo/build-tidy}"

source "$repo/tools/packages.sh"
install_missing clang-tidy

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DBUILD_TESTING=OFF >/dev/null

# WarningsAsErrors in .clang-tidy makes any finding fail the run.
run-clang-tidy -quiet -j "$(nproc)" -p "$build" "$repo/core/.*\.cpp\$"
