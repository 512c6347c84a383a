#!/usr/bin/env bash
# Times `bedrebalance generate` as whole, cold processes: the published binary, as the README's build makes it.
#   tests/BedreBalance.Benchmarks/cold-run.sh            # Native AOT, the build the CLI project publishes
#   PUBLISH=r2r tests/BedreBalance.Benchmarks/cold-run.sh # ReadyToRun, framework-dependent
#   RUNS=30 SIZES="10000" tests/BedreBalance.Benchmarks/cold-run.sh
#   PUBLISHED=DIR ...  reuse DIR/cli/bedrebalance and DIR/scaled/bedrebalance-scaled instead of publishing
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
# "100k" is 99.999 rows: with its total row a table of 100.000 rows has 100.001 records, one more than
# DatasetLimits.MaximumRows lets `generate` read, so a scaled dataset of exactly 100.000 rows is refused.
sizes="${SIZES:-10000 99999}"
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

if [ -n "${PUBLISHED:-}" ]; then
  # Reuse a publish made before (DIR/cli/bedrebalance, DIR/scaled/bedrebalance-scaled, the layout peers.sh uses),
  # so that a quiet window is spent measuring, not compiling.
  echo "== using the published build in $PUBLISHED =="
  ln -s "$(cd "$PUBLISHED" && pwd)/cli" "$work/cli"
  ln -s "$(cd "$PUBLISHED" && pwd)/scaled" "$work/scaled"
else
  echo "== publishing ($publish) =="
  dotnet publish "$root/src/BedreBalance.Cli" -c Release -r linux-x64 "${flags[@]}" -o "$work/cli" -v quiet -nologo
  dotnet publish "$root/tests/BedreBalance.Benchmarks/ScaledRun" -c Release -r linux-x64 "${flags[@]}" -o "$work/scaled" -v quiet -nologo
fi

# median wall time, median CPU time (user + sys) and peak RSS (KiB) of a command over $runs runs.
# CPU time is printed beside wall time because on a shared machine wall time also counts waiting for a core.
measure() {
  local label="$1"; shift
  hyperfine --style none --warmup 3 --runs "$runs" -N --export-csv "$work/times.csv" "$*" >/dev/null 2>"$work/hyperfine.err" \
    || { cat "$work/hyperfine.err" >&2; exit 1; }
  local median_s
  median_s="$(tail -n 1 "$work/times.csv" | cut -d, -f4)"
  local rss=() cpu=()
  for _ in $(seq "$runs"); do
    local line
    line="$(/usr/bin/time -f '%M %U %S' "$@" 2>&1 >/dev/null | tail -n 1)"
    rss+=("${line%% *}")
    cpu+=("$(echo "$line" | awk '{ printf "%.3f", $2 + $3 }')")
  done
  local middle=$(( (runs + 1) / 2 ))
  local rss_median rss_max cpu_median
  rss_median="$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "${middle}p")"
  rss_max="$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)"
  cpu_median="$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n "${middle}p")"
  printf '%-34s median %8.3f s (CPU %6.3f s)   peak RSS median %5d MB, max %5d MB\n' \
    "$label" "$median_s" "$cpu_median" "$((rss_median / 1024))" "$((rss_max / 1024))"
  last_wall="$median_s"; last_rss_mb="$((rss_median / 1024))"; last_cpu="$cpu_median"
}

# "met" or "NOT met" for value <= limit
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "met" : "NOT met" }'; }
targets=()
echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $runs runs each =="
cd "$root"
measure "generate spm-346 (pdf + docx)" "$work/cli/bedrebalance" generate data/spm-346 --out "$work/out"
targets+=("letter cold, both documents: $last_wall s (target <= 0.035 s): $(verdict "$last_wall" 0.035)")
docx_bytes="$(stat -c %s "$work/out/spm-346.docx")"
targets+=("letter .docx: $docx_bytes bytes (target <= 10240): $(verdict "$docx_bytes" 10240)")
measure "generate spm-346 --format pdf" "$work/cli/bedrebalance" generate data/spm-346 --out "$work/out" --format pdf
measure "generate spm-346 --format docx" "$work/cli/bedrebalance" generate data/spm-346 --out "$work/out" --format docx
measure "bedrebalance --help (start-up)" "$work/cli/bedrebalance" --help

for rows in $sizes; do
  dataset="$work/rows-$rows"
  "$work/scaled/bedrebalance-scaled" write-dataset data/spm-346 "$rows" "$dataset"
  size_runs="$runs"
  if [ "$rows" -ge 50000 ]; then runs=$(( runs < 5 ? runs : 5 )); fi
  measure "scaled $rows rows (pdf + docx)" "$work/scaled/bedrebalance-scaled" generate "$dataset" "$work/out-$rows"
  runs="$size_runs"
  pdf_bytes="$(stat -c %s "$work/out-$rows/rows-$rows.pdf")"
  printf '%-34s pdf %s bytes, docx %s bytes\n' "  output" "$pdf_bytes" "$(stat -c %s "$work/out-$rows/rows-$rows.docx")"
  per_row_us="$(awk -v t="$last_wall" -v n="$rows" 'BEGIN { printf "%.1f", t / n * 1e6 }')"
  cpu_per_row_us="$(awk -v t="$last_cpu" -v n="$rows" 'BEGIN { printf "%.1f", t / n * 1e6 }')"
  case "$rows" in
    10000)
      per_row_10k="$per_row_us"; cpu_per_row_10k="$cpu_per_row_us"
      targets+=("10k rows: $last_wall s (target <= 0.40 s): $(verdict "$last_wall" 0.40)")
      targets+=("10k rows: $last_rss_mb MB peak (target <= 160 MB): $(verdict "$last_rss_mb" 160)")
      targets+=("10k rows PDF: $pdf_bytes bytes (target <= 3000000): $(verdict "$pdf_bytes" 3000000)") ;;
    99999|100000)
      targets+=("100k rows ($rows): $last_wall s (target <= 4.0 s): $(verdict "$last_wall" 4.0)")
      targets+=("100k rows ($rows): $last_rss_mb MB peak (target <= 600 MB): $(verdict "$last_rss_mb" 600)")
      if [ -n "${per_row_10k:-}" ]; then
        ratio="$(awk -v a="$per_row_us" -v b="$per_row_10k" 'BEGIN { printf "%.2f", a / b }')"
        targets+=("per row, 100k / 10k, wall: $per_row_us / $per_row_10k us = ${ratio}x (target <= 1.10): $(verdict "$ratio" 1.10)")
        # CPU time (user + sys) as well: on a shared machine the wall-time ratio also measures the neighbours.
        cpu_ratio="$(awk -v a="$cpu_per_row_us" -v b="$cpu_per_row_10k" 'BEGIN { printf "%.2f", a / b }')"
        targets+=("per row, 100k / 10k, CPU: $cpu_per_row_us / $cpu_per_row_10k us = ${cpu_ratio}x (target <= 1.10): $(verdict "$cpu_ratio" 1.10)")
      fi ;;
  esac
  "$work/scaled/bedrebalance-scaled" stages "$dataset" | sed 's/^/  /'
done

echo "== targets (issue 16), from the medians above; load average now: $(cut -d' ' -f1-3 /proc/loadavg) =="
printf '  %s\n' "${targets[@]}"
