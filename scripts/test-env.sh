#!/usr/bin/env bash
# Services some tests need, started the way a test run on this machine can: a CUPS scheduler
# with a cups-pdf queue (receipt printing through QPrinter) and a Secret Service in a private
# D-Bus session (the Faspay password in the keychain).
#
# As a library (the test runner sources it):
#   source scripts/test-env.sh
#   kasir_cups_start      # starts cupsd unless one runs, adds the queue (idempotent), exports
#                         # KASIR_TEST_CUPS_QUEUE and KASIR_TEST_CUPS_PDF_DIR
#   kasir_with_keyring CMD ARGS...   # runs CMD in a private D-Bus session with an unlocked
#                         # gnome-keyring (Secret Service); exports KASIR_TEST_KEYRING=1 to it
#   kasir_cups_stop       # stops the cupsd this script started (by its PID), nothing else
#
# As a command:
#   scripts/test-env.sh cups-start | cups-stop | cups-env
#   scripts/test-env.sh with-keyring CMD ARGS...
#   scripts/test-env.sh run CMD ARGS...   # cups-start, CMD under with-keyring, cups-stop
#
# Needs (Debian 12): cups cups-bsd printer-driver-cups-pdf gnome-keyring libsecret-1-0
# libsecret-tools dbus. cupsd runs without systemd; as root (tests on this machine).

KASIR_TEST_STATE_DIR=${KASIR_TEST_STATE_DIR:-${TMPDIR:-/tmp}/kasir-test-env}
KASIR_TEST_CUPS_QUEUE_NAME=${KASIR_TEST_CUPS_QUEUE_NAME:-kasir-test-pdf}
KASIR_TEST_CUPS_PPD=${KASIR_TEST_CUPS_PPD:-/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd}

_kasir_log() { printf '[test-env] %s\n' "$*" >&2; }

_kasir_cups_running() { lpstat -r 2>/dev/null | grep -q 'is running'; }

# Where cups-pdf writes: the "Out" line of cups-pdf.conf, ${HOME} being the printing user's
# home (cupsd runs the backend for the job's user: root here).
_kasir_cups_pdf_dir() {
    local out home
    out=$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n1)
    [ -n "$out" ] || out='${HOME}/PDF'
    home=$(getent passwd "$(id -un)" | cut -d: -f6)
    printf '%s\n' "${out//\$\{HOME\}/$home}"
}

kasir_cups_start() {
    local missing=()
    for tool in lpstat lpadmin cupsenable cupsaccept /usr/sbin/cupsd; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    [ -e "$KASIR_TEST_CUPS_PPD" ] || missing+=("$KASIR_TEST_CUPS_PPD")
    if [ ${#missing[@]} -gt 0 ]; then
        _kasir_log "CUPS not available (missing: ${missing[*]}); printing tests will skip"
        return 1
    fi
    mkdir -p "$KASIR_TEST_STATE_DIR"
    if ! _kasir_cups_running; then
        /usr/sbin/cupsd -f >"$KASIR_TEST_STATE_DIR/cupsd.log" 2>&1 &
        echo $! >"$KASIR_TEST_STATE_DIR/cupsd.pid"
        local i
        for i in $(seq 1 100); do
            _kasir_cups_running && break
            sleep 0.1
        done
        if ! _kasir_cups_running; then
            _kasir_log "cupsd did not start; see $KASIR_TEST_STATE_DIR/cupsd.log"
            return 1
        fi
        _kasir_log "started cupsd (pid $(cat "$KASIR_TEST_STATE_DIR/cupsd.pid"))"
    fi
    if ! lpstat -p "$KASIR_TEST_CUPS_QUEUE_NAME" >/dev/null 2>&1; then
        lpadmin -p "$KASIR_TEST_CUPS_QUEUE_NAME" -v cups-pdf:/ -E -P "$KASIR_TEST_CUPS_PPD" || return 1
        _kasir_log "added queue $KASIR_TEST_CUPS_QUEUE_NAME (cups-pdf)"
    fi
    cupsenable "$KASIR_TEST_CUPS_QUEUE_NAME" && cupsaccept "$KASIR_TEST_CUPS_QUEUE_NAME" || return 1
    export KASIR_TEST_CUPS_QUEUE=$KASIR_TEST_CUPS_QUEUE_NAME
    KASIR_TEST_CUPS_PDF_DIR=$(_kasir_cups_pdf_dir)
    export KASIR_TEST_CUPS_PDF_DIR
    mkdir -p "$KASIR_TEST_CUPS_PDF_DIR"
    return 0
}

kasir_cups_stop() {
    local pidfile=$KASIR_TEST_STATE_DIR/cupsd.pid
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" && _kasir_log "stopped cupsd (pid $pid)"
        local i
        for i in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    rm -f "$pidfile"
}

# Runs "$@" in a private D-Bus session with gnome-keyring's Secret Service, unlocked with a
# throw-away password (it creates the login keyring), in a temporary HOME that is removed after.
kasir_with_keyring() {
    local missing=()
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        _kasir_log "no Secret Service (missing: ${missing[*]}); running without a keychain"
        "$@"
        return
    fi
    local tmp rc
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/kasir-keyring.XXXXXX")
    mkdir -p "$tmp/run" && chmod 700 "$tmp/run"
    HOME=$tmp XDG_RUNTIME_DIR=$tmp/run XDG_DATA_HOME=$tmp/share KASIR_TEST_KEYRING=1 \
        dbus-run-session -- bash -c '
            printf %s "kasir-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            exec "$@"' kasir-keyring "$@"
    rc=$?
    rm -rf "$tmp"
    return $rc
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -u
    cmd=${1:-}
    shift || true
    case "$cmd" in
    cups-start) kasir_cups_start && printf 'KASIR_TEST_CUPS_QUEUE=%s\nKASIR_TEST_CUPS_PDF_DIR=%s\n' \
        "$KASIR_TEST_CUPS_QUEUE" "$KASIR_TEST_CUPS_PDF_DIR" ;;
    cups-stop) kasir_cups_stop ;;
    cups-env) KASIR_TEST_CUPS_PDF_DIR=$(_kasir_cups_pdf_dir); printf 'KASIR_TEST_CUPS_QUEUE=%s\nKASIR_TEST_CUPS_PDF_DIR=%s\n' \
        "$KASIR_TEST_CUPS_QUEUE_NAME" "$KASIR_TEST_CUPS_PDF_DIR" ;;
    with-keyring) kasir_with_keyring "$@" ;;
    run)
        kasir_cups_start || true
        kasir_with_keyring "$@"
        rc=$?
        kasir_cups_stop
        exit $rc
        ;;
    *)
        sed -n '2,21p' "$0"
        exit 2
        ;;
    esac
fi
