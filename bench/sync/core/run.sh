#!/usr/bin/env bash
# Issue 5's sync benchmarks, printed as one table: bench/sync/core/run.sh [--records N] [--limited-records N]
# Peak RSS at 100,000 linked pairs instead: --rss-records 100000 --rss-template 2000 --rss-limits production
# (add --rss-daily-scan for the once-a-day run that lists every HighLevel contact).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BUILD=${FIELDBRIDGE_BUILD_DIR:-$ROOT/build}
cmake --build "$BUILD" --target bench_sync >/dev/null
QT_LOGGING_RULES='fieldbridge.*=false' "$BUILD/bench/sync/core/bench_sync" "$@"
