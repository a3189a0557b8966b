#!/usr/bin/env bash
# The main job on the bundled corpus: set-up, then check the corpus, run
# `framediff analyze` (tables, figures, report.html, run.json) and every notebook
# (executed copies, HTML and each notebook's exports), all under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx framediff check corpus/antalya-2022-03-10
npx framediff analyze corpus/antalya-2022-03-10 --out out
FRAMEDIFF_OUT=out FRAMEDIFF_NOTEBOOK_OUT=out/notebooks npm run --silent notebooks
echo "Done. Open out/report.html; notebooks in out/notebooks/, figures in out/figures/, tables in out/tables/."
