#!/usr/bin/env bash
# The follow-up walkthrough (docs/follow-up.md) end to end, as a ministry user follows it: with an installed
# `bedrebalance`, tables kept in an Excel workbook (the LibreOffice-saved fixture tests/data/workbooks/tabeller),
# from a folder outside the repository, once in Danish (LANG=da_DK.UTF-8) and once in English (LANG=C.UTF-8,
# and --sprog en under a Danish LANG). Each step's exit code, files and the language of its key lines are checked.
#
#   tests/conformance/walkthrough.sh [BEDREBALANCE]
#
# BEDREBALANCE: an installed tool to run (.ci/run passes the one it installed); without it, the tool is packed and
# installed into a temporary tool path first, as the README installs it. Needs the .NET SDK and Python 3 (which
# stands in for Excel: it edits a cell of the workbook and saves the formula's new value, as Excel does).
# Exit 0: every step as documented. 1: a step differs (each difference is printed). 2: the tool could not be installed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
lang=C.UTF-8

if [ $# -ge 1 ]; then
  tool=$1
else
  if ! dotnet pack "$root/src/BedreBalance.Cli" -c Release -o "$work/packages" >"$work/pack.log" 2>&1 \
    || ! dotnet tool install bedrebalance --tool-path "$work/bin" --add-source "$work/packages" --ignore-failed-sources >"$work/install.log" 2>&1; then
    cat "$work/pack.log" "$work/install.log" 2>/dev/null
    echo "walkthrough: the tool could not be packed and installed."
    exit 2
  fi
  tool=$work/bin/bedrebalance
fi

fail() {
  echo "  FAILED: $*"
  failures=$((failures + 1))
}

# run EXPECTED_EXIT ARGS...: runs the tool in the current folder; its output in $work/out.txt and $work/err.txt.
run() {
  local expected=$1
  shift
  env -u LC_ALL -u LC_MESSAGES LANG="$lang" "$tool" "$@" >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  echo "  \$ bedrebalance $* → exit $code"
  if [ "$code" -ne "$expected" ]; then
    fail "exit $code, expected $expected"
    sed 's/^/    | /' "$work/out.txt" "$work/err.txt"
  fi
}

# says out|err TEXT: the output (or the error stream) holds TEXT, literally.
says() {
  local file=$work/$1.txt
  if ! grep -qF -- "$2" "$file"; then
    fail "$1 does not say: $2"
    sed 's/^/    | /' "$file"
  fi
}

# never out|err TEXT: TEXT is not there (the other language's words).
never() {
  if grep -qF -- "$2" "$work/$1.txt"; then
    fail "$1 says, in the wrong language: $2"
  fi
}

exists() {
  [ -s "$1" ] || fail "$1 is missing or empty"
}

# excel_save WORKBOOK SHEET_XML CELL VALUE [TOTAL_CELL TOTAL]: types VALUE into CELL and stores the SUM's new cached
# value, as Excel does on saving. Also renames a shared string when CELL is a text cell: excel_rename OLD NEW.
excel() {
  python3 - "$@" <<'PY'
import re, sys, zipfile, shutil
book, kind = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(book) as z:
    items = [(i, z.read(i.filename)) for i in z.infolist()]
out = []
for info, data in items:
    text = data.decode("utf-8")
    if kind == "number" and info.filename == sys.argv[3]:
        for cell, value in zip(sys.argv[4::2], sys.argv[5::2]):
            text, n = re.subn(r'(<c r="%s"[^>]*>(?:<f[^<]*</f>)?<v>)[^<]*(</v>)' % cell, r'\g<1>%s\g<2>' % value, text)
            assert n == 1, cell
    if kind == "rename" and info.filename == "xl/sharedStrings.xml":
        text, n = re.subn(r'(<t[^>]*>)%s(</t>)' % re.escape(sys.argv[3]), r'\g<1>%s\g<2>' % sys.argv[4], text)
        assert n == 1, sys.argv[3]
    out.append((info, text.encode("utf-8")))
with zipfile.ZipFile(book + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in out:
        z.writestr(info, data)
shutil.move(book + ".tmp", book)
PY
}

walk() {
  local language=$1 # da or en
  shift
  lang=$1
  shift
  local extra=("$@") # e.g. --sprog en
  local here=$work/$language
  mkdir -p "$here/data/spm-346"
  cd "$here" || exit 2
  # The previous follow-up as a ministry keeps it: the letter's text and one workbook of tables.
  cp "$root/data/spm-346/brev.md" "$root/tests/data/workbooks/tabeller/tabeller.xlsx" data/spm-346/
  local new=data/spm-346-maj-2019
  echo "== $language (LANG=$lang ${extra[*]})"

  echo "Step 0: help and a mistyped command"
  run 0 --help "${extra[@]}"
  if [ "$language" = da ]; then says out "Brug:"; else says out "Usage:"; never out "Brug:"; fi
  run 2 genrate "${extra[@]}"
  if [ "$language" = da ]; then says err "Mente du 'generate'?"; else says err "Did you mean 'generate'?"; fi

  echo "Step 1: new-followup"
  run 2 new-followup data/spm-346 "$new" "${extra[@]}" # --status forgotten: a usage error, nothing created
  if [ "$language" = da ]; then says err "Tilvalget '--status' skal angives."; else says err "The option '--status' must be given."; fi
  [ -e "$new" ] && fail "$new was created without --status"
  run 0 new-followup data/spm-346 "$new" --status "maj 2019" "${extra[@]}"
  if [ "$language" = da ]; then
    says out "Oprettede $new ud fra data/spm-346: status maj 2019 (før november 2018)."
    says out "Sæt \"dato:\""
  else
    says out "Created $new from data/spm-346: status maj 2019 (was november 2018)."
    says out "Set \"dato:\""
  fi
  says out "tabeller.xlsx"
  exists "$new/tabeller.xlsx"
  grep -q '^status: maj 2019$' "$new/brev.md" || fail "brev.md's status: line was not set"

  echo "Step 2: update the numbers in Excel (Bornholm 14 → 70, total 2.928) and mistype a municipality"
  excel "$new/tabeller.xlsx" number xl/worksheets/sheet1.xml C2 70 C31 2928
  excel "$new/tabeller.xlsx" rename "Guldborgsund Kommune" "Guldborgsun Kommune"

  echo "Step 3: validate"
  run 1 validate "$new" "${extra[@]}"
  sed 's/^/    | /' "$work/err.txt"
  says err "$new/tabeller.xlsx:'Tabel 1'!B4: error: Kommune: "
  says err "\"Guldborgsund Kommune\""
  if [ "$language" = da ]; then
    says err "Kommunen \"Guldborgsun Kommune\" findes ikke i registret. Mente du \"Guldborgsund Kommune\""
    says err "$new har problemer: 1 fejl"
  else
    says err "\"Guldborgsun Kommune\" is not a Danish municipality. Did you mean \"Guldborgsund Kommune\""
    says err "$new has problems: 1 error"
  fi
  excel "$new/tabeller.xlsx" rename "Guldborgsun Kommune" "Guldborgsund Kommune"
  run 0 validate "$new" "${extra[@]}"
  if [ "$language" = da ]; then says out "$new er i orden"; else says out "$new is valid"; fi

  echo "Step 4: compare"
  run 0 compare data/spm-346 "$new" "${extra[@]}"
  says out "+56"
  if [ "$language" = da ]; then says out "Før"; says out "Efter"; says out "Ændring"; never out "Before"
  else says out "Before"; says out "After"; says out "Change"; never out "Før"; fi
  for report in sammenligning.md sammenligning.csv sammenligning.xlsx; do
    run 0 compare data/spm-346 "$new" --out "$report" "${extra[@]}"
    exists "$report"
  done
  if [ "$language" = da ]; then says_file sammenligning.md "Ændring"; else says_file sammenligning.md "Change"; fi
  head -c 2 sammenligning.xlsx | grep -q PK || fail "sammenligning.xlsx is not a workbook (zip)"

  echo "Step 5: generate"
  run 0 generate "$new" "${extra[@]}"
  exists output/spm-346-maj-2019.pdf
  exists output/spm-346-maj-2019.docx
  if [ "$language" = da ]; then says out "Færdig: 2 filer skrevet ud fra $new"; says out "output/spm-346-maj-2019.pdf ("
  else says out "Done: 2 files written from $new"; says out "output/spm-346-maj-2019.pdf ("; fi
  cd "$work" || exit 2
}

says_file() {
  grep -qF -- "$2" "$1" || fail "$1 does not say: $2"
}

walk da da_DK.UTF-8
walk en C.UTF-8
rm -rf "$work/en"
walk en da_DK.UTF-8 --sprog en

if [ "$failures" -ne 0 ]; then
  echo "walkthrough: $failures step(s) differ from docs/follow-up.md."
  exit 1
fi
echo "walkthrough: every step as documented, in Danish and in English."
