// Worker entry for running framediff from its TypeScript sources (jest, ts
// scripts): compiles each .ts module with TypeScript's transpileModule as it
// is required, then loads the worker named in FRAMEDIFF_TS_WORKER. The built
// package (dist/) never uses this file: its workers load dist/profile/worker.js.
"use strict";
const fs = require("fs");
const ts = require("typescript");
require.extensions[".ts"] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(out.outputText, filename);
};
module.exports = require(require("path").join(__dirname, "..", "src", "profile", "worker.ts"));
