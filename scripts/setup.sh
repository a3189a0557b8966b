#!/usr/bin/env bash
# Installs what framediff needs on Debian/Ubuntu, skipping what is already there:
# Node.js (if absent); Jupyter's nbclient/nbconvert and Chromium (figure export)
# from Debian; and the npm dependencies (npm ci, which also builds dist/).
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(jupyter-nbconvert jupyter-client python3-nbclient chromium)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "framediff setup: need root to run: $*  (install sudo or run as root)" >&2; exit 1; fi
}

missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
for p in "${DEBIAN_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "framediff setup: missing ${missing[*]} and this is not a Debian/Ubuntu system; see environment.md." >&2
    exit 1
  fi
  echo "framediff setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "framediff setup: warning: Node.js $(node --version) found; framediff is tested on Node 20 (see environment.md)." >&2
fi

# npm ci only when package-lock.json changed since the last install (it also runs `prepare`, which builds dist/).
stamp=node_modules/.framediff-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "framediff setup: npm ci"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
else
  npm run --silent build
fi
