#!/usr/bin/env bash
# Benchmark: build synthetic corpora with backpain-guide and with Hugo, side by side.
#   tests/bench/run.sh [N ...]         (default: 1000 10000; RUNS=5; HUGO=0 skips Hugo, e.g. at 100000)
# Needs python3 and Hugo (apt-get install -y hugo). Corpora and output live on tmpfs (/dev/shm)
# so disk writeback does not add noise. Prints median wall time, pages per second and peak memory of
# the build, of check, of Hugo and of the physical floor (cp -r of the output, cat of the corpus), and
# the ratios; the search index's files, a first one-word query's bytes and the largest page
# (tests/bench/index-figures.py; FIRST_WORD=hamstrings by default, as search-bench.sh); with a size
# above 10,000 and a 10,000 result in the same folder, the growth between them.
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
if [ -n "${BIN:-}" ]; then
  # BIN=path/to/BackpainGuide: a binary published earlier (for instance by a previous run).
  gen=$BIN; echo "bench: using $gen"
else
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
fi

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/.done" ]; then
    python3 "$shared/bench/gen-corpus.py" "$n" "$corpus" 2>/dev/null
    # The corpus has no question for site.yml's urgent_question: the guide's own setting is dropped.
    grep -v '^urgent_question:' "$root/input/site.yml" > "$corpus/site.yml"
    touch "$corpus/.done"
  fi
  echo
  echo "== $n pages ($(nproc) cores, $runs runs each, alternating; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  out="$work/out-bg-$n"
  cmds=("backpain-guide-$mode=$gen build -q --input $corpus --output $out --theme $root/theme")
  # check: load, validate and check every link; writes nothing.
  cmds+=("check=$gen check -q --input $corpus --theme $root/theme")
  if command -v hugo >/dev/null && [ "${HUGO:-1}" != 0 ]; then
    cmds+=("hugo=bash $shared/bench/peers/hugo-build.sh $corpus $work/out-hugo-$n")
  fi
  # The physical floor: copying the finished output folder (each run into a new folder) and
  # reading every Markdown file of the corpus once.
  cmds+=("floor-cp=d=\$(mktemp -d -p $work floor-XXXXXX) && cp -r $out \"\$d/\"")
  cmds+=("floor-cat=find $corpus/questions -name '*.md' -exec cat {} + > /dev/null")
  # Each copy is removed, untimed, before the next command runs (RUNS=2 at 100,000 pages ran out of memory).
  cmds+=("after:floor-cp=rm -rf $work/floor-*")
  python3 "$root/tests/bench/measure.py" "$runs" "${cmds[@]}" | tee "$work/result-$n.txt"
  rm -rf "$work"/floor-*
  echo "output: $(find "$out" -type f | wc -l) files, $(du -s --apparent-size --block-size=1M "$out" | cut -f1) MiB"
  # The search index's file count, the bytes of a first one-word query, the largest page (and Hugo's).
  python3 "$root/tests/bench/index-figures.py" "$out" "$n" "${FIRST_WORD:-hamstrings}" "$work/out-hugo-$n"
  python3 - "$n" "$work/result-$n.txt" <<'PY'
import json, sys
n = int(sys.argv[1]); data = json.loads(open(sys.argv[2]).read().splitlines()[-1])
bg = next(v for k, v in data.items() if k.startswith("backpain-guide"))
print(f"backpain-guide               {n / bg['median_s']:9.0f} pages/s")
floor = data["floor-cp"]["median_s"] + data["floor-cat"]["median_s"]
print(f"floor (cp -r output + cat corpus) {floor:.3f} s; build = {bg['median_s'] / floor:.1f}x the floor")
if "hugo" in data:
    hugo = data["hugo"]
    print(f"hugo                         {n / hugo['median_s']:9.0f} pages/s")
    print(f"ours / hugo:  build time {bg['median_s'] / hugo['median_s']:.2f}x   memory {bg['peak_mib'] / hugo['peak_mib']:.2f}x   "
          f"check {data['check']['median_s'] / hugo['median_s']:.2f}x hugo's full build")
PY
done

# Growth: the largest size against 10,000 (linear growth is the ratio of the page counts).
if [ -f "$work/result-10000.txt" ]; then
  for n in "${sizes[@]}"; do
    [ "$n" -gt 10000 ] || continue
    python3 - "$n" "$work/result-10000.txt" "$work/result-$n.txt" <<'PY'
import json, sys
n = int(sys.argv[1])
a, b = (json.loads(open(f).read().splitlines()[-1]) for f in sys.argv[2:4])
key = next(k for k in b if k.startswith("backpain-guide"))
if key not in a:
    # result-10000.txt is from another MODE (say a JIT run after an AOT one): no ratio of two builds.
    print(f"\n{n} / 10000 pages: no growth line, result-10000.txt holds {', '.join(k for k in a if k.startswith('backpain-guide'))}, "
          f"not {key}; run 10000 again with the same MODE")
    sys.exit(0)
print(f"\n{n} / 10000 pages ({n / 10000:.0f}x the pages): build time {b[key]['median_s'] / a[key]['median_s']:.1f}x, "
      f"peak memory {b[key]['peak_mib'] / a[key]['peak_mib']:.1f}x, check {b['check']['median_s'] / a['check']['median_s']:.1f}x")
PY
  done
fi
