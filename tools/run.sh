#!/usr/bin/env bash
# Installs what is missing, builds, and runs CacheTutor on the first lesson's script.
# Until the desktop app exists this is the command-line tracer; extra arguments go to it.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$repo/tools/setup.sh"
if [ $# -eq 0 ]; then
    set -- "$repo/examples/lesson1_basics.py"
fi
exec "$build/cli/cachetutor-trace" "$@"
