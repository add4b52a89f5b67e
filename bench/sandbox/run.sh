#!/usr/bin/env bash
# Benchmark: requests per second the sandbox serves to a QNetworkAccessManager client (6 in flight), printed beside the
# same client against a trivial echo server in the same run. Builds a Release tree of its own.
# Usage: bench/sandbox/run.sh [--requests N] [--rounds R]
set -euo pipefail
FIELDBRIDGE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${FIELDBRIDGE_BENCH_BUILD_DIR:-$FIELDBRIDGE_ROOT/build-bench}
gen=()
[ -f "$BUILD_DIR/CMakeCache.txt" ] || gen=(-G Ninja)
cmake -S "$FIELDBRIDGE_ROOT" -B "$BUILD_DIR" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release -DFIELDBRIDGE_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" --target fieldbridge-bench-sandbox -j2 >/dev/null
QT_LOGGING_RULES="*.debug=false" "$BUILD_DIR/bin/fieldbridge-bench-sandbox" "$@"
