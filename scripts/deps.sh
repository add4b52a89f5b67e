# Sourced by scripts/run and scripts/test: installs the Debian 12 packages Fieldbridge needs, only when missing.
# Why each non-obvious package is here: README.md, "Building from source".

# Needed by the installed app, not seen by dpkg-shlibdeps: qt6-translations-l10n holds qtbase_de.qm/qtbase_es.qm, so Qt's
# own dialogs and buttons (file dialogs, Yes/No/Cancel) speak the language of Fieldbridge's translation.
FIELDBRIDGE_RUNTIME_PACKAGES=(qt6-translations-l10n)

FIELDBRIDGE_BUILD_PACKAGES=(
  "${FIELDBRIDGE_RUNTIME_PACKAGES[@]}"
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libsecret-1-0 qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
  libphonenumber-dev qt6-qpa-plugins
)
FIELDBRIDGE_TEST_PACKAGES=(
  xvfb xauth dbus gnome-keyring libsecret-tools imagemagick
  desktop-file-utils appstream systemd dpkg-dev file # tests/packaging: validators, systemd-analyze, cpack
)
# scripts/package: CPack's DEB generator runs dpkg-shlibdeps (dpkg-dev) and file(1) to find the ELF files.
FIELDBRIDGE_PACKAGE_PACKAGES=(dpkg-dev file)
# packaging/try-install.sh: the de_DE.UTF-8 locale (locales), Xvfb, a private bus and keyring, xprop (x11-utils).
FIELDBRIDGE_TRY_PACKAGES=(locales xvfb xauth dbus gnome-keyring x11-utils)
# scripts/fuzz only: clang with its libFuzzer/sanitizer runtime (libclang-rt-14-dev holds libclang_rt.fuzzer).
FIELDBRIDGE_FUZZ_PACKAGES=(clang libclang-rt-14-dev python3)

fieldbridge_install_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# fieldbridge_build <build-dir> [extra cmake args...]
fieldbridge_build() {
  local dir=$1; shift
  local gen=()
  [ -f "$dir/CMakeCache.txt" ] || gen=(-G Ninja)
  cmake -S "$FIELDBRIDGE_ROOT" -B "$dir" "${gen[@]}" "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
}

# Prism (@stoplight/prism-cli, pinned) validates requests and responses against the vendored OpenAPI specs in tests
# (tests/support/PrismRunner). Debian's nodejs/npm only when node is missing; the npm package goes to tools/prism.
FIELDBRIDGE_PRISM_VERSION=5.14.2
fieldbridge_install_prism() {
  command -v node >/dev/null 2>&1 || fieldbridge_install_packages nodejs npm
  local dir="$FIELDBRIDGE_ROOT/tools/prism"
  if [ -x "$dir/node_modules/.bin/prism" ] && [ "$("$dir/node_modules/.bin/prism" --version 2>/dev/null)" = "$FIELDBRIDGE_PRISM_VERSION" ]; then
    return 0
  fi
  echo "Installing @stoplight/prism-cli@$FIELDBRIDGE_PRISM_VERSION into $dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$FIELDBRIDGE_PRISM_VERSION"
}
