#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and UBSan in
# ./build-fuzz, replays every saved regression, then fuzzes each target in turn.
#
#   tools/fuzz.sh                        each target for $FUZZ_SECONDS (default 60) seconds
#   tools/fuzz.sh --seconds 20           each target for 20 seconds
#   tools/fuzz.sh --runs 1000000         each target for a million inputs (no time limit
#                                        unless FUZZ_SECONDS is set too)
#   tools/fuzz.sh --runs 1000 fuzz_lesson   only the named targets
#
# No input may take over a second (-timeout=1) or 2 GB (-rss_limit_mb=2048).
# New interesting inputs go to build-fuzz/corpus/<target>/. The seeds are only
# read: the shipped scripts and lessons themselves (examples/, resources/lessons/)
# and hand-written nasty cases (fuzz/corpus/scripts/ for the parser and the
# interpreter, fuzz/corpus/lessons/). A crash is written to build-fuzz/artifacts/
# and ends the script with an error. Minimize one with
#   build-fuzz/fuzz/<target> -minimize_crash=1 -runs=100000 <crash-file>
# and keep it under fuzz/regressions/<target>/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CACHETUTOR_FUZZ_DIR:-$repo/build-fuzz}"

seconds="${FUZZ_SECONDS:-}"
runs=""
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        fuzz_*) targets+=("$1"); shift ;;
        *) echo "fuzz.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_parser fuzz_interpreter fuzz_lesson)
# Without --runs, fuzz for a time; with it, only for a time when one was asked for.
[ -n "$runs" ] || seconds="${seconds:-60}"

# clang with libFuzzer and the sanitizer runtimes, plus what the normal build needs.
packages=(clang libclang-rt-dev cmake ninja-build qt6-base-dev qt6-base-dev-tools)
source "$repo/tools/packages.sh"
install_missing "${packages[@]}"

CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCACHETUTOR_FUZZ=ON -DCACHETUTOR_WERROR=OFF \
    -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}"

common=(-timeout=1 -rss_limit_mb=2048 -print_final_stats=1)
summary=()
for t in "${targets[@]}"; do
    exe="$build/fuzz/$t"
    regressions="$repo/fuzz/regressions/$t"
    if compgen -G "$regressions/*" >/dev/null; then
        echo "== $t: replaying $(ls "$regressions" | wc -l) regression inputs"
        if ! "$exe" "${common[@]}" "$regressions"/* >"$build/$t.regressions.log" 2>&1; then
            tail -n 60 "$build/$t.regressions.log"
            echo "fuzz.sh: $t fails on a saved regression (log: $build/$t.regressions.log)" >&2
            exit 1
        fi
    fi

    corpus="$build/corpus/$t"
    artifacts="$build/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    args=("${common[@]}" -artifact_prefix="$artifacts/")
    [ -n "$runs" ] && args+=(-runs="$runs")
    [ -n "$seconds" ] && args+=(-max_total_time="$seconds")
    [ -f "$repo/fuzz/$t.dict" ] && args+=(-dict="$repo/fuzz/$t.dict")
    echo "== $t: ${runs:+$runs runs}${runs:+${seconds:+, at most }}${seconds:+$seconds s}"
    log="$build/$t.log"
    status=0
    case "$t" in
        fuzz_lesson) seeds=("$repo/fuzz/corpus/lessons" "$repo/resources/lessons") ;;
        *) seeds=("$repo/fuzz/corpus/scripts" "$repo/examples") ;;
    esac
    "$exe" "${args[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ $status -ne 0 ]; then
        tail -n 60 "$log"
        echo "fuzz.sh: $t failed after ${execs:-?} executions; the input is in $artifacts/ (log: $log)" >&2
        exit 1
    fi
    tail -n 2 "$log"
    summary+=("$t: ${execs:-?} executions")
done

echo "== executions per target"
printf '  %s\n' "${summary[@]}"
