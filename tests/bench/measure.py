#!/usr/bin/env python3
"""Time commands side by side: median wall time and peak resident memory of each.

Usage: measure.py RUNS NAME=COMMAND [NAME=COMMAND ...] [after:NAME=CLEANUP ...]

Runs the commands in turn, alternating (A B A B ...), so that machine noise hits all of them
alike, and prints one line per command. Peak memory is the child's maximum resident set size
(getrusage RUSAGE_CHILDREN, measured in a fresh process per run so runs do not mix).
"""
import json
import statistics
import subprocess
import sys

PROBE = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
print(json.dumps({"rc": r.returncode, "wall": wall, "rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def run_once(command):
    out = subprocess.run([sys.executable, "-c", PROBE, command], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main():
    runs = int(sys.argv[1])
    # after:NAME=CLEANUP runs CLEANUP, untimed, after each run of NAME: the floor's copy of a
    # 100,000-page output is 5 GB on tmpfs, and two of them beside two builds' outputs did not fit.
    after = dict(arg[len("after:"):].split("=", 1) for arg in sys.argv[2:] if arg.startswith("after:"))
    commands = [arg.split("=", 1) for arg in sys.argv[2:] if not arg.startswith("after:")]
    results = {name: [] for name, _ in commands}
    for _ in range(runs):
        for name, command in commands:
            r = run_once(command)
            if r["rc"] != 0:
                sys.exit(f"{name}: exit code {r['rc']} from: {command}")
            results[name].append(r)
            if name in after:
                subprocess.run(after[name], shell=True, check=True)
    summary = {}
    for name, rs in results.items():
        wall = statistics.median(r["wall"] for r in rs)
        rss = max(r["rss_kib"] for r in rs) / 1024
        summary[name] = (wall, rss)
        print(f"{name:<28} median {wall:7.3f} s   min {min(r['wall'] for r in rs):7.3f} s   peak {rss:7.1f} MiB   ({runs} runs)")
    print(json.dumps({k: {"median_s": round(v[0], 3), "peak_mib": round(v[1], 1)} for k, v in summary.items()}))


if __name__ == "__main__":
    main()
