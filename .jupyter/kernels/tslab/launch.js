#!/usr/bin/env node
// Starts the project's tslab (node_modules/tslab) for kernel.json:
//   node launch.js kernel --config-path {connection_file}
// 1. Working directory = the repository root, wherever the notebook lives, so the
//    notebooks' relative paths (the bundled corpus, out/) mean the same from any folder.
// 2. Strict type checking, as in tsconfig.json: tslab's own fixed options leave
//    `strict` off, and without strictNullChecks narrowing on optional or boolean
//    discriminants (`if (c.ok)`, `item.skipped ? ... : ...`) does not compile.
// 3. Package self-reference: notebooks import from "framediff". At run time Node
//    resolves the name inside this repository through package.json "exports" (to
//    dist/, which `npm ci` builds). tslab's type checker uses Node10 resolution,
//    which ignores "exports"; Bundler resolution follows them to dist/index.d.ts.
//    Where framediff is installed under node_modules both resolutions find it anyway.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..", "..");
const tslabMain = path.join(root, "node_modules", "tslab", "dist", "main.js");
if (!fs.existsSync(tslabMain)) {
  console.error(`framediff tslab kernel: ${tslabMain} not found. Fix: run \`npm ci\` in ${root}.`);
  process.exit(1);
}

// The connection file may be given relative to Jupyter's cwd: resolve it before chdir.
const i = process.argv.indexOf("--config-path");
if (i !== -1 && process.argv[i + 1]) process.argv[i + 1] = path.resolve(process.argv[i + 1]);
process.chdir(root);

try {
  // The TypeScript tslab compiles with. Its exports are read-only getters, so the
  // cached module is replaced by a proxy that adds `strict` and Bundler resolution
  // to the watch host's options.
  const tsPath = require.resolve("@tslab/typescript-for-tslab", { paths: [path.dirname(tslabMain)] });
  const ts = require(tsPath);
  const createHost = ts.createWatchCompilerHost;
  const strictHost = function (rootFiles, options, ...rest) {
    return createHost.call(ts, rootFiles, { ...options, strict: true, moduleResolution: ts.ModuleResolutionKind.Bundler }, ...rest);
  };
  require.cache[tsPath].exports = new Proxy(ts, {
    get: (target, key) => (key === "createWatchCompilerHost" ? strictHost : target[key]),
  });
} catch (e) {
  console.error(`framediff tslab kernel: could not set strict checking and Bundler resolution (${e.message}); imports from "framediff" may not type-check.`);
}
require(tslabMain).main();
