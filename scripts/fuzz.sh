#!/usr/bin/env bash
# Runs Kasir's libFuzzer targets (tests/fuzz) for a while each, one after the other.
#
#   scripts/fuzz.sh                 10 s per target (what scripts/run-tests.sh runs)
#   scripts/fuzz.sh --time 300      the documented long run: 5 minutes per target
#   scripts/fuzz.sh --time 60 order notification     only these targets
#
# Builds the targets first in $KASIR_ASAN_BUILD_DIR (default build-asan: clang, KASIR_FUZZ=ON,
# which also turns on ASan + UBSan). New inputs go to a scratch corpus in the build folder; the
# seed corpus tests/fuzz/corpus/<target> is read only. A finding stops with a non-zero exit and
# leaves the input in <build>/fuzz-artifacts/: fix the parser, then copy the input into the seed
# corpus (tests/fuzz/corpus/<target>/crash-<what>) so that CTest replays it from then on.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_ASAN_BUILD_DIR:-$here/build-asan}
seconds=10
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --time) seconds=$2; shift 2 ;;
    --time=*) seconds=${1#--time=}; shift ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(responses notification returnurl order)
log() { printf '\033[1m[kasir-fuzz]\033[0m %s\n' "$*"; }

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir" -G Ninja "${launcher[@]}" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKASIR_SANITIZE=ON -DKASIR_FUZZ=ON
fi
cmake --build "$build_dir" -j "$(nproc 2>/dev/null || echo 2)" \
    --target "${targets[@]/#/fuzz_}"

# Leaks are findings too; symbolized reports; stop at the first UBSan report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8

artifacts=$build_dir/fuzz-artifacts
mkdir -p "$artifacts"
summary=()
failed=0
for t in "${targets[@]}"; do
    work=$build_dir/fuzz-work/$t
    mkdir -p "$work"
    log "fuzz_$t for ${seconds}s (seed corpus tests/fuzz/corpus/$t)"
    out=$build_dir/fuzz-work/$t.log
    set +e
    "$build_dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$t-" \
        "$work" "$here/tests/fuzz/corpus/$t" >"$out" 2>&1
    rc=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$out" | tail -1 | cut -d' ' -f2)
    corpus=$(find "$work" -type f | wc -l)
    if [ $rc -ne 0 ]; then
        failed=1
        summary+=("fuzz_$t: FINDING (exit $rc) after ${execs:-?} execs; see $out and $artifacts")
        grep -E 'ERROR|SUMMARY|runtime error|property failed|Test unit written' "$out" | head -20 >&2
    else
        summary+=("fuzz_$t: ${seconds}s, ${execs:-?} execs (${rate:-?}/s), cov ${cov:-?}, corpus $corpus, no finding")
    fi
done
for line in "${summary[@]}"; do log "$line"; done
exit $failed
