#!/usr/bin/env bash
# Builds and runs every benchmark of tests/bench (design §5 budgets) and prints one table:
# figure | measured | budget | ratio (measured / budget) | verdict.
#
#   scripts/bench.sh               build (RelWithDebInfo, $KASIR_BUILD_DIR or build/) and run all
#   scripts/bench.sh --quick       fewer samples (a smoke run, not for the record)
#   scripts/bench.sh --doc         also rewrite the table and machine section of docs/performance.md
#   scripts/bench.sh --only journal|receipt|checkout|gui
#
# The window benchmarks run on a private Xvfb display (xvfb-run). Raw BENCH lines and the
# table are kept in <build>/bench-results/. Never run it in the sanitizer build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)
quick=0
doc=0
only=""
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1; shift ;;
    --doc) doc=1; shift ;;
    --only) only=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
    esac
done
log() { printf '\033[1m[kasir-bench]\033[0m %s\n' "$*" >&2; }
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
if grep -q '^KASIR_SANITIZE:BOOL=ON' "$build_dir/CMakeCache.txt"; then
    log "$build_dir is a sanitizer build: benchmarks would measure ASan. Use another build dir."
    exit 1
fi
log "Building the benchmarks in $build_dir"
targets=(kasir bench_journal bench_receipt bench_checkout bench_coldstart bench_barewindow kasirprobe)
# The window latencies need the cashier window (ui/paymentpanel.h); without it they are skipped.
[ -f "$here/ui/paymentpanel.h" ] && targets+=(bench_cashier)
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}" >&2

results=$build_dir/bench-results
mkdir -p "$results"
raw=$results/bench.tsv
: >"$raw"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
export LC_ALL=C.UTF-8
kasir=$build_dir/app/kasir
b=$build_dir/tests/bench

if want journal; then
    log "Journal: 100 000 attempts (generated once into $results/journal-100k, about 2-5 min)"
    samples=21; [ $quick = 1 ] && samples=5
    "$b/bench_journal" --data "$results/journal-100k" --samples $samples | tee -a "$raw" >&2
fi
if want receipt; then
    log "Receipt -> PDF"
    reps=200; [ $quick = 1 ] && reps=20
    "$b/bench_receipt" $reps | tee -a "$raw" >&2
fi
if want checkout; then
    sales=1000; [ $quick = 1 ] && sales=100
    log "Checkout loop: $sales sales in process against a kasir sandbox process"
    "$b/bench_checkout" --kasir "$kasir" --sales $sales --cli 5 | tee -a "$raw" >&2
fi
if want gui; then
    runs=20; [ $quick = 1 ] && runs=5
    log "Window: cold start against a bare Qt window, RSS idle (Xvfb)"
    xvfb=()
    if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
        xvfb=(xvfb-run -a -s "-screen 0 1366x768x24")
    fi
    "${xvfb[@]}" "$b/bench_coldstart" --kasir "$kasir" --bare "$b/bench_barewindow" \
        --plugins "$b/plugins" --runs $runs | tee -a "$raw" >&2
    if [ -f "$here/ui/paymentpanel.h" ]; then
        sales=120; [ $quick = 1 ] && sales=20
        log "Window: Pay pressed -> QR painted, notification -> Paid shown ($sales sales)"
        "${xvfb[@]}" "$b/bench_cashier" --kasir "$kasir" --sales $sales | tee -a "$raw" >&2
    else
        printf 'BENCH\tPay pressed -> QR painted\t0\tms\t50\tnot measured: no cashier window in this tree\tnot measured\n' >>"$raw"
        printf 'BENCH\tnotification -> window shows Paid\t0\tms\t200\tnot measured: no cashier window in this tree\tnot measured\n' >>"$raw"
    fi
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

table=$results/table.md
awk -F'\t' '
BEGIN {
    print "| figure | measured | budget | ratio | verdict |"
    print "|---|---|---|---|---|"
}
$1 == "BENCH" {
    figure = $2; value = $3; unit = $4; budget = $5; verdict = $7
    measured = sprintf("%s %s", value, unit)
    ratio = "—"; shown = "—"
    if (budget ~ /^[0-9.]+$/) {
        shown = budget " " unit
        ratio = sprintf("%.2f", value / budget)
        if (verdict == "") verdict = (value <= budget) ? "ok" : "**MISS**"
    } else if (budget != "") {
        shown = budget
    }
    if (verdict == "MISS") verdict = "**MISS**"
    if (verdict == "not measured") { measured = "—"; ratio = "—"; verdict = "not measured" }
    if (verdict == "") verdict = "—"
    printf "| %s | %s | %s | %s | %s |\n", figure, measured, shown, ratio, verdict
}' "$raw" >"$table"

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
cores=$(nproc)
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
qt=$(pkg-config --modversion Qt6Core 2>/dev/null || echo "?")
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
cxxv=$("$cxx" --version | head -1)
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo "?")
machine=$results/machine.md
cat >"$machine" <<EOM
- run: $started, commit $commit, build type $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt")
- CPU: $cpu, $cores cores online (shared with other builds: load average $load_before before, $load_after after)
- RAM: $mem; kernel $(uname -r); Debian $(cat /etc/debian_version 2>/dev/null || echo "?")
- Qt $qt, $cxxv
EOM

echo
cat "$table"
echo
cat "$machine"
log "Raw figures and details: $raw"

if [ $doc = 1 ]; then
    perf=$here/docs/performance.md
    if [ -f "$perf" ] && grep -q '<!-- bench:begin -->' "$perf"; then
        {
            sed -n '1,/<!-- bench:begin -->/p' "$perf"
            cat "$table"
            echo
            cat "$machine"
            echo
            echo "Details of each figure (n, median, p95, how): \`<build>/bench-results/bench.tsv\`;"
            echo "the copy of this run:"
            echo
            echo '```'
            awk -F'\t' '$1 == "BENCH" { printf "%s: %s %s — %s\n", $2, $3, $4, $6 }' "$raw"
            echo '```'
            sed -n '/<!-- bench:end -->/,$p' "$perf"
        } >"$perf.new"
        mv "$perf.new" "$perf"
        log "docs/performance.md updated"
    else
        log "docs/performance.md has no <!-- bench:begin --> marker: not updated"
    fi
fi
