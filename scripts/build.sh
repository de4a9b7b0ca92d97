#!/usr/bin/env bash
# The whole build: the Astro site, its search index (Pagefind), icons and service worker
# (workbox-build), and the code shared with the PocketBase hooks. LAYANAN_OUT_DIR (default dist/)
# chooses where the site goes.
#
# Atomic: everything is built into a sibling folder (<out>.partial-XXXXXX) and moved into place
# only when every step and check passed (the first-visit budget included); a failed build leaves
# the previous site as it was, so a deploy that ignores the exit code still serves a whole site.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"
# One build of a project at a time: Astro bundles the pages into the project's .astro/.prerender/
# whatever the output folder, and two builds at once delete each other's files there. A second
# build (another test, `npm start` beside the tests) waits for the first.
mkdir -p .astro
exec {build_lock}>.astro/build.lock
flock "$build_lock"
out="${LAYANAN_OUT_DIR:-$PROJECT_ROOT/dist}"
out="${out%/}"
mkdir -p "$(dirname "$out")"
partial="$(mktemp -d "$out.partial-XXXXXX")"
trap 'rm -rf "$partial"' EXIT
export LAYANAN_OUT_DIR="$partial"
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
pagefind --site "$partial" --silent
node --import ./scripts/resolve-ts.mjs scripts/build-headers.ts
node --import ./scripts/resolve-ts.mjs scripts/build-pwa.ts
node scripts/build-hooks.ts
node scripts/build-fingerprint.ts
# Every check passed: the new site takes the old one's place (two renames on one file system).
chmod 755 "$partial"
if [ -e "$out" ]; then
  previous="$(mktemp -d "$out.previous-XXXXXX")"
  mv "$out" "$previous/site"
  mv "$partial" "$out"
  rm -rf "$previous"
else
  mv "$partial" "$out"
fi
