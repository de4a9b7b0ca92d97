#!/usr/bin/env bash
# `npm run check`: Biome (formatting and lint), no line over 160 characters, the hooks' routes as the
# route table says (scripts/check-routes.ts), then the type checks of
# the site (astro check), of the PocketBase hooks and migrations, and of the service worker. A script
# rather than one line in package.json, which would itself be longer than 160 characters.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"
export PATH="$PROJECT_ROOT/node_modules/.bin:$PATH"
biome ci --error-on-warnings .
node scripts/check-line-length.ts
node scripts/check-routes.ts
astro check
tsc -p pocketbase
tsc -p src/service-worker
