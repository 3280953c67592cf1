#!/usr/bin/env bash
# Re-writes tests/golden/*.json from the current cachetutor-trace. Only on purpose:
# read `git diff tests/golden` afterwards and make sure every change is intended.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
exe="${1:-$repo/build/cli/cachetutor-trace}"
mkdir -p "$repo/tests/golden"
cd "$repo"
for script in examples/*.py; do
    name=$(basename "$script" .py)
    "$exe" "$script" --format json > "tests/golden/$name.json" || [ $? -eq 1 ]
done
echo "blessed: $(ls tests/golden | wc -l) golden traces"
