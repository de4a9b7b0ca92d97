#!/usr/bin/env bash
# The whole build: the Astro site, its search index (Pagefind), icons and service worker
# (workbox-build), and the code shared with the PocketBase hooks. LAYANAN_OUT_DIR (default dist/)
# chooses where the site goes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"
out="${LAYANAN_OUT_DIR:-$PROJECT_ROOT/dist}"
export LAYANAN_OUT_DIR="$out"
export PATH="$PROJECT_ROOT/node_modules/.bin:$PATH"
astro build --silent
pagefind --site "$out" --silent
node scripts/build-pwa.ts
node scripts/build-hooks.ts
