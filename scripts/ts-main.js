// `framediff` run from its TypeScript sources, as a separate process (tests
// that run the CLI as a scheduler would: one process per array task). Same
// exit codes and error lines as dist/cli/main.js.
"use strict";
require("./ts-register");
const { main } = require(require("path").join(__dirname, "..", "src", "cli", "main.ts"));
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`framediff: ${e && e.message}\n`); process.exitCode = 1; },
);
