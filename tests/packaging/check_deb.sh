#!/usr/bin/env bash
# The .deb: CPack builds it from the already-built tree, under Debian's file name, and it holds the binaries, the
# desktop entry, metainfo, icon, user unit, copyright, changelog, man pages and one valid .qm per translations/*.ts,
# all owned by root; Depends has both shlibdeps' libraries and the hand-listed dlopen()ed ones; the packaged binary
# runs, and its man page documents every option its --help lists.
# Usage: check_deb.sh <cpack> <CPackConfig.cmake> <version> <app id> <languages...>
set -euo pipefail
source "$(dirname "$0")/common.sh"
CPACK=$1 CONFIG=$2 VERSION=$3 APP_ID=$4
shift 4
LANGS=("$@")
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool appstreamcli appstream
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$CPACK" -G DEB --config "$CONFIG" -B "$WORK" >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log" >&2; fail "cpack failed"; }
DEB=$WORK/fieldbridge_${VERSION}_$(dpkg --print-architecture).deb
[ -f "$DEB" ] || { ls "$WORK" >&2; fail "no $(basename "$DEB")"; }

dpkg-deb -c "$DEB" > "$WORK/contents"
has() { grep -q " \./$1\$" "$WORK/contents" || fail "the package has no /$1"; }
has usr/bin/fieldbridge
has usr/bin/fieldbridge-sandbox
has "usr/share/applications/$APP_ID.desktop"
has "usr/share/metainfo/$APP_ID.metainfo.xml"
has "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
has usr/lib/systemd/user/fieldbridge-sync.service
has usr/share/doc/fieldbridge/copyright
has usr/share/doc/fieldbridge/sync.env.example
has usr/share/doc/fieldbridge/changelog.gz
has usr/share/man/man1/fieldbridge.1.gz
has usr/share/man/man1/fieldbridge-sandbox.1.gz
[ ${#LANGS[@]} -gt 0 ] || fail "no languages given"
for lang in "${LANGS[@]}"; do has "usr/share/fieldbridge/translations/fieldbridge_$lang.qm"; done
not_root=$(awk '$2 != "root/root"' "$WORK/contents")
[ -z "$not_root" ] || fail "files not owned by root: $not_root"

field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = fieldbridge ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture"
[ -n "$(field Maintainer)" ] && [ -n "$(field Section)" ] && [ -n "$(field Homepage)" ] ||
  fail "Maintainer, Section or Homepage missing"
[ "$(field Description | wc -l)" -gt 3 ] || fail "no extended description"
[ "$(field Description | sed -n 2p | sed 's/^ //')" != "$(field Description | head -n 1)" ] ||
  fail "the extended description repeats the summary"
depends=$(field Depends)
# dpkg-shlibdeps ran (libraries it can see), and the dlopen()ed pieces it cannot see are listed by hand.
for dep in libqt6core6 libqt6widgets6 libqt6keychain1 libqt6sql6-sqlite libqt6gui6 qt6-qpa-plugins libqt6svg6 \
           libsecret-1-0; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends has no $dep: $depends"
done
recommends=$(field Recommends)
for rec in gnome-keyring qt6-translations-l10n; do
  grep -q "$rec" <<<"$recommends" || fail "Recommends has no $rec: $recommends"
done

# The unpacked files: the binary runs (its libraries resolve on this system), translations are real .qm files.
dpkg-deb -x "$DEB" "$WORK/root"
ver=$("$WORK/root/usr/bin/fieldbridge" --version) || fail "the packaged fieldbridge does not run"
[ "$ver" = "Fieldbridge $VERSION" ] || fail "the packaged fieldbridge says '$ver'"
for tool in fieldbridge fieldbridge-sandbox; do
  page=$(zcat "$WORK/root/usr/share/man/man1/$tool.1.gz" | sed 's/\\-/-/g')
  for option in $(LANGUAGE=C LANG=C.UTF-8 "$WORK/root/usr/bin/$tool" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    case $option in --help | --help-all | --version) continue ;; esac
    grep -q -- "$option" <<<"$page" ||
      fail "man page $tool.1 does not document $option"
  done
done
# The installed tree as AppStream sees it: metainfo, its launchable .desktop file and the icon found together.
out=$(appstreamcli validate-tree --no-net --strict --pedantic "$WORK/root" 2>&1) || fail "appstreamcli validate-tree: $out"
unexpected=$(grep -E '^ *[EWIP]: ' <<<"$out" | grep -v 'cid-contains-uppercase-letter' || true)
[ -z "$unexpected" ] || fail "appstreamcli validate-tree reported: $unexpected"
qm_magic=3cb86418caef9c95cd211cbf60a1bddd
for lang in "${LANGS[@]}"; do
  qm=$WORK/root/usr/share/fieldbridge/translations/fieldbridge_$lang.qm
  [ "$(head -c 16 "$qm" | od -An -tx1 | tr -d ' \n')" = "$qm_magic" ] || fail "$(basename "$qm") is not a .qm file"
done
echo "PASS: $(basename "$DEB"), $(wc -l < "$WORK/contents") entries, $(du -k "$DEB" | cut -f1) KiB"
echo "Depends: $depends"
