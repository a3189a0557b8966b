#!/usr/bin/env bash
# The test command: set-up, type check, unit tests, the CLI on the bundled corpus, and every notebook headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== type check"; npm run --silent typecheck
echo "== jest";       mkdir -p build && npx jest --ci --json --outputFile=build/jest-results.json
echo "== framediff check (bundled corpus)"; npx framediff check corpus/antalya-2022-03-10 > /dev/null && echo "ok"
echo "== notebooks";  FRAMEDIFF_OUT=build npm run --silent notebooks
# issue 12: the notebooks run on any corpus through their parameters alone (no lexicon here: the cells that need one skip)
echo "== notebooks on a generated corpus"
node scripts/generate-corpus.js --articles 300 --outlets 6 --out build/generated/corpus.jsonl
FRAMEDIFF_OUT=build/generated FRAMEDIFF_NOTEBOOK_OUT=build/notebooks-generated npm run --silent notebooks -- --corpus build/generated/corpus.jsonl
# the closing line CI reads: jest's counts (every step above stops the run on failure)
node -e 'const r = require("./build/jest-results.json"); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)'
