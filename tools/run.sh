#!/usr/bin/env bash
# Installs what is missing, builds, and starts CacheTutor on the first lesson
# (or on the script given). Where there is no display it says so and prints the
# lesson's execution table in the terminal instead.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$repo/tools/setup.sh"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/cachetutor" "$@"
fi
case " $* " in
    *" --screenshot "*) exec env QT_QPA_PLATFORM=offscreen "$build/app/cachetutor" "$@" ;; # renders and exits
esac
echo "No display found: printing the execution table in the terminal instead of opening the window." >&2
if [ $# -eq 0 ]; then
    set -- "$repo/examples/lesson1_basics.py"
fi
exec "$build/cli/cachetutor-trace" "$@"
