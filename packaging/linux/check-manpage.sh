#!/usr/bin/env bash
# The hand-written man page against the program: groff reads it without warnings, it names the
# version being built, every option that a command's --help lists is in the man page, and every
# option the man page names exists.
#   check-manpage.sh MAN_PAGE HERALD_CLI VERSION
set -euo pipefail
page=$1 cli=$2 version=$3
commands=(listen publish channels history)

if ! command -v groff >/dev/null; then
    echo "groff is not installed" >&2
    [ "${HERALD_REQUIRE_SERVICES:-}" = 1 ] && exit 1
    exit 77
fi
warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$page" 2>&1)
if [ -n "$warnings" ]; then
    echo "groff: $warnings" >&2
    exit 1
fi
grep -q "^\.TH HERALD-CLI 1 .* \"Herald $version\"" "$page" ||
    { echo "$page: the .TH line does not name Herald $version" >&2; exit 1; }

# Options as the man page writes them (\-\-name) and as --help prints them (--name).
in_page=$(grep -o '\\-\\-[a-z][a-z\\-]*' "$page" | sed 's/\\//g' | sort -u)
in_help=$(for c in "${commands[@]}"; do
              QT_QPA_PLATFORM=offscreen "$cli" "$c" --help
          done | grep -o -- '--[a-z][a-z-]*' | sort -u)
in_help=$(printf '%s\n--version\n' "$in_help" | sort -u)

missing=$(comm -13 <(echo "$in_page") <(echo "$in_help"))
unknown=$(comm -23 <(echo "$in_page") <(echo "$in_help"))
status=0
if [ -n "$missing" ]; then
    echo "options in --help but not in $page:" "${missing//$'\n'/ }" >&2
    status=1
fi
if [ -n "$unknown" ]; then
    echo "options in $page that no command has:" "${unknown//$'\n'/ }" >&2
    status=1
fi
[ $status = 0 ] && echo "$page: $(echo "$in_page" | wc -l) options, all of them in --help and back"
exit $status
