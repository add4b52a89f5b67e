#!/usr/bin/env bash
# tst_ts_current: fails when scripts/update-translations (the one lupdate command) would change a committed .ts file,
# i.e. a tr() string was added, changed or removed without refreshing translations/. Runs lupdate on copies only.
# Usage: ts_current.sh <source dir>
set -euo pipefail
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root"/translations/*.ts "$tmp"/
"$root"/scripts/update-translations "$tmp"
status=0
for ts in "$root"/translations/*.ts; do
    if ! diff -u "$ts" "$tmp/$(basename "$ts")" >"$tmp/diff"; then
        echo "STALE: $ts differs from what lupdate makes of today's sources (showing the start of the diff)."
        head -n 80 "$tmp/diff"
        status=1
    fi
done
[ $status -eq 0 ] || echo "Run scripts/update-translations, translate the new entries and commit the .ts files."
exit $status
