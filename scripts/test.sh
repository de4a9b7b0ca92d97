#!/usr/bin/env bash
# `npm test`: installs what the tests need (Node, npm packages, PocketBase, Litestream, Debian's
# Chromium and its headless shell, Java, Caddy and rclone), builds the site once, then runs Vitest (unit,
# content, budget, integration, security and deploy tests) with `npm run check` (Biome, line lengths,
# type checks) beside it, then the end-to-end tests (Playwright). Whatever the outcome, it ends with
# each phase's time and the total, wall clock and CPU (user + system of the children waited for: what
# a busy machine does not inflate). Chromium's renderer and GPU processes are not among them (nobody
# in the chain waits for them), so the Playwright phase's CPU is about half of what it really uses.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"

# The run's temporary files go in a folder of its own (TMPDIR: Node, Go and Chromium follow it), removed
# when the run ends. Tests remove what they make; what one leaves there (its data folders, audit keys,
# photos) is named at the end and fails the run, so nothing of a test piles up in /tmp run after run.
# What tests keep between runs is under node_modules/.cache/layanan-tests (tests/support/test-cache.ts).
run_tmp="$(mktemp -d "${TMPDIR:-/tmp}/layanan-uji-XXXXXX")"
export TMPDIR="$run_tmp"
# The tools' own: Playwright's compiled specs and Node's compile cache.
TOOLS_TEMPORARY='playwright-transform-cache-[0-9]+|node-compile-cache'

run_started=$SECONDS
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
phase_lines=()

# CPU seconds (user + system) used so far by this script's finished children, from `times`, left
# in $cpu_now. `times` must run in this shell: in a command substitution's subshell (`$(…)`) it
# counts that subshell's children, none.
times_file="$(mktemp)"
cpu_now=0
children_cpu() {
  times >"$times_file"
  cpu_now="$(children_cpu_in "$times_file")"
}
# The children's CPU seconds in a file `times` wrote (its second line: user and system, as 1m2.5s).
children_cpu_in() {
  tail -n 1 "$1" | awk '{
    total = 0
    for (field = 1; field <= 2; field++) { split($field, part, "m"); total += part[1] * 60 + part[2] }
    printf "%.0f", total
  }'
}

record_phase() { # name, wall seconds, CPU seconds, status
  local outcome="ok"
  [ "$4" = 0 ] || outcome="GAGAL (exit $4)"
  phase_lines+=("$(printf '  %-34s %5s s  %6s s CPU  %s' "$1" "$2" "$3" "$outcome")")
}

# Runs a phase in the foreground; a failure ends the run (after the summary).
phase() {
  local name=$1 started=$SECONDS cpu_before status=0 check_cpu_before
  shift
  children_cpu
  cpu_before=$cpu_now
  check_cpu_before=$check_cpu
  "$@" || status=$?
  finish_check_if_done
  children_cpu
  # Bash collects the check's CPU when it ends, in whichever phase runs then; it is the check's, not the phase's.
  record_phase "$name" $((SECONDS - started)) $((cpu_now - cpu_before - check_cpu + check_cpu_before)) "$status"
  return "$status"
}

# `npm run check` needs neither the build nor the tests: it runs beside Vitest, its output kept
# apart and shown at the end when it failed. It writes its wall time, status and CPU (from `times` in
# its own shell) to $check_log.result when it ends.
check_log="$(mktemp)"
check_pid=""
check_status=0
check_seconds='?'
check_cpu=0
check_finished=""
start_check_beside() {
  (
    started=$SECONDS
    status=0
    npm run --silent check >"$check_log" 2>&1 || status=$?
    times >"$check_log.times"
    echo "$((SECONDS - started)) $status $(children_cpu_in "$check_log.times")" >"$check_log.result"
    exit "$status"
  ) &
  check_pid=$!
}
# Waits for the check once it has ended (with `until-done`, until it has), keeping its status, time and CPU.
finish_check_if_done() {
  [ -n "$check_pid" ] && [ -z "$check_finished" ] || return 0
  [ "${1:-}" = until-done ] || [ -e "$check_log.result" ] || return 0
  wait "$check_pid" || check_status=$?
  read -r check_seconds _ check_cpu <"$check_log.result" 2>/dev/null || check_seconds='?'
  check_finished=yes
}

summary() {
  local status=$?
  if [ -n "$check_pid" ]; then
    finish_check_if_done until-done
    record_phase 'npm run check (beside the tests)' "$check_seconds" "$check_cpu" "$check_status"
    if [ "$check_status" != 0 ]; then
      echo "npm run check gagal:" >&2
      cat "$check_log" >&2
    fi
  fi
  rm -f "$check_log" "$check_log.result" "$check_log.times"
  echo
  echo "Waktu per tahap (beban mesin saat mulai: $load_at_start):"
  printf '%s\n' "${phase_lines[@]}"
  children_cpu
  printf '  %-34s %5s s  %6s s CPU\n' 'total' $((SECONDS - run_started)) "$cpu_now"
  if [ "$status" = 0 ] && [ "$check_status" != 0 ]; then status=$check_status; fi
  rm -f "$times_file"
  local leftovers
  leftovers="$(ls -A "$run_tmp" | grep -v -x -E "$TOOLS_TEMPORARY" || true)"
  rm -rf "$run_tmp"
  if [ -n "$leftovers" ]; then
    echo "Tertinggal di folder sementara setelah pengujian (hapus di pengujian yang membuatnya):" >&2
    echo "$leftovers" | sed 's/^/  /' >&2
    [ "$status" != 0 ] || status=1
  fi
  exit "$status"
}
trap summary EXIT

# Debian packages the tests run: Chromium's headless shell and, for the few specs that need the
# whole browser, Chromium (end-to-end), Caddy and rclone as deploy/ uses them,
# systemd's systemd-analyze, which checks deploy/'s units, and Java for the W3C Nu Html Checker
# (tests/content/html-validity.test.ts).
install_tools() {
  ensure_npm_dependencies
  local missing=()
  [ -x "${CHROMIUM_HEADLESS_SHELL_PATH:-/usr/bin/chromium-headless-shell}" ] || missing+=(chromium-headless-shell)
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
      echo "Tidak ditemukan: ${missing[*]}. Pasang paket Debian itu (atau set CHROMIUM_HEADLESS_SHELL_PATH / CHROMIUM_PATH / CADDY_BIN ke lokasinya)." >&2
      return 1
    fi
  fi
  bash pocketbase/get-pocketbase.sh >/dev/null
  bash deploy/get-litestream.sh >/dev/null
}

phase 'tools and packages' install_tools
phase 'build' npm run --silent build
start_check_beside
phase 'Vitest' npm run --silent test:unit
phase 'Playwright' npm run --silent test:e2e
