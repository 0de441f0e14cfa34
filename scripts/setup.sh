#!/usr/bin/env bash
# Kasir set-up on Debian 12, as root (or with sudo).
#
#   scripts/setup.sh run    install what is missing, build, start Kasir (training mode by default)
#   scripts/setup.sh test   install what is missing, build, run the whole test suite
#   scripts/setup.sh build  install what is missing and build only
#
# Packages already present are skipped; nothing else on the machine is changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
build_dir=${KASIR_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)

# What building and running Kasir needs (Qt 6.4 and friends from Debian 12).
build_packages=(
    build-essential cmake ninja-build pkgconf ccache git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-webengine-dev qt6-svg-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6svg6 libqrencode-dev libzxing-dev libssl-dev libgl-dev
    qt6-translations-l10n fonts-dejavu-core fonts-noto-core xvfb xauth
)
# What the test suite adds: the sanitizer and fuzzing compiler, PDF tools, a real CUPS queue with
# the cups-pdf printer, a Secret Service for the keychain test, and screenshot tools.
test_packages=(
    clang clang-format libclang-rt-14-dev llvm
    poppler-utils imagemagick
    cups cups-bsd printer-driver-cups-pdf
    gnome-keyring libsecret-tools libsecret-1-0 dbus dbus-x11
)

log() { printf '\033[1m[kasir]\033[0m %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        log "Need root to install packages: run this as root or install sudo."; exit 1
    fi
}

install_missing() {
    local missing=()
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All ${#} packages are present."
        return
    fi
    log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

configure_and_build() {
    local dir=$1; shift
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    log "Configuring $dir"
    cmake -S "$here" -B "$dir" -G Ninja "${launcher[@]}" "$@"
    log "Building $dir ($jobs jobs)"
    cmake --build "$dir" -j "$jobs"
}

case "$mode" in
run)
    install_missing "${build_packages[@]}"
    configure_and_build "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    log "Starting Kasir (training mode unless Faspay credentials are configured)"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "No display found: starting on a virtual X display (Xvfb). Run this from a desktop"
        log "session to see the window."
        exec xvfb-run -a -s "-screen 0 1366x768x24" "$build_dir/app/kasir" "${@:2}"
    fi
    exec "$build_dir/app/kasir" "${@:2}"
    ;;
build)
    install_missing "${build_packages[@]}"
    configure_and_build "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    exec "$here/scripts/run-tests.sh"
    ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 1
    ;;
esac
