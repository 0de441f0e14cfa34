#!/usr/bin/env bash
# The chaos driver (tests/chaos): headless checkouts against the training sandbox with random
# faults and SIGKILLs, then the journal/sandbox invariants; one summary line, exit 1 on any
# violation.
#
#   scripts/chaos.sh                      200 runs, random seed (printed)
#   scripts/chaos.sh --runs 20 --seed 7   any chaos_driver option passes through
#   scripts/chaos.sh --keep               keep the journal, data and logs of every run
#
# Uses the normal build ($KASIR_BUILD_DIR or build/), never the sanitizer one unless
# KASIR_BUILD_DIR says so.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_BUILD_DIR:-$here/build}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" -j "$(nproc 2>/dev/null || echo 2)" --target kasir chaos_driver >&2
args=("$@")
has_runs=0
for a in "${args[@]}"; do [ "$a" = "--runs" ] && has_runs=1; done
[ $has_runs = 1 ] || args+=(--runs 200)
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
exec "$build_dir/tests/chaos/chaos_driver" --kasir "$build_dir/app/kasir" "${args[@]}"
