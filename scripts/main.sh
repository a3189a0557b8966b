#!/usr/bin/env bash
# The main job on the bundled corpus: set-up, then check it and run every notebook
# (executed copies and HTML exports under build/notebooks/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx framediff check corpus/antalya-2022-03-10
npm run --silent notebooks
echo "Notebooks executed: open build/notebooks/*.html in a browser."
