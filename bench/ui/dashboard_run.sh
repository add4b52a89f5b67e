#!/bin/sh
# Builds and runs the dashboard benchmark (bench/ui/dashboard_bench.cpp) offscreen.
# Usage: bench/ui/dashboard_run.sh [build-dir] [records=10000] [calls=1000000]
# It prints the longest UI-thread gap (wall clock: what the user feels, including whatever else the machine runs), the
# UI thread's own CPU time per 5 ms interval (what our code costs) and, for the worst intervals, which events and
# controller signals the time went to. On a shared machine run it at a high priority (nice -n -15, as root) and compare
# with the control run, which opens no dashboard: FIELDBRIDGE_BENCH_NO_UI=1 bench/ui/dashboard_run.sh <build-dir>
set -e
BUILD=${1:-$(dirname "$0")/../../build}
cmake --build "$BUILD" --target dashboard_bench -j2
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='fieldbridge.*.debug=false;fieldbridge.*.info=false' \
    "$BUILD/bench/ui/dashboard_bench" "${2:-10000}" "${3:-1000000}"
