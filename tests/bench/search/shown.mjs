// What the search page shows for each query, to compare two versions of search.js on the same
// built site: run it once with each (copy the script over assets/search.js in the built folder),
// then compare the two output files (cmp). Each query is run in one tab after the ones before it,
// as a reader types, so a result that depends on an earlier query shows up too.
// Usage: node shown.mjs ORIGIN QUERIES.json OUT.json   (queries: queries.py; ORIGIN serves the site at /,
// as serve.mjs does). Needs playwright-core: copy it beside the one search-bench.sh installs in its tools folder.
import { chromium } from "playwright-core";
import fs from "node:fs";

const [origin, queryFile, outFile] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queryFile, "utf8"));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = await (await browser.newContext()).newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
await page.goto(`${origin}/search/`);
await page.waitForFunction(() => document.querySelector(".search-page").dataset.ready === "true");
const shown = await page.evaluate(async (list) => {
  const el = document.querySelector(".search-page");
  const out = [];
  for (const q of list) {
    const settled = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (el.dataset.state === "done" || el.dataset.state === "error") { mo.disconnect(); resolve(); }
      });
      mo.observe(el, { attributes: true });
    });
    history.pushState(null, "", "?q=" + encodeURIComponent(q));
    dispatchEvent(new PopStateEvent("popstate"));
    await settled;
    out.push([q, el.dataset.state, document.getElementById("bgSearchStatus").textContent, document.getElementById("bgSearchResults").innerHTML]);
  }
  return out;
}, queries);
await browser.close();
fs.writeFileSync(outFile, JSON.stringify(shown) + "\n");
console.log(`${shown.length} queries, ${errors.length} script errors${errors.length ? ": " + errors.slice(0, 3).join("; ") : ""}`);
process.exit(errors.length ? 1 : 0);
