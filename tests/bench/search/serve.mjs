// A static file server for tests/bench/search-bench.sh that answers single byte ranges, as static
// hosts (GitHub Pages, Cloudflare Pages, Netlify) do; Python's http.server does not.
// Usage: node serve.mjs ROOT PORT
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const [root, port] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml" };

http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
  try { if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html"); } catch { res.writeHead(404).end(); return; }
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404).end(); return; }
    const type = types[path.extname(file)] || "application/octet-stream";
    const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range || "");
    if (m && +m[1] <= +m[2] && +m[2] < data.length) {
      res.writeHead(206, { "Content-Type": type, "Content-Range": `bytes ${m[1]}-${m[2]}/${data.length}`, "Accept-Ranges": "bytes" });
      res.end(data.subarray(+m[1], +m[2] + 1));
    } else {
      res.writeHead(200, { "Content-Type": type, "Accept-Ranges": "bytes" });
      res.end(data);
    }
  });
}).listen(+port, "127.0.0.1");
