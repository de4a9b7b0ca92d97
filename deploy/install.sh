#!/usr/bin/env bash
# Installs (and, run again after copying a new build, updates) Layanan Sosial on a Debian server,
# as root, from the copy of the project in /opt/layanan (dist/, pocketbase/, deploy/):
#   1st run: writes /etc/layanan/layanan.env and cadangan.env from deploy/ and stops, asking for
#            the site's address and where backups go;
#   2nd run: Debian's Caddy, rclone and pip; PocketBase and Litestream (pinned) into
#            /opt/layanan/bin; the `layanan` system user; a superuser password in
#            /etc/layanan/superuser.json and the audit trail's key in /etc/layanan/kunci-jejak-audit
#            (shown once, to be copied somewhere safe); the systemd units; starts everything and waits until
#            the site answers over HTTPS and /api/layanan/siap says ready.
set -euo pipefail
app=/opt/layanan
etc=/etc/layanan
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf '\n== %s\n' "$*"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "jalankan sebagai root (sudo $0)."
[ "$here" = "$app/deploy" ] || fail "salin proyek ke $app (dist/, pocketbase/, deploy/) dan jalankan $app/deploy/install.sh."
[ -f "$app/dist/index.html" ] && [ -f "$app/dist/_headers.caddy" ] || fail "$app/dist belum berisi build situs (npm run build di mesin build, lalu salin dist/)."

if [ ! -f "$etc/layanan.env" ] || [ ! -f "$etc/cadangan.env" ]; then
  install -d -m 755 "$etc"
  [ -f "$etc/layanan.env" ] || install -m 644 "$here/layanan.env" "$etc/layanan.env"
  [ -f "$etc/cadangan.env" ] || install -m 600 "$here/cadangan.env" "$etc/cadangan.env"
  echo "Isi dulu dua pengaturan, lalu jalankan $0 lagi:"
  echo "  $etc/layanan.env   LAYANAN_PUBLIC_URL — alamat situs (https://…)"
  echo "  $etc/cadangan.env  LAYANAN_REPLICA — folder di disk lain, atau s3://… dengan kuncinya"
  exit 0
fi
# Settings added since this server was installed: taken from deploy/layanan.env.
for name in LAYANAN_AUDIT_KEY_FILE LAYANAN_AUDIT_ANCHOR_DIR LAYANAN_HOOKS_POOL; do
  grep -q "^$name=" "$etc/layanan.env" || grep "^$name=" "$here/layanan.env" >> "$etc/layanan.env"
done
# A pool left at its former default (350, sized before Caddy queued the writes) follows the new one.
sed -i "s/^LAYANAN_HOOKS_POOL=350\$/$(grep '^LAYANAN_HOOKS_POOL=' "$here/layanan.env")/" "$etc/layanan.env"
set -a
# shellcheck source=/dev/null
. "$etc/layanan.env"
# shellcheck source=/dev/null
. "$etc/cadangan.env"
set +a
case "${LAYANAN_PUBLIC_URL:-}" in
  https://layanan.example.go.id | "") fail "isi LAYANAN_PUBLIC_URL di $etc/layanan.env dengan alamat situs." ;;
  https://*) ;;
  *) fail "LAYANAN_PUBLIC_URL harus dimulai dengan https://." ;;
esac
[ -n "${LAYANAN_REPLICA:-}" ] || fail "isi LAYANAN_REPLICA di $etc/cadangan.env."
if grep -q "$LAYANAN_PUBLIC_URL" "$app/dist/index.html"; then :; else
  echo "Peringatan: build di $app/dist tidak dibuat untuk $LAYANAN_PUBLIC_URL (PUBLIC_SITE_URL saat npm run build); tautan kanonis dan kode QR akan menunjuk alamat lain." >&2
fi

say "Paket Debian: caddy, rclone, python3-pip, curl"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy rclone python3-pip curl ca-certificates >/dev/null

say "PocketBase dan Litestream (versi tetap) ke $app/bin"
install -d -m 755 "$app/bin"
install -m 755 "$(bash "$app/pocketbase/get-pocketbase.sh")" "$app/bin/pocketbase"
install -m 755 "$(bash "$here/get-litestream.sh")" "$app/bin/litestream"

say "Pengguna sistem layanan"
id layanan >/dev/null 2>&1 || useradd --system --user-group --home-dir /var/lib/layanan --no-create-home --shell /usr/sbin/nologin layanan
chown root:layanan "$etc/cadangan.env" && chmod 640 "$etc/cadangan.env"
if [ ! -f "$etc/superuser.json" ]; then
  host="${LAYANAN_PUBLIC_URL#https://}"; host="${host%%[:/]*}"
  # PocketBase takes only addresses with a domain name (not localhost, not an IP address).
  [[ "$host" =~ [a-z]\.[a-z]{2,}$ ]] || host=layanan-sosial.local
  (umask 077 && printf '{"email": "admin@%s", "password": "%s"}\n' "$host" "$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')" > "$etc/superuser.json")
fi
chown layanan:layanan "$etc/superuser.json" && chmod 600 "$etc/superuser.json"
# The audit trail's key: 32 random bytes, never in the data folder or its backups. PocketBase
# refuses to start without it once the trail is sealed, so its copy must live elsewhere.
key_file="$LAYANAN_AUDIT_KEY_FILE"
if [ ! -f "$key_file" ]; then
  (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$key_file" && echo >> "$key_file")
  new_key=1
fi
chown layanan:layanan "$key_file" && chmod 600 "$key_file"
case "$LAYANAN_REPLICA" in
  s3://*) ;;
  *) install -d -o layanan -g layanan -m 700 "${LAYANAN_REPLICA#file://}" ;;
esac

say "Layanan systemd"
install -m 644 "$here/systemd/layanan-pocketbase.service" "$here/systemd/layanan-cadangan.service" /etc/systemd/system/
install -d /etc/systemd/system/caddy.service.d
install -m 644 "$here/systemd/caddy.service.d/layanan.conf" /etc/systemd/system/caddy.service.d/layanan.conf
systemctl daemon-reload
systemctl enable --quiet layanan-pocketbase layanan-cadangan caddy
# A new build or new hooks take effect on restart; PocketBase applies migrations and data from the build.
systemctl restart layanan-pocketbase
systemctl restart layanan-cadangan
systemctl restart caddy

say "Menunggu situs di $LAYANAN_PUBLIC_URL"
for _ in $(seq 1 90); do
  if curl -fs -o /dev/null "$LAYANAN_PUBLIC_URL/" && curl -fs -o /dev/null "$LAYANAN_PUBLIC_URL/api/layanan/siap"; then
    echo "Siap: $LAYANAN_PUBLIC_URL"
    echo "  Dasbor PocketBase: ssh -L 8090:127.0.0.1:8090 <server>, lalu http://127.0.0.1:8090/_/"
    echo "  Superuser: $etc/superuser.json"
    if [ "${new_key:-0}" = 1 ]; then
      echo "  Kunci jejak audit (salin ke tempat aman, terpisah dari cadangan; lihat docs/operations.md):"
      echo "    $(cat "$key_file")"
    fi
    echo "  Cadangan: sudo -u layanan $app/deploy/layanan-cadangan status"
    echo "  Pemantau: $LAYANAN_PUBLIC_URL/api/layanan/siap (200 = siap)"
    exit 0
  fi
  sleep 2
done
echo "Situs belum menjawab setelah 3 menit. Periksa: journalctl -u layanan-pocketbase -u caddy -u layanan-cadangan --since '10 min ago'" >&2
curl -sS "http://127.0.0.1:8090/api/layanan/siap" >&2 || true
exit 1
