#!/bin/sh
# Builds and runs the dashboard benchmark (bench/ui/dashboard_bench.cpp) offscreen.
# Usage: bench/ui/dashboard_run.sh [build-dir] [records=10000] [calls=1000000]
set -e
BUILD=${1:-$(dirname "$0")/../../build}
cmake --build "$BUILD" --target dashboard_bench -j2
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='fieldbridge.*.debug=false;fieldbridge.*.info=false' \
    "$BUILD/bench/ui/dashboard_bench" "${2:-10000}" "${3:-1000000}"
