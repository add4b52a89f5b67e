#!/usr/bin/env bash
# The AppStream metainfo: appstreamcli validate --no-net --strict --pedantic passes (strict: infos and warnings
# fail; pedantic hints are shown but only the upper-case letters of the application id are allowed), and it agrees
# with the project: id, launchable, version of the newest release, screenshots that exist in docs/screenshots.
# Usage: check_metainfo.sh <metainfo> <app id> <project version> <source dir>
set -euo pipefail
source "$(dirname "$0")/common.sh"
META=$1 APP_ID=$2 VERSION=$3 SRC=$4
need_tool appstreamcli appstream

out=$(appstreamcli validate --no-net --strict --pedantic "$META" 2>&1) || fail "appstreamcli validate: $out"
# The one accepted pedantic hint: reverse-DNS ids keep the application's own capitalisation (Flathub does the same).
unexpected=$(grep -E '^[EWIP]: ' <<<"$out" | grep -v 'cid-contains-uppercase-letter' || true)
[ -z "$unexpected" ] || fail "appstreamcli reported: $unexpected"
[ "$(basename "$META")" = "$APP_ID.metainfo.xml" ] || fail "file name is not $APP_ID.metainfo.xml"
grep -q "<id>$APP_ID</id>" "$META" || fail "id is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$META" || fail "launchable is not $APP_ID.desktop"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$META" || fail "project_license"
grep -q '<content_rating type="oars-1.1"' "$META" || fail "no OARS 1.1 content rating"
grep -q '<binary>fieldbridge</binary>' "$META" || fail "does not provide the fieldbridge binary"
newest=$(grep -o '<release version="[^"]*"' "$META" | head -n 1 | sed 's/.*="\(.*\)"/\1/')
[ "$newest" = "$VERSION" ] || fail "newest release is '$newest' but the project version is '$VERSION'"
shots=$(grep -o 'docs/screenshots/[^<]*\.png' "$META") || fail "no screenshots"
for shot in $shots; do
  [ -f "$SRC/$shot" ] || fail "screenshot $shot is not in the repository"
done
echo "PASS: $META valid ($(wc -w <<<"$shots") screenshots, release $newest)"
