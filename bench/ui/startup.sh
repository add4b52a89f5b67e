#!/usr/bin/env bash
# Start-up benchmark: milliseconds from exec to an interactive main window (exposed, painted, event loop turning),
# with the built-in sandbox starting (first run, nothing configured) and without it (real accounts configured in the
# settings and the keychain; the "real" services are an unreachable loopback port, which does not matter for the
# window). Also: sandbox ready (controller opened) and first sync finished for the first-run case.
# Runs in a private D-Bus session with a throwaway unlocked keyring under Xvfb. Usage: bench/ui/startup.sh [runs]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${FIELDBRIDGE_BUILD_DIR:-$ROOT/build}
APP=$BUILD_DIR/bin/fieldbridge
RUNS=${1:-5}
[ -x "$APP" ] || { echo "startup.sh: $APP not built" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME=$WORK/xdg-data XDG_RUNTIME_DIR=$WORK/runtime XDG_CONFIG_HOME=$WORK/config
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY

dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" bash -c '
  set -euo pipefail
  APP=$0 RUNS=$1 WORK=$2
  echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
  export QT_QPA_PLATFORM=xcb FIELDBRIDGE_REPORT_INTERACTIVE=1
  now() { date +%s%3N; }
  mark() { grep -m1 "^$1 " "$2" | cut -d" " -f2; }
  # Keychain items as QtKeychain (libsecret backend) stores them: attributes user=<key>, server=<service>, type.
  store() { printf %s "$2" | secret-tool store --label="Fieldbridge $1" user "$1" server io.github.fieldbridge.Fieldbridge type plaintext; }
  run_case() { # name, data-dir setup function, quit-after
    local name=$1 setup=$2 quit=$3 total=0 sum2=0 ready=0 firstsync=0 list=""
    for i in $(seq 1 "$RUNS"); do
      local dir=$WORK/$name-$i
      rm -rf "$dir"; mkdir -p "$dir"; $setup "$dir"
      local t0; t0=$(now)
      FIELDBRIDGE_QUIT_AFTER=$quit timeout 120 "$APP" --data-dir "$dir" 2> "$dir.log" || true
      local t1; t1=$(mark fieldbridge-interactive "$dir.log")
      [ -n "$t1" ] || { echo "$name run $i: no interactive mark"; cat "$dir.log"; continue; }
      list="$list $((t1 - t0))"
      if [ "$quit" = first-sync ]; then
        ready="$ready $(( $(mark fieldbridge-controller-opened "$dir.log") - t0 ))"
        firstsync="$firstsync $(( $(mark fieldbridge-first-sync-finished "$dir.log") - t0 ))"
      fi
    done
    printf "%-34s launch -> interactive window (ms): %s  median %s\n" "$name" "$list" "$(printf "%s\n" $list | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
    if [ "$quit" = first-sync ]; then
      printf "%-34s launch -> sandbox open (ms):        %s\n" "" "${ready#0 }"
      printf "%-34s launch -> first sync finished (ms): %s\n" "" "${firstsync#0 }"
    fi
  }
  first_run() { :; }
  configured() {
    printf "[highlevel]\nlocationId=BenchLocation000000001\nbaseUrl=http://127.0.0.1:9/ghl\n[badger]\nbaseUrl=http://127.0.0.1:9/badger/api/2\n" > "$1/settings.ini"
  }
  store highlevel/default pit-bench-token
  store badger/default bench-badger-key
  run_case "first run (sandbox starts)" first_run first-sync
  run_case "configured (no sandbox)" configured interactive
' "$APP" "$RUNS" "$WORK"
