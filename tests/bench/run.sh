#!/usr/bin/env bash
# Benchmark: build synthetic corpora with backpain-guide and with Hugo, side by side.
#   tests/bench/run.sh [N ...]         (default: 1000 10000; RUNS=5)
# Needs python3 and Hugo (apt-get install -y hugo). Corpora and output live on tmpfs (/dev/shm)
# so disk writeback does not add noise. Prints median wall time, pages per second and peak memory.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$root/../shared}
runs=${RUNS:-5}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=${BENCH_DIR:-/dev/shm/backpain-bench}
mkdir -p "$work"

echo "bench: publishing the generator (Release, ReadyToRun)"
dotnet publish "$root/backpain-guide" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/bin" >/dev/null
gen="$work/bin/BackpainGuide"

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/.done" ]; then
    python3 "$shared/bench/gen-corpus.py" "$n" "$corpus" 2>/dev/null
    # The corpus has no question for site.yml's urgent_question: the guide's own setting is dropped.
    grep -v '^urgent_question:' "$root/input/site.yml" > "$corpus/site.yml"
    touch "$corpus/.done"
  fi
  echo
  echo "== $n pages ($(nproc) cores, $runs runs each, alternating)"
  cmds=("backpain-guide=$gen build -q --input $corpus --output $work/out-bg-$n --theme $root/theme")
  if command -v hugo >/dev/null; then
    cmds+=("hugo=bash $shared/bench/peers/hugo-build.sh $corpus $work/out-hugo-$n")
  fi
  python3 "$root/tests/bench/measure.py" "$runs" "${cmds[@]}" | tee "$work/result-$n.txt"
  python3 - "$n" "$work/result-$n.txt" <<'PY'
import json, sys
n = int(sys.argv[1]); data = json.loads(open(sys.argv[2]).read().splitlines()[-1])
for name, r in data.items():
    print(f"{name:<28} {n / r['median_s']:9.0f} pages/s")
if "hugo" in data:
    bg, hugo = data["backpain-guide"], data["hugo"]
    print(f"ratio hugo/backpain-guide:    time {hugo['median_s'] / bg['median_s']:.2f}x   memory {hugo['peak_mib'] / bg['peak_mib']:.2f}x")
PY
done
