// Worker entry for running framediff from its TypeScript sources (jest, ts
// scripts): registers the .ts compiler hook, then loads the map's worker. The
// built package (dist/) never uses this file: its workers load dist/profile/worker.js.
"use strict";
require("./ts-register");
module.exports = require(require("path").join(__dirname, "..", "src", "profile", "worker.ts"));
