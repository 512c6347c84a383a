#!/usr/bin/env bash
# Many `generate` processes at once into one output folder (issue 12): every one must end with exit 0, and the folder
# must then hold exactly one consistent pair (the PDF and the .docx of the same run, each whole) and nothing else.
#
#   tests/conformance/concurrent-runs.sh [RUNS]            # default 350
#
# Each run gets its own copy of data/spm-346 (all named spm-346, so all write spm-346.pdf and spm-346.docx) whose
# only difference is the letter's date, `dato:`, 2019-01-01 plus the run's number in days. Both documents carry
# that date in their metadata (the PDF's XMP CreateDate, the .docx's dcterms:created), which says which run wrote
# each file. The folder holds a pair from an earlier run before the runs start, so every run replaces files.
# Checked afterwards:
#   - every run's exit code is 0;
#   - the folder holds spm-346.pdf and spm-346.docx and nothing else (no temporary or backup file);
#   - both files carry the same run's date (a consistent pair);
#   - both are byte-identical to what that run's dataset gives when generated alone (whole, not cut off).
# The program is the built Release dll (`dotnet build -c Release src/BedreBalance.Cli`); BEDREBALANCE=/path/to/bedrebalance
# runs a published or installed binary instead. The runs are started together with `nice -n 19` (other work on the
# machine goes first; it makes the runs slower and the contention for the lock longer, not shorter). The script
# refuses to start without about 48 MB of available memory a run (each peaks at some 45 MB of its own), and stops
# the runs it started should available memory fall below 1 GB.
# Exit 0: all passed. 1: a check failed. 2: the program could not be built or the machine lacks memory.
# KEEP_WORK=1 keeps the folder with every run's output (its path is printed).
set -uo pipefail

runs="${1:-350}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
if [ "${KEEP_WORK:-0}" = 1 ]; then echo "concurrent-runs: working in $work"; else trap 'rm -rf "$work"' EXIT; fi

fail_setup() { echo "concurrent-runs: $*" >&2; exit 2; }

if [ -n "${BEDREBALANCE:-}" ]; then
  program=("$BEDREBALANCE")
else
  echo "== building src/BedreBalance.Cli (Release) =="
  dotnet build src/BedreBalance.Cli -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail_setup "the build failed"; }
  program=(dotnet "$root/src/BedreBalance.Cli/bin/Release/net10.0/bedrebalance.dll")
fi

available_mb() { awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo; }
needed_mb=$((runs * 48 + 1024))
[ "$(available_mb)" -ge "$needed_mb" ] || fail_setup "$runs runs need about $needed_mb MB of available memory; $(available_mb) MB are available"

# --- The datasets: one a run, differing only in the date ---------------------------------------------------
out="$work/out"
mkdir -p "$out"
for ((i = 0; i < runs; i++)); do
  dataset="$work/runs/$i/spm-346"
  mkdir -p "$dataset"
  cp data/spm-346/* "$dataset/"
  sed -i "s/^dato: .*/dato: $(date -u -d "2019-01-01 + $i days" +%F)/" "$dataset/brev.md"
done
# The pair of an earlier run, which every run replaces.
"${program[@]}" generate "$work/runs/0/spm-346" --out "$out" >"$work/first.log" 2>&1 || { cat "$work/first.log" >&2; fail_setup "a single run failed"; }

# --- The runs, all at once ----------------------------------------------------------------------------------
echo "== $runs runs of generate into one folder, started together =="
started=$(date +%s.%N)
pids=()
for ((i = 0; i < runs; i++)); do
  (
    date +%s.%N >"$work/runs/$i/start"
    nice -n 19 "${program[@]}" generate "$work/runs/$i/spm-346" --out "$out" >"$work/runs/$i/log" 2>&1
    echo $? >"$work/runs/$i/exit"
    date +%s.%N >"$work/runs/$i/end"
  ) &
  pids+=($!)
done
# Guard the machine: should memory run short, stop the runs this script started (only those).
(
  while sleep 0.5; do
    if [ "$(available_mb)" -lt 1024 ]; then
      echo "concurrent-runs: available memory fell below 1 GB; stopping the runs" >&2
      touch "$work/out-of-memory"
      for pid in "${pids[@]}"; do pkill -TERM -P "$pid" 2>/dev/null; done
      exit
    fi
  done
) &
guard=$!
lowest_mb=$(available_mb)
while [ "$(jobs -rp | grep -vx "$guard" | wc -l)" -gt 0 ]; do
  now_mb=$(available_mb)
  [ "$now_mb" -lt "$lowest_mb" ] && lowest_mb=$now_mb
  sleep 1
done
kill "$guard" 2>/dev/null
wait 2>/dev/null
elapsed=$(echo "$(date +%s.%N) - $started" | bc)

# --- What they left -----------------------------------------------------------------------------------------
failed=0
problem() { echo "FAIL: $*"; failed=1; }
[ -e "$work/out-of-memory" ] && problem "the runs were stopped: the machine ran short of memory"

declare -A exits=()
for ((i = 0; i < runs; i++)); do
  code=$(cat "$work/runs/$i/exit" 2>/dev/null || echo none)
  exits[$code]=$(( ${exits[$code]:-0} + 1 ))
  if [ "$code" != 0 ]; then
    [ "${shown:-0}" -lt 5 ] && { echo "-- run $i ended with exit $code:"; head -c 2000 "$work/runs/$i/log"; shown=$(( ${shown:-0} + 1 )); }
  fi
done
summary=""
for code in "${!exits[@]}"; do summary+="exit $code: ${exits[$code]}; "; done
echo "exit codes: ${summary% }"
[ "${exits[0]:-0}" = "$runs" ] || problem "$(( runs - ${exits[0]:-0} )) of $runs runs did not end with exit 0"

# Were they really at the same time? The last start before the first end means all were running at once.
last_start=$(cat "$work"/runs/*/start | sort -n | tail -1)
first_end=$(cat "$work"/runs/*/end 2>/dev/null | sort -n | head -1)
if [ -n "$first_end" ] && [ "$(echo "$last_start < $first_end" | bc)" = 1 ]; then overlap="all $runs running at once"; else overlap="not all at once"; fi

entries=$(ls -A "$out" | tr '\n' ' ')
[ "$entries" = "spm-346.docx spm-346.pdf " ] || problem "the folder holds: $entries"

pdf_date=$(grep -a -o -m1 '<xmp:CreateDate>[^<]*' "$out/spm-346.pdf" | sed 's/.*>//; s/T.*//')
docx_date=$(unzip -p "$out/spm-346.docx" docProps/core.xml 2>/dev/null | grep -o '<dcterms:created[^>]*>[^<]*' | sed 's/.*>//; s/T.*//')
echo "the PDF is of the run dated $pdf_date, the .docx of the run dated $docx_date"
[ -n "$pdf_date" ] && [ "$pdf_date" = "$docx_date" ] || problem "the PDF and the .docx are not from the same run"

if [ -n "$pdf_date" ]; then
  winner=$(( ($(date -u -d "$pdf_date" +%s) - $(date -u -d 2019-01-01 +%s)) / 86400 ))
  alone="$work/alone"
  "${program[@]}" generate "$work/runs/$winner/spm-346" --out "$alone" >"$work/alone.log" 2>&1 || problem "run $winner's dataset fails alone"
  for file in spm-346.pdf spm-346.docx; do
    cmp -s "$out/$file" "$alone/$file" || problem "$file differs from what run $winner's dataset gives alone"
  done
  echo "the pair is run $winner's, byte for byte as that dataset gives alone"
fi

printf 'concurrent-runs: %d runs in %.0f s (%s), lowest available memory %d MB: %s\n' \
  "$runs" "$elapsed" "$overlap" "$lowest_mb" "$([ $failed = 0 ] && echo passed || echo FAILED)"
exit $failed
