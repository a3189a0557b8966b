#!/usr/bin/env node
// Runs the notebooks with the project's tslab kernel and saves executed copies + HTML.
//
//   npm run notebooks                       every notebooks/*.ipynb, in sorted order
//   npm run notebooks -- notebooks/00-corpus.ipynb
//   npm run notebooks -- --corpus my.jsonl [--lexicon my.yaml] [notebook ...]
//
// --corpus and --lexicon reach the kernel as FRAMEDIFF_CORPUS and FRAMEDIFF_LEXICON,
// which the first code cell of every notebook reads (default: the bundled corpus and
// the corpus's own lexicon). Notebooks import from "framediff", which resolves to dist/
// (built by `npm ci`); a dist/ older than src/ is warned about.
// Writes build/notebooks/<name>.ipynb and .html (also when a cell fails), prints one
// line per notebook and the failing cell's real error, and exits 1 if any cell failed.
// The work is done by scripts/run_notebooks.py (nbclient + nbconvert) under
// FRAMEDIFF_PYTHON, default /usr/bin/python3 (Debian's, which sees the Debian
// jupyter packages; a pyenv python3 on PATH does not).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const driver = path.join(__dirname, "run_notebooks.py");
const python = process.env.FRAMEDIFF_PYTHON || "/usr/bin/python3";
const install =
  "Install: apt-get install --no-install-recommends jupyter-nbconvert jupyter-client python3-nbclient\n" +
  "     or: pip install nbclient nbconvert   (then set FRAMEDIFF_PYTHON to that python)";

const args = process.argv.slice(2);
if (args.includes("-h") || args.includes("--help")) {
  console.log("usage: npm run notebooks [-- [--corpus FILE] [--lexicon FILE] notebook.ipynb ...]\n" +
    "Executes notebooks/*.ipynb (or the ones named) with the tslab kernel in .jupyter/,\n" +
    "writes build/notebooks/<name>.ipynb and .html, exits 1 if a cell fails.\n" +
    "--corpus FILE   the corpus every notebook reads (a folder, .jsonl or .csv); sets FRAMEDIFF_CORPUS\n" +
    "--lexicon FILE  its lexicon (default: the corpus's own, if any); sets FRAMEDIFF_LEXICON\n" +
    "Env: FRAMEDIFF_PYTHON (default /usr/bin/python3), FRAMEDIFF_CELL_TIMEOUT (s, 600),\n" +
    "     FRAMEDIFF_NOTEBOOK_OUT (folder for executed copies, default build/notebooks),\n" +
    "     FRAMEDIFF_STARTUP_TIMEOUT (s, 120).");
  process.exit(0);
}

if (path.isAbsolute(python) && !fs.existsSync(python)) {
  console.error(`run-notebooks: ${python} not found.\n${install}\nOr set FRAMEDIFF_PYTHON to a Python 3 that has nbclient and nbconvert.`);
  process.exit(2);
}

// npm runs scripts from the package root; resolve notebook names against the
// directory the user typed the command in.
const base = (process.env.npm_lifecycle_event && process.env.INIT_CWD) || process.cwd();
const params = {};
const named = [];
for (let i = 0; i < args.length; i++) {
  const flag = args[i];
  if (flag === "--corpus" || flag === "--lexicon") {
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) usage(`${flag} needs a file: ${flag} FILE`);
    const file = path.resolve(base, value);
    if (!fs.existsSync(file)) usage(`${flag} ${value}: no such file or folder (${file})`);
    params[flag === "--corpus" ? "FRAMEDIFF_CORPUS" : "FRAMEDIFF_LEXICON"] = file;
    i++;
  } else if (flag.startsWith("-")) {
    usage(`unknown option ${flag}; the options are --corpus FILE and --lexicon FILE`);
  } else named.push(path.resolve(base, flag));
}
const notebooks = named;

function usage(message) {
  console.error(`run-notebooks: ${message}. See: npm run notebooks -- --help`);
  process.exit(2);
}

// The notebooks import from "framediff", i.e. dist/: say so when it is missing or older than src/.
const distIndex = path.join(root, "dist", "index.js");
if (!fs.existsSync(distIndex)) {
  console.error(`run-notebooks: ${path.relative(root, distIndex)} not found: the notebooks import from "framediff" (dist/). Run: npm run build`);
  process.exit(2);
}
const newest = (dir) => fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
  const p = path.join(dir, e.name);
  return Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith(".ts") ? fs.statSync(p).mtimeMs : 0);
}, 0);
if (fs.existsSync(path.join(root, "src")) && newest(path.join(root, "src")) > fs.statSync(distIndex).mtimeMs) {
  console.error("run-notebooks: warning: src/ is newer than dist/, which the notebooks import; run `npm run build` to run them on the current code.");
}

const jupyterPath = [path.join(root, ".jupyter"), process.env.JUPYTER_PATH].filter(Boolean);
const env = {
  ...process.env,
  JUPYTER_PATH: jupyterPath.join(path.delimiter),
  PYTHONUNBUFFERED: "1",
  ...params,
};
if (params.FRAMEDIFF_CORPUS) {
  console.log(`corpus: ${params.FRAMEDIFF_CORPUS}` + (params.FRAMEDIFF_LEXICON ? `; lexicon: ${params.FRAMEDIFF_LEXICON}` : ""));
}

const result = spawnSync(python, [driver, root, ...notebooks], { stdio: "inherit", env, cwd: root });
if (result.error) {
  const why = result.error.code === "ENOENT" ? "not found" : result.error.message;
  console.error(`run-notebooks: cannot run ${python}: ${why}.\n${install}`);
  process.exit(2);
}
process.exit(result.status === null ? 1 : result.status);
