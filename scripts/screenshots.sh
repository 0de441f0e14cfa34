#!/usr/bin/env bash
# Screenshots of the back-office windows in Bahasa Indonesia, into docs/screenshots:
#   settings-id.png, history-id.png, endofday-id.png (offscreen), browser-lender-id.png and
#   browser-lender-en.png ("Open here" in the cashier window on a private Xvfb screen,
#   `import -window root`). The cashier screens come from tst_screenshots (tests/ui).
# The Indonesian comes from translations/kasir_id.ts merged with the translator's hand-over
# files docs/translations-*-id.tsv (context<TAB>source<TAB>translation), built into a
# temporary .qm that the tests install (KASIR_SCREENSHOT_QM).
#
#   scripts/screenshots.sh [OUTPUT_DIR]        (default: docs/screenshots)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_BUILD_DIR:-$here/build}
out=${1:-$here/docs/screenshots}
qtbin=${QT_BIN_DIR:-/usr/lib/qt6/bin}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# context<TAB>source<TAB>translation -> a .ts (one <context> per message; \n \t \\ unescaped).
tsv_to_ts() {
    awk -F '\t' '
    function unesc(s) { gsub(/\\\\/, "\001", s); gsub(/\\n/, "\n", s); gsub(/\\t/, "\t", s); gsub(/\001/, "\\", s); return s }
    function xml(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); gsub(/"/, "\\&quot;", s); return s }
    BEGIN { print "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"id_ID\">" }
    /^#/ || NF < 3 { next }
    {
        src = xml(unesc($2)); tr = xml(unesc($3))
        printf "<context><name>%s</name><message%s><source>%s</source>", xml($1), (src ~ /%n/ ? " numerus=\"yes\"" : ""), src
        if (src ~ /%n/) printf "<translation><numerusform>%s</numerusform></translation>", tr
        else printf "<translation>%s</translation>", tr
        print "</message></context>"
    }
    END { print "</TS>" }' "$1"
}

inputs=()
for tsv in "$here"/docs/translations-*-id.tsv; do
    [ -e "$tsv" ] || continue
    tsv_to_ts "$tsv" >"$tmp/$(basename "$tsv" .tsv).ts"
    inputs+=(-i "$tmp/$(basename "$tsv" .tsv).ts")
done
[ -f "$here/translations/kasir_id.ts" ] && inputs+=(-i "$here/translations/kasir_id.ts")
"$qtbin/lconvert" "${inputs[@]}" -o "$tmp/merged.ts"
"$qtbin/lrelease" -silent "$tmp/merged.ts" -qm "$tmp/kasir_id.qm"

cmake --build "$build_dir" -j "${KASIR_JOBS:-2}" --target \
    tst_settingsdialog tst_historywindow tst_endofdaydialog tst_cashierbrowser kasir_browser
mkdir -p "$out"
export KASIR_SCREENSHOT_DIR=$out KASIR_SCREENSHOT_QM=$tmp/kasir_id.qm LC_ALL=C.UTF-8
tests=$build_dir/tests/ui/backoffice
QT_QPA_PLATFORM=offscreen "$tests/tst_settingsdialog" screenshot
QT_QPA_PLATFORM=offscreen "$tests/tst_historywindow" actionsNeedSupervisorAndAreLogged
QT_QPA_PLATFORM=offscreen "$tests/tst_endofdaydialog" reportReconcileExport
QTWEBENGINE_DISABLE_SANDBOX=1 DISPLAY= "$tests/tst_cashierbrowser"
ls -l "$out"/settings-id.png "$out"/history-id.png "$out"/endofday-id.png "$out"/browser-lender-id.png "$out"/browser-lender-en.png
