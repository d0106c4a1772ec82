#!/usr/bin/env bash
# Incremental rebuild benchmark for serve: time from saving a file to the reload event and to the
# new page being served, at N generated pages (default 10000), median and p95 over 20 edits, plus
# theme edits and new questions.
#   tests/bench/serve-bench.sh [N]        (EDITS=20, RAPID=EDITS saves every RAPID_MS=300 ms, MODE=aot|jit as in run.sh)
# Needs python3. Corpus and scratch copy live on tmpfs (/dev/shm).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
n=${1:-10000}
work=${BENCH_DIR:-/dev/shm/backpain-bench}
mkdir -p "$work"
mode=${MODE:-aot}
echo "serve-bench: publishing the generator (Release, $mode)"
case "$mode" in
  aot) dotnet publish "$root/backpain-guide" -c Release -r linux-x64 -p:PublishAot=true -o "$work/bin-aot" >/dev/null
       gen="$work/bin-aot/BackpainGuide" ;;
  jit) dotnet publish "$root/backpain-guide" -c Release -o "$work/bin-jit" >/dev/null
       gen="dotnet $work/bin-jit/BackpainGuide.dll" ;;
  *) echo "MODE must be aot or jit" >&2; exit 2 ;;
esac
corpus="$work/corpus-$n"
if [ ! -f "$corpus/.done" ]; then
  python3 "$shared/bench/gen-corpus.py" "$n" "$corpus" 2>/dev/null
  grep -v '^urgent_question:' "$root/input/site.yml" > "$corpus/site.yml"
  touch "$corpus/.done"
fi
echo "== serve at $n pages ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
python3 "$root/tests/bench/serve-bench.py" "$gen" "$corpus" "$root/theme" "${EDITS:-20}"
