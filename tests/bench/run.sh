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

# Native AOT by default: a cold build of 10,000 pages otherwise spends most of its time in the
# JIT (measured: JIT 12.3 s, TieredPGO off 9.7 s, TieredCompilation off 7.7 s, ReadyToRun 10.3 s,
# AOT 6.5 s, before later optimisations). MODE=r2r or MODE=jit measures the others; MODE=tool the
# installed tool and MODE=run `dotnet run` (below).
mode=${MODE:-aot}
echo "bench: publishing the generator (Release, $mode)"
case "$mode" in
  aot) dotnet publish "$root/backpain-guide" -c Release -r linux-x64 -p:PublishAot=true -o "$work/bin-aot" >/dev/null
       gen="$work/bin-aot/BackpainGuide" ;;
  r2r) dotnet publish "$root/backpain-guide" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin-r2r" >/dev/null
       gen="$work/bin-r2r/BackpainGuide" ;;
  jit) dotnet publish "$root/backpain-guide" -c Release -o "$work/bin-jit" >/dev/null
       gen="dotnet $work/bin-jit/BackpainGuide.dll" ;;
  # MODE=tool: the installed .NET tool, as users get it (TOOL=path/to/backpain-guide to use one
  # already installed); packed by .ci/pack and installed from that folder with a fresh cache.
  tool) if [ -z "${TOOL:-}" ]; then
         rm -rf "$work/packages" "$work/tool" "$work/nuget"
         "$root/.ci/pack" "$work/packages" >/dev/null
         NUGET_PACKAGES="$work/nuget" dotnet tool install backpain-guide --tool-path "$work/tool" --add-source "$work/packages" >/dev/null
       fi
       gen=${TOOL:-$work/tool/backpain-guide} ;;
  # MODE=run: the README's `dotnet run` (built once first, so no run includes the compile).
  run) dotnet build "$root/backpain-guide" >/dev/null
       gen="dotnet run --project $root/backpain-guide --" ;;
  *) echo "MODE must be aot, r2r, jit, tool or run" >&2; exit 2 ;;
esac

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
  cmds=("backpain-guide-$mode=$gen build -q --input $corpus --output $work/out-bg-$n --theme $root/theme")
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
    bg = next(v for k, v in data.items() if k.startswith("backpain-guide")); hugo = data["hugo"]
    print(f"ratio hugo/backpain-guide:    time {hugo['median_s'] / bg['median_s']:.2f}x   memory {hugo['peak_mib'] / bg['peak_mib']:.2f}x")
PY
done
