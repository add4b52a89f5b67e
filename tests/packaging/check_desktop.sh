#!/usr/bin/env bash
# The .desktop entry: desktop-file-validate says nothing at all, and it launches the installed binary with the
# application's icon under the application id (the file name, Icon= and the window class must agree).
# Usage: check_desktop.sh <desktop file> <app id> <icon svg>
set -euo pipefail
source "$(dirname "$0")/common.sh"
DESKTOP=$1 APP_ID=$2 ICON=$3
need_tool desktop-file-validate desktop-file-utils

out=$(desktop-file-validate "$DESKTOP" 2>&1) || fail "desktop-file-validate failed: $out"
[ -z "$out" ] || fail "desktop-file-validate complained: $out"
[ "$(basename "$DESKTOP")" = "$APP_ID.desktop" ] || fail "file name is not $APP_ID.desktop"
[ "$(key_of "$DESKTOP" Type)" = Application ] || fail "Type is not Application"
exec_line=$(key_of "$DESKTOP" Exec)
# The app rejects positional arguments, so no %f/%u field codes: just the binary on PATH.
[ "$exec_line" = fieldbridge ] || fail "Exec is '$exec_line', expected 'fieldbridge'"
[ "$(key_of "$DESKTOP" TryExec)" = fieldbridge ] || fail "TryExec is not fieldbridge"
[ "$(key_of "$DESKTOP" Icon)" = "$APP_ID" ] || fail "Icon is not the application id"
# Qt's xcb plugin sets WM_CLASS to (argv[0], applicationName) = (fieldbridge, Fieldbridge); Wayland uses the
# desktop file name (QGuiApplication::desktopFileName = the application id) directly.
[ "$(key_of "$DESKTOP" StartupWMClass)" = Fieldbridge ] || fail "StartupWMClass is not Fieldbridge"
grep -q '^Categories=.*Office;' "$DESKTOP" || fail "Categories has no Office"
grep -q '^Keywords=' "$DESKTOP" || fail "no Keywords"
grep -q '^Comment\[de\]=' "$DESKTOP" || fail "no German Comment"

# The icon: a square SVG (hicolor/scalable needs one; a non-square icon is squashed or letterboxed in menus).
svg_tag=$(tr '\n' ' ' < "$ICON" | grep -o '<svg[^>]*>') || fail "$ICON has no <svg> element"
width=$(sed -n 's/.* width="\([0-9.]*\)".*/\1/p' <<<"$svg_tag")
height=$(sed -n 's/.* height="\([0-9.]*\)".*/\1/p' <<<"$svg_tag")
viewbox=$(sed -n 's/.* viewBox="\([^"]*\)".*/\1/p' <<<"$svg_tag")
read -r _ _ vbw vbh <<<"$viewbox"
[ -n "$width" ] && [ "$width" = "$height" ] || fail "icon is not square: width '$width' height '$height'"
[ -n "$vbw" ] && [ "$vbw" = "$vbh" ] || fail "icon viewBox is not square: '$viewbox'"
grep -q 'xmlns="http://www.w3.org/2000/svg"' "$ICON" || fail "icon has no SVG namespace"
if grep -Eq '<(image|script)|xlink:href="(http|file)' "$ICON"; then fail "icon embeds images, scripts or links"; fi
echo "PASS: $DESKTOP valid; Exec=$exec_line; icon ${width}x${height}"
