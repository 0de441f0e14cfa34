#!/usr/bin/env bash
# Runs Kasir's libFuzzer targets (tests/fuzz), one after the other, in one of two ways:
#
#   scripts/fuzz.sh --gate          what scripts/run-tests.sh runs: each target from a fixed seed
#                                   for a fixed number of executions (the table below), starting
#                                   from the seed corpus alone, so that the same commit gives the
#                                   same answer on any machine, however fast
#   scripts/fuzz.sh --time 600      exploratory: 10 minutes per target (outside the gate), from
#                                   the seed corpus and what earlier runs of this folder found
#   scripts/fuzz.sh --time 60 order notification     only these targets
#
# Builds the targets first in $KASIR_ASAN_BUILD_DIR (default build-asan: clang, KASIR_FUZZ=ON,
# which also turns on ASan + UBSan). New inputs go to a scratch corpus in the build folder; the
# seed corpus tests/fuzz/corpus/<target> is read only. A finding stops with a non-zero exit and
# leaves the input in <build>/fuzz-artifacts/: fix the parser, then copy the input into the seed
# corpus (tests/fuzz/corpus/<target>/regress-<what>) so that CTest replays it from then on.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_ASAN_BUILD_DIR:-$here/build-asan}
seconds=
gate=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --gate) gate=1; shift ;;
    --time) seconds=$2; shift 2 ;;
    --time=*) seconds=${1#--time=}; shift ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) targets+=("$1"); shift ;;
    esac
done
if [ "$gate" = 0 ] && [ -z "$seconds" ]; then
    echo "usage: $0 --gate | --time SECONDS [target...]" >&2
    exit 2
fi
# The gate's fixed seeds and execution counts: about 10 s per target under ASan on a 2-core
# machine (docs/performance.md has the rates). Raise a count only in a commit of its own.
declare -A gate_seed=([responses]=101 [notification]=202 [returnurl]=303 [order]=404)
declare -A gate_runs=([responses]=50000 [notification]=140000 [returnurl]=25000 [order]=40000)
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
    if [ "$gate" = 1 ]; then
        # A fresh scratch corpus each time: what the run does depends on the seed corpus,
        # the seed and the count only.
        work=$build_dir/fuzz-gate/$t
        rm -rf "$work"
        mkdir -p "$work"
        limit=(-seed="${gate_seed[$t]}" -runs="${gate_runs[$t]}")
        what="${gate_runs[$t]} runs from seed ${gate_seed[$t]}"
    else
        work=$build_dir/fuzz-work/$t
        mkdir -p "$work"
        limit=(-max_total_time="$seconds")
        what="${seconds}s"
    fi
    log "fuzz_$t, $what (seed corpus tests/fuzz/corpus/$t)"
    out=$work.log
    set +e
    "$build_dir/tests/fuzz/fuzz_$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
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
        summary+=("fuzz_$t: $what, ${execs:-?} execs (${rate:-?}/s), cov ${cov:-?}, corpus $corpus, no finding")
    fi
done
for line in "${summary[@]}"; do log "$line"; done
exit $failed
