// Measures search in headless Chromium for tests/bench/search-bench.sh.
// Usage: node measure.mjs ORIGIN ours|pagefind FIRST_WORD WORD...
// Prints one JSON line: bytes fetched by a first one-word query in a fresh browser context (index
// data only, and everything including script and wasm) and its time, from the query to the results
// (the page already loaded; ours has no debounce on this path; the median of five fresh contexts); the median time of the other words;
// and the median and 95th percentile of as-you-type keystrokes (each word typed a letter at a time,
// once to fetch the shards, then timed), results of the top ten included.
import { chromium } from "playwright-core";

const [origin, engine, first, ...words] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

function isScript(url) { return /\.(js|wasm)(\?|$)|wasm\./.test(url); }

async function firstQuery() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on("requestfinished", async (req) => {
    const url = req.url();
    if (engine === "ours" ? /\/search\/index\/|search\.js/.test(url) : /\/pagefind\//.test(url)) {
      fetched.push({ url, bytes: (await req.sizes()).responseBodySize });
    }
  });
  let ms;
  if (engine === "ours") {
    await page.goto(`${origin}/search/`);
    await page.waitForFunction(() => document.querySelector(".search-page").dataset.ready === "true");
    ms = await page.evaluate(async (q) => {
      const el = document.querySelector(".search-page");
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => { if (el.dataset.state === "done") { mo.disconnect(); resolve(); } });
        mo.observe(el, { attributes: true });
      });
      const t0 = performance.now();
      history.pushState(null, "", "?q=" + encodeURIComponent(q));
      dispatchEvent(new PopStateEvent("popstate"));
      await done;
      return performance.now() - t0;
    }, first);
  } else {
    await page.goto(`${origin}/bench.html`);
    ms = await page.evaluate(async (q) => {
      const t0 = performance.now();
      const pf = await import("/pagefind/pagefind.js");
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      return performance.now() - t0;
    }, first);
  }
  await page.waitForTimeout(200);
  await context.close();
  const data = fetched.filter((f) => !isScript(f.url)).reduce((s, f) => s + f.bytes, 0);
  const all = fetched.reduce((s, f) => s + f.bytes, 0);
  return { data, all, files: fetched.length, ms };
}

// Time each query of the list in one tab: ours through the URL (no debounce), Pagefind's search()
// and the data of its top ten. Returns the times in milliseconds.
async function timeQueries(page, list) {
  if (engine === "ours") {
    return page.evaluate(async (list) => {
      const el = document.querySelector(".search-page");
      const out = [];
      for (const w of list) {
        const done = new Promise((resolve) => {
          const mo = new MutationObserver(() => { if (el.dataset.state === "done") { mo.disconnect(); resolve(); } });
          mo.observe(el, { attributes: true });
        });
        const t0 = performance.now();
        history.pushState(null, "", "?q=" + encodeURIComponent(w));
        dispatchEvent(new PopStateEvent("popstate"));
        await done;
        out.push(performance.now() - t0);
      }
      return out;
    }, list);
  }
  return page.evaluate(async (list) => {
    const pf = await import("/pagefind/pagefind.js");
    const out = [];
    for (const w of list) {
      const t0 = performance.now();
      const r = await pf.search(w);
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      out.push(performance.now() - t0);
    }
    return out;
  }, list);
}

async function timings() {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (engine === "ours") {
    await page.goto(`${origin}/search/?q=back`);
    await page.waitForFunction(() => document.querySelector(".search-page").dataset.state === "done");
  } else {
    await page.goto(`${origin}/bench.html`);
    await timeQueries(page, ["back"]);
  }
  const words = await timeQueries(page, list);
  // As you type: every prefix of every word, the way the box sees keystrokes.
  const keys = list.flatMap((w) => Array.from(w, (_, i) => w.slice(0, i + 1)));
  await timeQueries(page, keys);
  const typed = await timeQueries(page, keys);
  await context.close();
  return { median: pct(words, 0.5), keyMedian: pct(typed, 0.5), keyP95: pct(typed, 0.95), keys: typed.length };
}

function pct(times, p) {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] * 10) / 10;
}

const list = words;
// A first query is one sample of a noisy thing (three processes of Chromium, the server and this
// script share two cores): the median of five, each in a fresh context (nothing cached).
const FIRST_TABS = 5;
const firsts = [];
for (let i = 0; i < FIRST_TABS; i++) firsts.push(await firstQuery());
const firstResult = { ...firsts[0], ms: pct(firsts.map((f) => f.ms), 0.5) };
const t = await timings();
await browser.close();
console.log(JSON.stringify({ engine, firstWord: first, firstQueryDataBytes: firstResult.data, firstQueryAllBytes: firstResult.all,
  firstQueryFiles: firstResult.files, firstQueryMs: firstResult.ms, firstQueryMsEach: firsts.map((f) => Math.round(f.ms)), medianQueryMs: t.median,
  keystrokeMedianMs: t.keyMedian, keystrokeP95Ms: t.keyP95, keystrokes: t.keys }));
