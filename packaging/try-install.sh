#!/usr/bin/env bash
# Tries the package as a new user would, on this machine (run as root, or with sudo available):
#   1. builds the .deb (scripts/package; FIELDBRIDGE_TRY_DEB=<file> uses one built before) and installs it with apt-get install ./fieldbridge_*.deb;
#   2. launches the Exec line of the installed .desktop entry under Xvfb in German (LANG=de_DE.UTF-8 LANGUAGE=de),
#      with a throwaway home, XDG dirs, private D-Bus and unlocked keyring (nothing of yours is touched), and saves a
#      screenshot of the window (docs/screenshots/installed-de.png, or $1); reads the window's WM_CLASS meanwhile;
#   3. runs the installed fieldbridge --headless status/check and fieldbridge-sandbox;
#   4. removes the package and the packages apt-get pulled in for it (and the de_DE.UTF-8 locale if it generated
#      it), so the machine is left as it was.
# Hidden hooks used (ui/shell/DevelopmentHooks.cpp): FIELDBRIDGE_SCREENSHOT, FIELDBRIDGE_SCREENSHOT_SCREEN.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots/installed-de.png}")
SCREEN=${FIELDBRIDGE_TRY_SCREEN:-dashboard}
APP_ID=io.github.fieldbridge.Fieldbridge
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
source "$ROOT/scripts/deps.sh"
FIELDBRIDGE_ROOT=$ROOT fieldbridge_install_packages "${FIELDBRIDGE_TRY_PACKAGES[@]}"
log() { printf '\n== %s\n' "$*"; }

if dpkg-query -W -f='${Status}' fieldbridge 2>/dev/null | grep -q 'install ok installed'; then
  echo "try-install: fieldbridge is already installed; remove it first (apt-get remove fieldbridge)" >&2
  exit 1
fi

if [ -n "${FIELDBRIDGE_TRY_DEB:-}" ]; then   # a .deb built before (scripts/package prints its path)
  DEB=$(realpath "$FIELDBRIDGE_TRY_DEB")
else
  log "Building the package"
  DEB=$("$ROOT/scripts/package" | tee /dev/stderr | tail -n 1)   # the build shown, its last line (the path) kept
fi
echo "$DEB ($(du -k "$DEB" | cut -f1) KiB)"

WORK=$(mktemp -d)
chmod 755 "$WORK"
NEW_PACKAGES=()
LOCALE_ADDED=0
cleanup() {
  set +e
  log "Removing the package"
  export LANG=C.UTF-8 LANGUAGE=
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fieldbridge
  # The packages apt-get installed only for Fieldbridge (its Recommends, missing dependencies), unless something
  # else installed since needs them: apt-get would then remove more than those, so they stay.
  if [ ${#NEW_PACKAGES[@]} -gt 0 ]; then
    extra=$(apt-get remove -s "${NEW_PACKAGES[@]}" 2>/dev/null | sed -n 's/^Remv \([^ ]*\) .*/\1/p' |
            grep -vxF -f <(printf '%s\n' "${NEW_PACKAGES[@]}") || true)
    if [ -z "$extra" ]; then
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "${NEW_PACKAGES[@]}"
    else
      echo "Left installed (other packages need them now): ${NEW_PACKAGES[*]}"
    fi
  fi
  if [ "$LOCALE_ADDED" = 1 ]; then
    "${sudo[@]}" sed -i 's/^de_DE.UTF-8 UTF-8$/# de_DE.UTF-8 UTF-8/' /etc/locale.gen
    "${sudo[@]}" /usr/sbin/locale-gen >/dev/null
  fi
  dpkg-query -W -f='${Status}\n' fieldbridge 2>/dev/null | grep -q 'install ok installed' &&
    echo "try-install: fieldbridge is still installed!" >&2
  [ -e /usr/bin/fieldbridge ] && echo "try-install: /usr/bin/fieldbridge is still there!" >&2
  rm -rf "$WORK"
}
trap cleanup EXIT

log "Installing it: apt-get install -y ./$(basename "$DEB")"
cp "$DEB" "$WORK/"   # apt's _apt sandbox user must be able to read it
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$WORK/$(basename "$DEB")" | tee "$WORK/apt.log"
mapfile -t NEW_PACKAGES < <(sed -n '/^The following NEW packages will be installed:/,/^[^ ]/{/^ /p}' "$WORK/apt.log" |
                            tr ' ' '\n' | sed '/^$/d; /^fieldbridge$/d')
echo "Pulled in with it: ${NEW_PACKAGES[*]:-(nothing new)}"
log "What the package put where"
dpkg -L fieldbridge | while read -r f; do [ -f "$f" ] && ls -l "$f"; done
dpkg-query -W -f='Depends: ${Depends}\nRecommends: ${Recommends}\n' fieldbridge

# A German user's system has the locale generated.
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  log "Generating the de_DE.UTF-8 locale (removed again at the end)"
  "${sudo[@]}" sed -i 's/^# *de_DE.UTF-8 UTF-8$/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8$' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo[@]}" /usr/sbin/locale-gen >/dev/null
  LOCALE_ADDED=1
fi

DESKTOP=/usr/share/applications/$APP_ID.desktop
[ -f "$DESKTOP" ] || { echo "try-install: $DESKTOP was not installed" >&2; exit 1; }
# The Exec line without field codes (%f, %U, ...), as a launcher runs it.
EXEC=$(sed -n 's/^Exec=//p' "$DESKTOP" | head -n 1 | sed 's/ %[fFuUdDnNickvm]//g')
log "Launching the desktop entry's Exec line: $EXEC (LANG=de_DE.UTF-8 LANGUAGE=de, screen $SCREEN)"
# A new user: empty home and XDG dirs, their own session bus with an unlocked (empty) keyring.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share \
       XDG_CACHE_HOME=$WORK/home/.cache XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY LC_ALL LC_MESSAGES QT_QPA_PLATFORM
export LANG=de_DE.UTF-8 LANGUAGE=de PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
# Inside Xvfb: start the app, read its window's WM_CLASS (what StartupWMClass must match on X11) while it is up.
cat > "$WORK/session.sh" <<'SESSION'
out=$1 screen=$2 exec_line=$3 work=$4
read -r -a argv <<<"$exec_line"
FIELDBRIDGE_SCREENSHOT=$out FIELDBRIDGE_SCREENSHOT_SCREEN=$screen QT_SCALE_FACTOR=1 "${argv[@]}" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 100); do
  if xwininfo -root -tree 2>/dev/null | grep -q '("fieldbridge"'; then
    xwininfo -root -tree | grep '("fieldbridge"' | sed 's/^ *//' | head -n 3 > "$work/windows"
    break
  fi
  sleep 0.3
done
wait "$app"
echo $? > "$work/app.rc"
SESSION
dbus-run-session -- bash -c '
  echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
  xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" bash "$@"' _ "$WORK/session.sh" "$OUT" "$SCREEN" "$EXEC" "$WORK"
echo "exit code $(cat "$WORK/app.rc"); window: $(cat "$WORK/windows" 2>/dev/null || echo '(not seen)')"
grep -E 'fieldbridge-screenshot|[Ee]rror|[Ww]arning' "$WORK/app.log" | head -n 20 || true
wm_class=$(sed -n 's/.*("fieldbridge" "\([^"]*\)").*/\1/p' "$WORK/windows" 2>/dev/null | head -n 1)
if [ -n "$wm_class" ] && [ "$wm_class" = "$(sed -n 's/^StartupWMClass=//p' "$DESKTOP")" ]; then
  echo "WM_CLASS class '$wm_class' matches the entry's StartupWMClass"
else
  echo "try-install: WM_CLASS class '$wm_class' does not match StartupWMClass" >&2
fi
[ -s "$OUT" ] || { cat "$WORK/app.log" >&2; echo "try-install: no screenshot" >&2; exit 1; }
echo "screenshot: $OUT ($(du -k "$OUT" | cut -f1) KiB)"

log "The installed headless commands (same throwaway home, German)"
set +e
fieldbridge --version
fieldbridge --headless status; echo "rc=$?"
fieldbridge --headless status --json > "$WORK/status.json"; rc=$?
echo "status --json: rc=$rc, $(grep -c '' "$WORK/status.json") lines, dataDir $(sed -n 's/.*"dataDir": "\(.*\)".*/\1/p' "$WORK/status.json")"
grep -q '"counts"' "$WORK/status.json" || { echo "try-install: status --json printed no counts" >&2; exit 1; }
fieldbridge --headless check </dev/null; echo "check without credentials or session bus: rc=$? (3 = credentials missing)"
timeout 120 fieldbridge --sandbox --headless sync --once; echo "sandbox sync --once: rc=$?"
fieldbridge-sandbox --help | head -n 3
set -e
