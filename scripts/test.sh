#!/usr/bin/env bash
# `npm test`: installs what the tests need (Node, npm packages, PocketBase, Litestream, Debian's
# Chromium, Caddy and rclone), builds the site, then runs type checks, unit/content/integration/
# deploy tests and end-to-end tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"
ensure_npm_dependencies

# Debian packages the tests run: Chromium (end-to-end), Caddy and rclone as deploy/ uses them,
# systemd's systemd-analyze, which checks deploy/'s units, and Java for the W3C Nu Html Checker
# (tests/content/html-validity.test.ts).
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -x "${CADDY_BIN:-/usr/bin/caddy}" ] || missing+=(caddy)
command -v rclone >/dev/null 2>&1 || missing+=(rclone)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Memasang ${missing[*]} dari Debian untuk pengujian …" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Tidak ditemukan: ${missing[*]}. Pasang paket Debian itu (atau set CHROMIUM_PATH / CADDY_BIN ke lokasinya)." >&2
    exit 1
  fi
fi

bash pocketbase/get-pocketbase.sh >/dev/null
bash deploy/get-litestream.sh >/dev/null
npm run --silent build
npm run --silent check
npm run --silent test:unit
npm run --silent test:e2e
