#!/usr/bin/env bash
# Times `bedrebalance generate` as whole, cold processes: the published binary, as the README's build makes it.
#   tests/BedreBalance.Benchmarks/cold-run.sh            # Native AOT, the build the CLI project publishes
#   PUBLISH=r2r tests/BedreBalance.Benchmarks/cold-run.sh # ReadyToRun, framework-dependent
#   RUNS=30 SIZES="10000" tests/BedreBalance.Benchmarks/cold-run.sh
# Needs hyperfine (Debian: apt-get install -y hyperfine) and GNU time (/usr/bin/time).
# Prints the median wall time over RUNS runs and the peak resident set size (median and maximum over the runs).
#
# Scaled runs: the official register has 98 municipalities, so a Table 1 of 10.000 distinct rows cannot pass
# `bedrebalance generate`'s validation. The tool bedrebalance-scaled (ScaledRun/) writes the scaled dataset
# together with a register of its synthetic municipalities and runs the same pipeline as `generate`
# (read, validate against that register, compose, render both documents, write) in one cold process.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
publish="${PUBLISH:-aot}"
runs="${RUNS:-20}"
sizes="${SIZES:-10000 100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "cold-run.sh: $tool is missing (apt-get install -y hyperfine time)" >&2; exit 2; }
done

case "$publish" in
  r2r) flags=(--self-contained false -p:PublishReadyToRun=true) ;;
  aot) flags=() ;;
  *) echo "cold-run.sh: PUBLISH is r2r or aot, not $publish" >&2; exit 2 ;;
esac

echo "== publishing ($publish) =="
dotnet publish "$root/src/BedreBalance.Cli" -c Release -r linux-x64 "${flags[@]}" -o "$work/cli" -v quiet -nologo
dotnet publish "$root/tests/BedreBalance.Benchmarks/ScaledRun" -c Release -r linux-x64 "${flags[@]}" -o "$work/scaled" -v quiet -nologo

# median and peak RSS (KiB) of a command over $runs runs
measure() {
  local label="$1"; shift
  hyperfine --style none --warmup 3 --runs "$runs" -N --export-csv "$work/times.csv" "$*" >/dev/null 2>"$work/hyperfine.err" \
    || { cat "$work/hyperfine.err" >&2; exit 1; }
  local median_s
  median_s="$(tail -n 1 "$work/times.csv" | cut -d, -f4)"
  local rss=()
  for _ in $(seq "$runs"); do
    rss+=("$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)")
  done
  local sorted
  sorted="$(printf '%s\n' "${rss[@]}" | sort -n)"
  local rss_median rss_max
  rss_median="$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")"
  rss_max="$(echo "$sorted" | tail -n 1)"
  printf '%-34s median %8.3f s   peak RSS median %5d MB, max %5d MB\n' \
    "$label" "$median_s" "$((rss_median / 1024))" "$((rss_max / 1024))"
}

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $runs runs each =="
cd "$root"
measure "generate spm-346 (pdf + docx)" "$work/cli/bedrebalance" generate data/spm-346 --out "$work/out"
measure "generate spm-346 --format pdf" "$work/cli/bedrebalance" generate data/spm-346 --out "$work/out" --format pdf
measure "generate spm-346 --format docx" "$work/cli/bedrebalance" generate data/spm-346 --out "$work/out" --format docx
measure "bedrebalance --help (start-up)" "$work/cli/bedrebalance" --help

for rows in $sizes; do
  dataset="$work/rows-$rows"
  "$work/scaled/bedrebalance-scaled" write-dataset data/spm-346 "$rows" "$dataset"
  size_runs="$runs"
  if [ "$rows" -ge 100000 ]; then runs=$(( runs < 5 ? runs : 5 )); fi
  measure "scaled $rows rows (pdf + docx)" "$work/scaled/bedrebalance-scaled" generate "$dataset" "$work/out-$rows"
  runs="$size_runs"
  printf '%-34s pdf %s bytes, docx %s bytes\n' "  output" \
    "$(stat -c %s "$work/out-$rows/rows-$rows.pdf")" "$(stat -c %s "$work/out-$rows/rows-$rows.docx")"
  "$work/scaled/bedrebalance-scaled" stages "$dataset" | sed 's/^/  /'
done
