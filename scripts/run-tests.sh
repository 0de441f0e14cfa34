#!/usr/bin/env bash
# The whole test suite, as scripts/setup.sh test runs it (packages already installed):
#
#   0. what a reviewer checks first: every tracked C++ file formatted as .clang-format says
#      (clang-format --dry-run --Werror); warnings are errors in both builds (KASIR_WERROR);
#   1. the normal build (gcc, RelWithDebInfo) and every CTest test, the short chaos run included
#      (tst_translations: lupdate leaves translations/*.ts unchanged, nothing unfinished);
#   2. an AddressSanitizer + UndefinedBehaviorSanitizer build (clang, KASIR_SANITIZE and
#      KASIR_FUZZ) and the same tests, except Qt WebEngine ones (label webengine: Chromium's
#      own allocator and sandbox do not run under ASan) and the chaos run (label chaos: it
#      drives the same code as the engine tests, through many processes, and ran in step 1);
#   3. each libFuzzer target from a fixed seed for a fixed number of executions
#      (scripts/fuzz.sh --gate): the same commit gives the same answer on every machine.
#      Time-bound exploratory fuzzing is scripts/fuzz.sh --time N, outside the gate.
#
# Environment: KASIR_BUILD_DIR, KASIR_ASAN_BUILD_DIR (build folders), KASIR_TEST_SKIP_ASAN=1 and
# KASIR_TEST_SKIP_FUZZ=1 (local shortcuts; CI runs everything).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_BUILD_DIR:-$here/build}
asan_dir=${KASIR_ASAN_BUILD_DIR:-$here/build-asan}
jobs=$(nproc 2>/dev/null || echo 2)
log() { printf '\033[1m[kasir-test]\033[0m %s\n' "$*"; }
started=$SECONDS
step() { log "$* ($(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s so far)"; }

# Hook: what the tests need around them that is not a package (a CUPS queue for the printer
# tests, a gnome-keyring Secret Service on a private D-Bus session for the keychain test):
# scripts/test-env.sh (docs/backoffice.md). Each CTest run goes through `around`.
around() { "$@"; }
if [ -f "$here/scripts/test-env.sh" ]; then
    # shellcheck source=/dev/null
    source "$here/scripts/test-env.sh"
    if declare -F kasir_cups_start >/dev/null; then
        kasir_cups_start || log "No CUPS queue: the printing tests skip what needs one"
        trap 'kasir_cups_stop' EXIT
    fi
    if declare -F kasir_with_keyring >/dev/null; then
        around() { kasir_with_keyring "$@"; }
    fi
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# ccache hits across checkouts in different folders.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}

step "Checking the formatting of every tracked C++ file (.clang-format)"
mapfile -t cxx_files < <(cd "$here" && { git ls-files -- '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h'; })
if ! (cd "$here" && clang-format --dry-run --Werror "${cxx_files[@]}"); then
    log "Some files differ from .clang-format (above): run clang-format -i on them."
    exit 1
fi

step "Building $build_dir"
cmake -S "$here" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKASIR_WERROR=ON
cmake --build "$build_dir" -j "$jobs"

step "Running the test suite"
around ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 900

if [ "${KASIR_TEST_SKIP_ASAN:-0}" != 1 ]; then
    step "Building $asan_dir (clang, ASan + UBSan, fuzz targets)"
    CC=clang CXX=clang++ cmake -S "$here" -B "$asan_dir" -G Ninja "${launcher[@]}" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKASIR_SANITIZE=ON -DKASIR_FUZZ=ON \
        -DKASIR_WITH_WEBENGINE=OFF -DKASIR_WERROR=ON
    cmake --build "$asan_dir" -j "$jobs"

    step "Running the test suite under ASan + UBSan"
    # Leak reports from third-party libraries only (Qt's, fontconfig's), never ours:
    # tests/sanitizer/lsan.supp says which and why.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    # The property test's 10 000 + 1 000 sequences ran in step 1; under ASan (about 5x slower)
    # a fifth of them keeps the run short and still covers every kind of event.
    KASIR_MACHINE_SEQUENCES=${KASIR_MACHINE_SEQUENCES:-2000} \
        KASIR_PROPERTY_SEQUENCES=${KASIR_PROPERTY_SEQUENCES:-200} \
        around ctest --test-dir "$asan_dir" --output-on-failure -j "$jobs" --timeout 1200 \
        -LE 'webengine|chaos'
fi

if [ "${KASIR_TEST_SKIP_FUZZ:-0}" != 1 ]; then
    step "Fuzzing each parser from fixed seeds for fixed counts"
    KASIR_ASAN_BUILD_DIR=$asan_dir bash "$here/scripts/fuzz.sh" --gate
fi
step "All tests passed"
