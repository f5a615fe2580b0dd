#!/usr/bin/env bash
# Fails when a translations/*.ts file is out of date with the sources, or when a language Herald
# ships has a text that is not translated yet.
#
#   scripts/check-translations.sh BUILD_DIR
#
# BUILD_DIR is a configured build folder: it holds what lupdate reads and its options
# (translations/check-translations.conf, written by translations/Translations.cmake), so this
# runs lupdate exactly as `cmake --build BUILD_DIR --target update_translations` does, but into
# copies. The ctest test check_translations runs it. To fix a failure, run that target and
# translate what it marks unfinished (translations/README.md).
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR}
conf="$build/translations/check-translations.conf"
[[ -f $conf ]] || { echo "$conf is missing: configure $build with CMake first" >&2; exit 2; }
# shellcheck source=/dev/null
source "$conf"
: "${LUPDATE:?}" "${LUPDATE_OPTIONS?}" "${SOURCES_LST:?}" "${TS_FILES:?}" "${PLURALS_TS_FILE:?}"
read -r -a options <<<"$LUPDATE_OPTIONS"
read -r -a ts_files <<<"$TS_FILES"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# Updates a copy of $1 from the sources (extra lupdate options after it) and compares.
check_current() {
    local ts=$1
    shift
    local copy
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    if ! "$LUPDATE" -silent "${options[@]}" "$@" "@$SOURCES_LST" -ts "$copy" >"$work/lupdate.log" 2>&1; then
        cat "$work/lupdate.log" >&2
        echo "FAIL: lupdate could not update a copy of $ts" >&2
        failed=1
        return
    fi
    if ! diff -u "$ts" "$copy" >"$work/diff.txt"; then
        echo "FAIL: $ts is out of date with the sources:" >&2
        head -n 80 "$work/diff.txt" >&2
        failed=1
    fi
}

# Lists the texts of $1 that are not translated yet: unfinished, empty, or without the plural
# forms a text with a number needs (lupdate writes as many as the language has; an emptied or
# deleted one must not slip through).
check_finished() {
    local ts=$1
    if ! awk '
        function flag() { if (!flagged) { print "  " context ": " source; flagged = 1; bad++ } }
        /<name>/ { context = $0; gsub(/^ *<name>|<\/name>.*$/, "", context) }
        /<message/ { numerus = /numerus="yes"/; forms = 0; flagged = 0 }
        /<source>/ { source = $0; gsub(/^ *<source>|<\/source>.*$/, "", source) }
        /type="(unfinished|vanished|obsolete)"|<translation><\/translation>|<translation\/>/ { flag() }
        /<numerusform><\/numerusform>|<numerusform\/>/ { flag() }
        /<numerusform[ >]/ { forms++ }
        /<\/message>/ { if (numerus && forms == 0) flag() }
        END { if (bad) print "  (" bad " in all)"; exit bad > 0 }' "$ts" >"$work/unfinished.txt"; then
        echo "FAIL: $ts has texts to translate (context: source text):" >&2
        head -n 60 "$work/unfinished.txt" >&2
        failed=1
    fi
}

check_current "$PLURALS_TS_FILE" -pluralonly
check_finished "$PLURALS_TS_FILE"
for ts in "${ts_files[@]}"; do
    check_current "$ts"
    check_finished "$ts"
done

if ((failed)); then
    echo "Update with: cmake --build $build --target update_translations; then translate." >&2
    exit 1
fi
echo "translations: up to date and complete (${#ts_files[@]} languages and the English plural forms)"
