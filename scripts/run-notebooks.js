#!/usr/bin/env node
// Runs the notebooks with the project's tslab kernel and saves executed copies + HTML.
//
//   npm run notebooks                       every notebooks/*.ipynb, in sorted order
//   npm run notebooks -- notebooks/00-corpus.ipynb
//
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
  console.log("usage: npm run notebooks [-- notebook.ipynb ...]\n" +
    "Executes notebooks/*.ipynb (or the ones named) with the tslab kernel in .jupyter/,\n" +
    "writes build/notebooks/<name>.ipynb and .html, exits 1 if a cell fails.\n" +
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
const notebooks = args.map((a) => path.resolve(base, a));

const jupyterPath = [path.join(root, ".jupyter"), process.env.JUPYTER_PATH].filter(Boolean);
const env = {
  ...process.env,
  JUPYTER_PATH: jupyterPath.join(path.delimiter),
  PYTHONUNBUFFERED: "1",
};

const result = spawnSync(python, [driver, root, ...notebooks], { stdio: "inherit", env, cwd: root });
if (result.error) {
  const why = result.error.code === "ENOENT" ? "not found" : result.error.message;
  console.error(`run-notebooks: cannot run ${python}: ${why}.\n${install}`);
  process.exit(2);
}
process.exit(result.status === null ? 1 : result.status);
