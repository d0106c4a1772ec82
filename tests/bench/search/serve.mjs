// A static file server for tests/bench/search-bench.sh that answers single byte ranges, as static
// hosts (GitHub Pages, Cloudflare Pages, Netlify) do; Python's http.server does not.
// Usage: node serve.mjs ROOT PORT
// A range is read from the file, not cut from the whole of it, as hosts send the bytes asked for
// (sendfile with an offset); reading a 570 KB pack for each 2 KB record made this server, not the
// search, the slowest part of a first query. Reads are synchronous: one client, files on tmpfs.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const [root, port] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml" };

http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
  let size;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    size = fs.statSync(file).size;
  } catch { res.writeHead(404).end(); return; }
  const headers = { "Content-Type": types[path.extname(file)] || "application/octet-stream", "Accept-Ranges": "bytes" };
  const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range || "");
  let start = 0, end = size - 1, status = 200;
  if (m && +m[1] <= +m[2] && +m[2] < size) {
    [start, end, status] = [+m[1], +m[2], 206];
    headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  }
  const data = Buffer.alloc(end - start + 1);
  const fd = fs.openSync(file, "r");
  try { fs.readSync(fd, data, 0, data.length, start); } finally { fs.closeSync(fd); }
  res.writeHead(status, headers).end(data);
}).listen(+port, "127.0.0.1");
