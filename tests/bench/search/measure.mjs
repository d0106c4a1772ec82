// Measures search in headless Chromium for tests/bench/search-bench.sh.
// Usage: node measure.mjs ORIGIN ours|pagefind FIRST_WORD WORD...
// Prints one JSON line: bytes fetched by a first one-word query in a fresh browser context (index
// data only, and everything including script and wasm), and the median time of the other words.
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
  if (engine === "ours") {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(first)}`);
    await page.waitForFunction(() => document.querySelector(".search-page").dataset.state === "done");
  } else {
    await page.goto(`${origin}/bench.html`);
    await page.evaluate(async (q) => {
      const pf = await import("/pagefind/pagefind.js");
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    }, first);
  }
  await page.waitForTimeout(200);
  await context.close();
  const data = fetched.filter((f) => !isScript(f.url)).reduce((s, f) => s + f.bytes, 0);
  const all = fetched.reduce((s, f) => s + f.bytes, 0);
  return { data, all, files: fetched.length };
}

async function timings() {
  const context = await browser.newContext();
  const page = await context.newPage();
  let times;
  if (engine === "ours") {
    await page.goto(`${origin}/search/?q=back`);
    await page.waitForFunction(() => document.querySelector(".search-page").dataset.state === "done");
    times = await page.evaluate(async (list) => {
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
    }, words);
  } else {
    await page.goto(`${origin}/bench.html`);
    times = await page.evaluate(async (list) => {
      const pf = await import("/pagefind/pagefind.js");
      const warm = await pf.search("back");
      await Promise.all(warm.results.slice(0, 10).map((x) => x.data()));
      const out = [];
      for (const w of list) {
        const t0 = performance.now();
        const r = await pf.search(w);
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        out.push(performance.now() - t0);
      }
      return out;
    }, words);
  }
  await context.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const firstResult = await firstQuery();
const median = await timings();
await browser.close();
console.log(JSON.stringify({ engine, firstWord: first, firstQueryDataBytes: firstResult.data, firstQueryAllBytes: firstResult.all,
  firstQueryFiles: firstResult.files, medianQueryMs: Math.round(median * 10) / 10 }));
