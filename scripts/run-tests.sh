#!/usr/bin/env bash
# The whole test suite, as scripts/setup.sh test runs it (packages already installed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)
log() { printf '\033[1m[kasir-test]\033[0m %s\n' "$*"; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

log "Building $build_dir"
cmake -S "$here" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" -j "$jobs"

log "Running the test suite"
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 600
log "All tests passed"
