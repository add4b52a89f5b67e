#!/usr/bin/env bash
# The systemd user unit: systemd-analyze verify --user prints nothing (it exits 0 even on unknown keys, so any output
# fails), its exit-code policy matches the app's exit codes, and its command line runs: with no credentials and no
# session bus (a server) the real binary exits 3, which the unit does not restart.
# Usage: check_service.sh <unit file> <built fieldbridge> <CommandLine.h>
set -euo pipefail
source "$(dirname "$0")/common.sh"
UNIT=$1 APP=$2 CMDLINE_H=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

exec_start=$(sed -n 's/^ExecStart=//p' "$UNIT")
[ -n "$exec_start" ] || fail "no ExecStart"
read -r -a argv <<<"$exec_start"
[ "${argv[0]}" = /usr/bin/fieldbridge ] || fail "ExecStart does not run /usr/bin/fieldbridge: ${argv[0]}"
[[ " ${argv[*]} " == *" --headless sync --watch"* ]] || fail "ExecStart is not a headless sync --watch: $exec_start"

# The unit as installed, but pointing at the binary just built (verify checks that the executable exists).
mkdir -p "$WORK/units" "$WORK/runtime"
chmod 700 "$WORK/runtime"
sed "s|^ExecStart=/usr/bin/fieldbridge|ExecStart=$APP|" "$UNIT" > "$WORK/units/$(basename "$UNIT")"
if command -v systemd-analyze >/dev/null 2>&1; then
  out=$(cd "$WORK/units" && XDG_RUNTIME_DIR=$WORK/runtime systemd-analyze verify --user --man=no \
        "$WORK/units/$(basename "$UNIT")" 2>&1) || fail "systemd-analyze verify: $out"
  [ -z "$out" ] || fail "systemd-analyze verify complained: $out"
else
  # No systemd here: at least the sections and key=value lines.
  need_tool systemd-analyze systemd
fi
for section in Unit Service Install; do grep -q "^\[$section\]" "$UNIT" || fail "no [$section]"; done
bad=$(grep -Ev '^(#.*|\[[A-Za-z]+\]|[A-Za-z]+=.*|)$' "$UNIT" || true)
[ -z "$bad" ] || fail "lines that are neither comment, section nor Key=value: $bad"
grep -q '^Restart=on-failure$' "$UNIT" || fail "Restart is not on-failure"
grep -q '^EnvironmentFile=-%E/Fieldbridge/sync.env$' "$UNIT" || fail "EnvironmentFile is not the documented one"
grep -q '^WantedBy=default.target$' "$UNIT" || fail "not wanted by default.target"

# RestartPreventExitStatus: exactly the exit codes that need a person (usage, configuration, database).
code_of() { sed -n "s/^ *$1 = \([0-9]*\),.*/\1/p" "$CMDLINE_H"; }
expected="$(code_of ExitUsage) $(code_of ExitConfig) $(code_of ExitDataError)"
[ "$(sed -n 's/^RestartPreventExitStatus=//p' "$UNIT")" = "$expected" ] ||
  fail "RestartPreventExitStatus is not '$expected' (ExitUsage ExitConfig ExitDataError in CommandLine.h)"

# Run the unit's own command line (ExecStart with the built binary) on a server-like environment: no credentials,
# no session bus (so the desktop keychain cannot be reached, never the developer's real one), throwaway data.
set +e
env -i PATH=/usr/bin:/bin HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
  XDG_RUNTIME_DIR="$WORK/runtime" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/fieldbridge-test-bus \
  timeout 60 "$APP" "${argv[@]:1}" >"$WORK/out" 2>&1
rc=$?
set -e
[ "$rc" -eq "$(code_of ExitConfig)" ] || { cat "$WORK/out" >&2; fail "ExecStart without credentials exited $rc, expected $(code_of ExitConfig)"; }
grep -q 'FIELDBRIDGE_GHL_TOKEN' "$WORK/out" || fail "the message does not name the environment variables"
echo "PASS: $(basename "$UNIT") verified; without credentials it exits $rc (no restart)"
