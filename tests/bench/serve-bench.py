#!/usr/bin/env python3
"""Incremental rebuild benchmark for `serve` (not a test; see serve-bench.sh).

Usage: serve-bench.py GENERATOR CORPUS THEME [EDITS]

Copies CORPUS and THEME to a scratch folder, starts `GENERATOR serve --port 0` on the copy and
listens to its event stream like a browser tab. Then, for EDITS saves of different questions,
measures the time from the save (the file written and closed) to (a) the reload event naming the
page and (b) the page being served with the new text, each save once the previous rebuild has
settled (its background rest done). Also three theme edits and three new questions. Then RAPID
saves (default as many as EDITS) of other questions every RAPID_MS (default 300) milliseconds
without waiting for anything: faster than the rest of a rebuild at this size, so a save that
queued behind the previous one's rest would show it. Prints the figures and one JSON line.
"""
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

gen, corpus, theme = sys.argv[1], sys.argv[2], sys.argv[3]
edits = int(sys.argv[4]) if len(sys.argv) > 4 else 20
scratch = os.path.join(os.path.dirname(os.path.abspath(corpus)), "serve-bench-work")
shutil.rmtree(scratch, ignore_errors=True)
shutil.copytree(corpus, os.path.join(scratch, "input"))
shutil.copytree(theme, os.path.join(scratch, "theme"))
inp, thm = os.path.join(scratch, "input"), os.path.join(scratch, "theme")

proc = subprocess.Popen(gen.split() + ["serve", "--port", "0", "--input", inp, "--theme", thm],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=scratch)
lines, url = [], None
built = threading.Semaphore(0)
built_at = []  # monotonic times of the "built" lines: a rebuild settled
ready = threading.Event()


def read_stderr():
    global url
    for line in proc.stderr:
        lines.append(line.rstrip("\n"))
        m = re.match(r"serving (http://127\.0\.0\.1:\d+/\S*) ", line)
        if m:
            url = m.group(1)
            ready.set()
        if line.startswith("built "):
            built_at.append(time.monotonic())
            built.release()


threading.Thread(target=read_stderr, daemon=True).start()
t_start = time.monotonic()
if not ready.wait(600):
    sys.exit("serve did not start:\n" + "\n".join(lines))
start_s = time.monotonic() - t_start
built.acquire()  # the first build
host, port = re.match(r"http://([^:/]+):(\d+)", url).groups()
base = re.match(r"http://[^/]+(/.*)", url).group(1)

events = []  # (monotonic time, name, data)
events_lock = threading.Condition()


def read_events():
    conn = http.client.HTTPConnection(host, int(port))
    conn.request("GET", base + "__preview/events")
    resp = conn.getresponse()
    name = None
    while True:
        raw = resp.readline()  # through the chunked framing
        if not raw:
            return
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: ") and name:
            with events_lock:
                events.append((time.monotonic(), name, json.loads(line[6:])))
                events_lock.notify_all()
            name = None


threading.Thread(target=read_events, daemon=True).start()
time.sleep(0.5)


def wait_event(after, page_url, timeout=60):
    deadline = time.monotonic() + timeout
    with events_lock:
        while True:
            for t, name, data in events:
                if t >= after and name == "reload" and page_url in data["changed"]:
                    return t
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            events_lock.wait(left)


def wait_served(path, marker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + path, timeout=10) as r:
                if marker is None or marker.encode() in r.read():
                    return time.monotonic()
        except OSError:
            pass
        time.sleep(0.003)
    return None


def settle():
    # The rebuild's last line ("built ...") comes after the search index; wait for it and a pause.
    built.acquire(timeout=60)
    time.sleep(0.3)
    while built.acquire(timeout=0.3):
        pass


def measure(action, path, marker, event_url):
    with events_lock:
        pass
    t0 = action()
    served = wait_served(path, marker)
    event = wait_event(t0, event_url)
    settle()
    return (None if event is None else (event - t0) * 1000, None if served is None else (served - t0) * 1000)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return time.monotonic()


questions = sorted(f for f in os.listdir(os.path.join(inp, "questions")) if f.endswith(".md"))
step = max(1, len(questions) // edits)
results = {"edit": [], "theme": [], "new": []}
for i in range(edits):
    name = questions[i * step]
    slug = name[:-3]
    path = os.path.join(inp, "questions", name)
    marker = f"Benchmark edit number {i} was saved."
    text = open(path, encoding="utf-8").read().rstrip("\n") + f"\n\n{marker}\n"
    results["edit"].append(measure(lambda: write(path, text), f"questions/{slug}/", marker, f"{base}questions/{slug}/"))

css = os.path.join(thm, "assets", "site.css")
for i in range(3):
    marker = f".bench-theme-{i} {{ color: inherit; }}"
    text = open(css, encoding="utf-8").read() + "\n" + marker + "\n"
    results["theme"].append(measure(lambda: write(css, text), "assets/site.css", marker, base + "assets/site.css"))

template = open(os.path.join(inp, "questions", questions[0]), encoding="utf-8").read()
for i in range(3):
    slug = f"a-new-benchmark-question-{i}"
    text = re.sub(r'^title: .*$', f'title: "A new benchmark question number {i}?"', template, count=1, flags=re.M)
    p = os.path.join(inp, "questions", slug + ".md")
    results["new"].append(measure(lambda: write(p, text), f"questions/{slug}/", f"number {i}?", f"{base}questions/{slug}/"))

# Saves faster than the rest: each one measured by its own thread, none waiting for the others.
rapid = int(os.environ.get("RAPID", edits))
rapid_ms = int(os.environ.get("RAPID_MS", 300))
results["rapid"] = []
rapid_lock = threading.Lock()


def measure_rapid(i, t0, slug, marker):
    served = wait_served(f"questions/{slug}/", marker)
    event = wait_event(t0, f"{base}questions/{slug}/")
    with rapid_lock:
        results["rapid"].append((i, None if event is None else (event - t0) * 1000, None if served is None else (served - t0) * 1000))


settle()
first_rapid = len(built_at)
threads = []
step_r = max(1, len(questions) // (rapid + 1))
t_rapid = time.monotonic()
for i in range(rapid):
    name = questions[(i * step_r + step_r // 2) % len(questions)]
    path = os.path.join(inp, "questions", name)
    marker = f"Rapid benchmark edit number {i} was saved."
    text = open(path, encoding="utf-8").read().rstrip("\n") + f"\n\n{marker}\n"
    due = t_rapid + i * rapid_ms / 1000
    time.sleep(max(0.0, due - time.monotonic()))
    t0 = write(path, text)
    thread = threading.Thread(target=measure_rapid, args=(i, t0, name[:-3], marker), daemon=True)
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()
results["rapid"].sort()
t_last = time.monotonic()
settle()
rests_during_rapid = sum(1 for t in built_at[first_rapid:] if t < t_last)

rss = next((l.split()[1] for l in open(f"/proc/{proc.pid}/status") if l.startswith("VmRSS:")), "0")


def stop():
    # After the figures: Ctrl+C waits for a rebuild in progress, so allow it time, then insist.
    proc.send_signal(2)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(scratch, ignore_errors=True)


def summary(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return "none"
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return f"median {statistics.median(values):6.0f} ms  p95 {p95:6.0f} ms  (n={len(values)}, min {values[0]:.0f}, max {values[-1]:.0f})"


print(f"serve start-up to first page served: {start_s:.2f} s; resident memory at the end {int(rss) // 1024} MiB; "
      f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
for kind, label in [("edit", "question edit"), ("theme", "theme edit (site.css)"), ("new", "new question")]:
    print(f"{label:<22} reload event: {summary([e for e, _ in results[kind]])}")
    print(f"{'':<22} page served:  {summary([s for _, s in results[kind]])}")
rapid_label = f"saves every {rapid_ms} ms"
print(f"{rapid_label:<22} reload event: {summary([e for _, e, _ in results['rapid']])}")
print(f"{'':<22} page served:  {summary([s for _, _, s in results['rapid']])}")
print(f"{'':<22} rests that finished while those saves were coming: {rests_during_rapid} (the others were superseded)")
print("rebuild lines (first build, edits, theme edits, new questions):")
for line in [l for l in lines if l.startswith(("built ", "pages of "))]:
    print("  " + line)
print(json.dumps({"start_s": start_s, "results": results, "load": os.getloadavg()}))
stop()
