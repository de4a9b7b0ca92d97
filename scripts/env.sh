# Sourced by every project script: puts a Node that can run Astro (>= 22.12) first on PATH.
# When the system Node is older, Node 24 from the npm registry's `node` package is installed
# once into .tools/node (git-ignored) and used instead.
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PINNED_NODE_VERSION="24.21.0"
LOCAL_NODE_PREFIX="$PROJECT_ROOT/.tools/node"

node_is_recent_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if [ -x "$LOCAL_NODE_PREFIX/node_modules/.bin/node" ]; then
  export PATH="$LOCAL_NODE_PREFIX/node_modules/.bin:$PATH"
fi

if ! node_is_recent_enough; then
  echo "Node $(node -v 2>/dev/null || echo 'tidak ada') terlalu lama untuk Astro; memasang Node $PINNED_NODE_VERSION ke .tools/node …" >&2
  mkdir -p "$LOCAL_NODE_PREFIX"
  npm install --prefix "$LOCAL_NODE_PREFIX" --no-audit --no-fund --loglevel=error "node@$PINNED_NODE_VERSION" >&2
  export PATH="$LOCAL_NODE_PREFIX/node_modules/.bin:$PATH"
  node_is_recent_enough || { echo "Gagal memasang Node $PINNED_NODE_VERSION." >&2; exit 1; }
fi

# Installs the project's npm dependencies when package-lock.json changed since the last install.
ensure_npm_dependencies() {
  local stamp="$PROJECT_ROOT/node_modules/.install-stamp"
  if [ ! -f "$stamp" ] || [ "$PROJECT_ROOT/package-lock.json" -nt "$stamp" ] || [ "$PROJECT_ROOT/package.json" -nt "$stamp" ]; then
    (cd "$PROJECT_ROOT" && npm install --no-audit --no-fund --loglevel=error) && touch "$stamp"
  fi
}

export ASTRO_TELEMETRY_DISABLED=1
