#!/bin/sh
# Rebuilds the workbook fixtures from data/spm-346 with LibreOffice Calc (see README.md). Not run by the tests:
# the committed .xlsx files are the point, as a real spreadsheet program saved them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dataset="$here/../../../data/spm-346"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/separate" "$here/tabeller"
# Each CSV as its own workbook: ';'-separated, '"'-quoted, UTF-8 (76), from line 1; Calc names the sheet after the file.
soffice --headless --infilter="CSV:59,34,76,1" --convert-to xlsx --outdir "$here/separate" \
  "$dataset/tabel1.csv" "$dataset/tabel2.csv" "$dataset/tabel3.csv"
# All three tables as sheets of one workbook, written as flat ODS first.
python3 "$here/make-tabeller-fods.py" "$dataset" > "$work/tabeller.fods"
soffice --headless --convert-to xlsx --outdir "$here/tabeller" "$work/tabeller.fods"
