#!/usr/bin/env bash
# Installs what is missing, builds, runs every test with CTest, then a short run of each benchmark.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$repo/tools/setup.sh"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)"
# The benchmarks build with everything; a short run of each keeps them from rotting.
"$build/bench/cachetutor-bench" --quick
QT_QPA_PLATFORM=offscreen "$build/bench/cachetutor-gui-bench" --quick
