#!/usr/bin/env bash
# Builds Kasir's Debian packages and checks them on a clean Debian 12 system.
#
#   scripts/check-deb.sh [--no-chroot] [--host]
#
# 1. builds the two targets that are packaged (kasir, kasir_browser) in $KASIR_BUILD_DIR
#    (default: build/) and runs cpack there: kasir_<v>_<arch>.deb, kasir-browser_<v>_<arch>.deb
# 2. shows their control data and contents, and checks the files that must be in them
# 3. (default) makes a minimal Debian 12 chroot with debootstrap (kept in $KASIR_CHROOT,
#    default /tmp/kasir-chroot-bookworm, and reused), installs the packages there with apt-get
#    (dependencies from deb.debian.org), runs `kasir --version`, checks that the browser
#    plugin's libraries all resolve, then removes the packages again
# 4. --host: also `dpkg -i` on this machine, `kasir --version`, and `dpkg -r` afterwards
#
# Needs root for the chroot and --host, and the network to reach deb.debian.org.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${KASIR_BUILD_DIR:-$here/build}
chroot_dir=${KASIR_CHROOT:-/tmp/kasir-chroot-bookworm}
mirror=${KASIR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
use_chroot=1
on_host=0
for arg in "$@"; do
    case "$arg" in
    --no-chroot) use_chroot=0 ;;
    --host) on_host=1 ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
    esac
done
log() { printf '\033[1m[check-deb]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[check-deb] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

# 1. Build and pack.
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
log "building kasir and kasir_browser in $build_dir"
targets=(kasir)
grep -q '^KASIR_WITH_WEBENGINE:BOOL=ON' "$build_dir/CMakeCache.txt" && targets+=(kasir_browser)
cmake --build "$build_dir" -j "${KASIR_JOBS:-2}" --target "${targets[@]}"
rm -f "$build_dir"/kasir*.deb
log "cpack"
(cd "$build_dir" && cpack -G DEB >/dev/null)
main_deb=$(ls "$build_dir"/kasir_*.deb 2>/dev/null | head -n1)
browser_deb=$(ls "$build_dir"/kasir-browser_*.deb 2>/dev/null | head -n1 || true)
[ -n "$main_deb" ] || fail "no kasir_*.deb in $build_dir"
debs=("$main_deb")
[ -n "$browser_deb" ] && debs+=("$browser_deb")

# 2. Inspect.
for deb in "${debs[@]}"; do
    log "$(basename "$deb")"
    dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
    dpkg-deb --contents "$deb"
done
contents=$(dpkg-deb --contents "$main_deb")
for f in ./usr/bin/kasir ./usr/share/applications/kasir.desktop \
    ./usr/share/icons/hicolor/scalable/apps/kasir.svg; do
    grep -q " $f\$" <<<"$contents" || fail "$f is not in $(basename "$main_deb")"
done
if [ -n "$browser_deb" ]; then
    dpkg-deb --contents "$browser_deb" | grep -q '/kasir/kasir_browser.so$' ||
        fail "kasir_browser.so is not in $(basename "$browser_deb")"
fi
command -v desktop-file-validate >/dev/null &&
    desktop-file-validate "$here/scripts/packaging/kasir.desktop"

# 3. A clean Debian 12.
if [ $use_chroot -eq 1 ]; then
    [ "$(id -u)" -eq 0 ] || fail "the chroot check needs root (or pass --no-chroot)"
    command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
    if [ ! -x "$chroot_dir/usr/bin/apt-get" ]; then
        log "debootstrap bookworm into $chroot_dir (minbase)"
        rm -rf "$chroot_dir"
        debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$chroot_dir.log" 2>&1 ||
            fail "debootstrap failed; see $chroot_dir.log"
    fi
    mounted=()
    cleanup() {
        for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[$i]}" 2>/dev/null || true; done
    }
    trap cleanup EXIT
    for m in proc sys dev; do
        mkdir -p "$chroot_dir/$m"
        if ! mountpoint -q "$chroot_dir/$m"; then
            case "$m" in
            proc) mount -t proc proc "$chroot_dir/proc" ;;
            sys) mount -t sysfs sys "$chroot_dir/sys" ;;
            dev) mount --bind /dev "$chroot_dir/dev" ;;
            esac
            mounted+=("$chroot_dir/$m")
        fi
    done
    cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
    mkdir -p "$chroot_dir/tmp/debs"
    rm -f "$chroot_dir"/tmp/debs/*.deb
    cp "${debs[@]}" "$chroot_dir/tmp/debs/"
    in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive HOME=/root LC_ALL=C.UTF-8 "$@"; }
    log "installing into the chroot (apt-get install ./kasir*.deb)"
    in_chroot apt-get update -qq
    in_chroot bash -c 'apt-get install -y -qq --no-install-recommends /tmp/debs/*.deb' \
        >"$chroot_dir.install.log" 2>&1 || { tail -n 30 "$chroot_dir.install.log"; fail "apt-get install"; }
    tail -n 3 "$chroot_dir.install.log"
    log "kasir --version in the chroot:"
    version=$(in_chroot kasir --version) || fail "kasir --version"
    echo "    $version"
    [ "$version" = "kasir $(dpkg-deb -f "$main_deb" Version)" ] || fail "unexpected version: $version"
    if [ -n "$browser_deb" ]; then
        plugin=$(in_chroot bash -c 'ls /usr/lib/kasir/kasir_browser.so /usr/lib/*/kasir/kasir_browser.so 2>/dev/null | head -n1')
        [ -n "$plugin" ] || fail "the browser plugin is not installed"
        missing=$(in_chroot ldd "$plugin" | grep 'not found' || true)
        [ -z "$missing" ] || fail "the browser plugin has unresolved libraries: $missing"
        log "browser plugin $plugin: every library resolves"
    fi
    missing=$(in_chroot ldd /usr/bin/kasir | grep 'not found' || true)
    [ -z "$missing" ] || fail "kasir has unresolved libraries: $missing"
    # It starts: the window in training mode (offscreen platform, no X server in the chroot)
    # stays up until stopped, and a headless command answers from a fresh data folder.
    rc=0
    in_chroot env HOME=/tmp/kasir-home QT_QPA_PLATFORM=offscreen KASIR_DATA_DIR=/tmp/kasir-data \
        timeout 8 kasir >"$chroot_dir.start.log" 2>&1 || rc=$?
    [ "$rc" = 124 ] || { tail -n 20 "$chroot_dir.start.log"; fail "kasir did not keep running (exit $rc)"; }
    pending=$(in_chroot env HOME=/tmp/kasir-home KASIR_DATA_DIR=/tmp/kasir-data kasir pending) ||
        fail "kasir pending"
    log "kasir started in training mode and ran until stopped; kasir pending: $(echo $pending)"
    in_chroot dpkg -s kasir | sed -n 's/^\(Depends\|Recommends\):/    &/p'
    in_chroot apt-get remove -y -qq kasir >/dev/null 2>&1 || true
    log "chroot check passed"
fi

# 4. This machine.
if [ $on_host -eq 1 ]; then
    [ "$(id -u)" -eq 0 ] || fail "--host needs root"
    dpkg -i "${debs[@]}"
    /usr/bin/kasir --version
    dpkg -r kasir-browser kasir >/dev/null 2>&1 || dpkg -r kasir
    log "host check passed"
fi
log "done: ${debs[*]}"
