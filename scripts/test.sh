#!/usr/bin/env bash
# `npm test`: installs what the tests need (Node, npm packages, PocketBase, Debian's Chromium),
# builds the site, then runs type checks, unit/content/integration tests and end-to-end tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"
ensure_npm_dependencies

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Memasang Chromium dari Debian untuk uji end-to-end …" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium tidak ditemukan di $chromium. Pasang Chromium, atau set CHROMIUM_PATH ke lokasinya." >&2
    exit 1
  fi
fi

bash pocketbase/get-pocketbase.sh >/dev/null
npm run --silent build
npm run --silent check
npm run --silent test:unit
npm run --silent test:e2e
