# Shared by the packaging tests (sourced): failing, skipping and finding the tools.
# A missing tool skips the test (exit 77) when run by hand, but fails under scripts/test (it sets
# FIELDBRIDGE_KEYRING_PASSWORD and installs every tool), so CI can never pass a check silently.
fail() { echo "FAIL: $*" >&2; exit 1; }
need_tool() {
  command -v "$1" >/dev/null 2>&1 && return 0
  [ -n "${FIELDBRIDGE_KEYRING_PASSWORD:-}" ] && fail "$1 is not installed ($2); scripts/test should have installed it"
  echo "SKIP: $1 is not installed (apt-get install $2)"
  exit 77
}
# key_of <file> <key>: the value of KEY= in the [Desktop Entry]-style file (first match, untranslated key).
key_of() { sed -n "s/^$2=//p" "$1" | head -n 1; }
