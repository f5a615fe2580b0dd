#!/usr/bin/env bash
# Checks the desktop entry and the AppStream metainfo as desktops and software centres read them:
# desktop-file-validate, appstreamcli (offline), and the newest release named in the metainfo
# being the version being built.
#   validate-metadata.sh DESKTOP_FILE METAINFO_FILE VERSION
# Exits 77 (skipped) when a tool is missing, unless HERALD_REQUIRE_SERVICES=1.
set -euo pipefail
desktop=$1 metainfo=$2 version=$3

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is not installed (scripts/install-deps.sh test installs it)" >&2
        [ "${HERALD_REQUIRE_SERVICES:-}" = 1 ] && exit 1
        exit 77
    fi
done

# desktop-file-validate exits 0 on hints and warnings too: any output is a finding.
findings=$(desktop-file-validate "$desktop" 2>&1) || { echo "$findings" >&2; exit 1; }
if [ -n "$findings" ]; then
    echo "$findings" >&2
    exit 1
fi
echo "desktop-file-validate: $desktop passes"

appstreamcli validate --no-net "$metainfo"

newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
    echo "the newest <release> in $metainfo is '$newest', the project is $version:" \
         "add a <release> for it" >&2
    exit 1
fi
echo "metainfo: newest release $newest matches the project version"
