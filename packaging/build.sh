#!/bin/sh
# Builds HQ Tower from this checkout on Debian 12, installing the packages that are missing
# (with apt-get, as root or through sudo), then either starts the app or runs every test.
#   sh packaging/build.sh run    build (release) and start HQ Tower
#   sh packaging/build.sh test   build (debug, warnings as errors under CI), run the whole suite,
#                                then build the libFuzzer targets and fuzz each for 20 seconds
set -eu

cd "$(dirname "$0")/.."

PACKAGES="cmake g++ ninja-build qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
qt6-websockets-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite qt6-svg-dev libxkbcommon-dev libgl-dev xvfb xauth clang-format ca-certificates tzdata"
# Only for `test`: clang and its sanitizer/libFuzzer runtime for the fuzz targets.
TEST_PACKAGES="clang libclang-rt-14-dev"

install_missing() {
    missing=""
    for package in $PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            missing="$missing $package"
        fi
    done
    [ -z "$missing" ] && return 0
    echo "Installing missing packages:$missing"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
}

case "${1:-}" in
run)
    install_missing
    cmake --preset release
    cmake --build --preset release
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No graphical display found: starting HQ Tower inside a virtual X server (xvfb-run)."
        exec xvfb-run -a build/release/bin/hqtower --auto-demo "$@"
    fi
    # --auto-demo: the demo on the built-in simulator when no Odoo server is configured yet.
    exec build/release/bin/hqtower --auto-demo "$@"
    ;;
test)
    PACKAGES="$PACKAGES $TEST_PACKAGES"
    install_missing
    cmake --preset dev
    cmake --build --preset dev
    QT_QPA_PLATFORM=offscreen ctest --preset dev
    cmake --preset fuzz
    cmake --build --preset fuzz
    sh tests/fuzz/run-fuzzers.sh 20
    ;;
*)
    echo "usage: sh packaging/build.sh run|test" >&2
    exit 2
    ;;
esac
