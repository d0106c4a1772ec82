#!/usr/bin/env bash
# Search benchmark (issue 4): for each N, builds the generated corpus with backpain-guide and indexes
# the same built pages with Pagefind, in the same run, then measures both in headless Chromium.
# Reports index build time, total index bytes and files, bytes a first one-word query fetches in a
# fresh tab and its time, the median query time, and the median and 95th percentile of as-you-type
# keystrokes with shards cached. Usage: tests/bench/search-bench.sh [N...]   (default: 1000 10000;
# WITH_PAGEFIND=0 measures ours alone, for a size where Pagefind's indexing takes too long)
# Needs: dotnet, python3, node/npm, /usr/bin/chromium, and /work/shared/bench (or BENCH_SHARED).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
SHARED=${BENCH_SHARED:-$REPO/../shared/bench}
[ -d "$SHARED" ] || SHARED=/work/shared/bench
WORK=${BENCH_WORK:-/dev/shm/backpain-search-bench}
TOOLS=${BENCH_TOOLS:-/tmp/backpain-search-bench-tools}
PORT=${BENCH_PORT:-8791}
SIZES=${*:-1000 10000}
FIRST_WORD=hamstrings
WORDS="thoracic cambered treadmill parkrun spasms posture mileage sciatica foam tingling flexors cramping stiffness tempo glutes sitting hills stretching physiotherapists numbness"

dotnet build -c Release backpain-guide/BackpainGuide.csproj -v quiet -nologo >/dev/null
if [ ! -x "$TOOLS/node/node_modules/.bin/playwright-core" ] && [ ! -d "$TOOLS/node/node_modules/playwright-core" ]; then
  mkdir -p "$TOOLS/node" && (cd "$TOOLS/node" && npm init -y >/dev/null && npm install --no-audit --no-fund playwright-core@1.65.1 >/dev/null)
fi
if [ ! -d "$TOOLS/pagefind/node_modules" ]; then
  mkdir -p "$TOOLS/pagefind" && cp "$SHARED/peers/pagefind/package.json" "$SHARED/peers/pagefind/package-lock.json" "$TOOLS/pagefind/"
  (cd "$TOOLS/pagefind" && npm ci --no-audit --no-fund >/dev/null)
fi
PAGEFIND=$(find "$TOOLS"/pagefind/node_modules/@pagefind/ -path "*/bin/*" -type f -name "pagefind*" ! -name "*.sha256" | head -1)
cp tests/bench/search/measure.mjs tests/bench/search/serve.mjs "$TOOLS/node/"

bytes() { find "$@" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
files() { find "$@" -type f | wc -l; }

row() { printf '%-7s %-10s %10s %12s %6s %7s %12s %12s %10s %10s %10s %10s\n' "$@"; }
row N engine build_ms index_bytes files budget first_q_data first_q_all first_q_ms median_ms key_med_ms key_p95_ms
for N in $SIZES; do
  dir=$WORK/$N
  rm -rf "$dir" && mkdir -p "$dir"
  python3 "$SHARED/gen-corpus.py" "$N" "$dir/input" >/dev/null
  # The corpus has no urgent question of the guide's; the header links to the red-flag tag instead.
  grep -v "^urgent_question:" input/site.yml > "$dir/input/site.yml"
  # A generated corpus has no synonyms file of its own; the guide's applies to the same words.
  cp input/synonyms.yml "$dir/input/synonyms.yml"
  out=$dir/out
  timings=$(dotnet backpain-guide/bin/Release/net10.0/BackpainGuide.dll build \
    --input "$dir/input" --output "$out" --base-url "http://127.0.0.1:$PORT/" 2>&1 >/dev/null)
  # Each stage line shows the time the previous stage took, so "writing... (N ms)" is the indexing
  # stage: tokenise, stem, weigh, cut and serialise every index file (writing them to disk is part of
  # the site's write stage).
  ours_ms=$(echo "$timings" | awk '/writing\.\.\./ {gsub(/[()]/,"",$2); print $2}')
  ours_bytes=$(bytes "$out/search/index"); ours_files=$(files "$out/search/index")

  # Pagefind on the same built pages: question pages only (as ours), content only (<main>).
  if [ "${WITH_PAGEFIND:-1}" != 0 ]; then
    start=$(date +%s%N)
    "$PAGEFIND" --site "$out" --output-path "$out/pagefind" --glob "questions/**/*.html" --root-selector main >/dev/null 2>&1
    pf_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    pf_bytes=$(bytes "$out/pagefind"); pf_files=$(files "$out/pagefind")
  fi
  printf '<!doctype html><meta charset="utf-8"><title>bench</title>\n' > "$out/bench.html"

  # Static hosts answer byte ranges (ours fetches one result so); Python's http.server does not.
  node "$TOOLS/node/serve.mjs" "$out" "$PORT" >/dev/null 2>&1 &
  server=$!
  sleep 1
  ours=$(node "$TOOLS/node/measure.mjs" "http://127.0.0.1:$PORT" ours $FIRST_WORD $WORDS)
  [ "${WITH_PAGEFIND:-1}" = 0 ] || pf=$(node "$TOOLS/node/measure.mjs" "http://127.0.0.1:$PORT" pagefind $FIRST_WORD $WORDS)
  kill "$server"
  field() { echo "$1" | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"; }
  budget=$(( N / 50 + 100 ))
  row "$N" backpain "$ours_ms" "$ours_bytes" "$ours_files" "$budget" "$(field "$ours" firstQueryDataBytes)" "$(field "$ours" firstQueryAllBytes)" \
    "$(field "$ours" firstQueryMs)" "$(field "$ours" medianQueryMs)" "$(field "$ours" keystrokeMedianMs)" "$(field "$ours" keystrokeP95Ms)"
  [ "${WITH_PAGEFIND:-1}" = 0 ] || row "$N" pagefind "$pf_ms" "$pf_bytes" "$pf_files" - "$(field "$pf" firstQueryDataBytes)" "$(field "$pf" firstQueryAllBytes)" \
    "$(field "$pf" firstQueryMs)" "$(field "$pf" medianQueryMs)" "$(field "$pf" keystrokeMedianMs)" "$(field "$pf" keystrokeP95Ms)"
done
echo "first query: '$FIRST_WORD' in a fresh tab (data = index files; all = also script and wasm; ms from the query to its results);"
echo "median over: $WORDS; keystrokes: every prefix of those words, shards cached (second pass); budget: N/50 + 100 files"
