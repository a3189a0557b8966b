// Lets Node require framediff's TypeScript sources directly: each .ts module is
// compiled with TypeScript's transpileModule as it is required (no type check).
// For jest's worker threads and child processes; the built package (dist/)
// never uses this file.
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
