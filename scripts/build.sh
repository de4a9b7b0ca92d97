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
# Astro keeps parsed content between builds and re-parses only changed files; a changed schema
# (or a module it imports) must invalidate all of it, or new defaults never reach old entries.
cache="${LAYANAN_CACHE_DIR:-$PROJECT_ROOT/node_modules/.astro}"
schema_hash="$(cat src/content.config.ts src/lib/content-schemas.ts src/lib/geo-parsers.ts src/domain/*.ts | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$cache/schema-hash" 2>/dev/null)" != "$schema_hash" ]; then
  rm -f "$cache/data-store.json"
  mkdir -p "$cache" && echo "$schema_hash" > "$cache/schema-hash"
fi
astro build --silent
pagefind --site "$out" --silent
node --import ./scripts/resolve-ts.mjs scripts/build-headers.ts
node --import ./scripts/resolve-ts.mjs scripts/build-pwa.ts
node scripts/build-hooks.ts
node scripts/build-fingerprint.ts
