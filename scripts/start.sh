#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the site and serves it with PocketBase.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"
ensure_npm_dependencies
export PUBLIC_SITE_URL="${PUBLIC_SITE_URL:-http://${LAYANAN_HTTP:-127.0.0.1:8090}}"
npm run --silent build
exec node --import ./scripts/resolve-ts.mjs pocketbase/scripts/start.ts
