#!/usr/bin/env node
// Writes CODEBOOK.md at the repository root from the built column docs (run `npm run build` first).
// test/packaging/codebook.test.ts fails when the file and the generated text differ.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { catalogueCodebook } = require("../dist/cli/write-tables");
writeFileSync(join(__dirname, "..", "CODEBOOK.md"), catalogueCodebook());
