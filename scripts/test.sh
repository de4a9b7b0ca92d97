#!/usr/bin/env bash
# `npm test`: installs what the tests need (Node, npm packages, PocketBase, Litestream, Debian's
# Chromium and its headless shell, Java, Caddy and rclone), builds the site once, then runs side by
# side `npm run check` (Biome, line lengths, type checks), Vitest (unit, content, budget, integration,
# security and deploy tests; its lines marked "[Vitest]") and the end-to-end tests (Playwright).
# Whatever the outcome, it ends with each phase's time and the total, wall clock and CPU (user + system
# of the children waited for: what a busy machine does not inflate); phases side by side overlap, so
# their times add up to more than the total. Chromium's renderer and GPU processes are not among them
# (nobody in the chain waits for them), so the Playwright phase's CPU is about half of what it uses.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROJECT_ROOT"

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

# Phases run beside the foreground, each in a subshell that writes its wall time, status and CPU (from
# `times` in its own shell) to $beside_dir/<id>.result when it ends. Bash collects a background job's
# CPU into this shell's `times` when it reaps the job, in whichever foreground phase runs then; that
# phase's CPU leaves it out.
beside_dir="$(mktemp -d)"
beside_ids=()
declare -A beside_name beside_pid beside_status beside_seconds beside_cpu beside_reaped
# id, name, where its output goes (`live`: as it comes, each line marked with the name; else a file
# shown only when the phase failed), command…
start_beside() {
  local id=$1 name=$2 output=$3
  shift 3
  (
    started=$SECONDS
    status=0
    if [ "$output" = live ]; then
      "$@" 2>&1 | sed -u "s/^/[$name] /" || status=$?
    else
      "$@" >"$beside_dir/$id.log" 2>&1 || status=$?
    fi
    times >"$beside_dir/$id.times"
    echo "$((SECONDS - started)) $status $(children_cpu_in "$beside_dir/$id.times")" >"$beside_dir/$id.result"
    exit "$status"
  ) &
  beside_ids+=("$id")
  beside_name[$id]=$name
  beside_pid[$id]=$!
}
# Reaps the phases beside that have ended (with `until-done`, waits for all), keeping their status, time and CPU;
# leaves in $cpu_reaped the CPU of those reaped now.
cpu_reaped=0
reap_beside() {
  local id status
  cpu_reaped=0
  for id in "${beside_ids[@]}"; do
    [ -z "${beside_reaped[$id]:-}" ] || continue
    [ "${1:-}" = until-done ] || [ -e "$beside_dir/$id.result" ] || continue
    status=0
    wait "${beside_pid[$id]}" || status=$?
    beside_status[$id]=$status
    read -r beside_seconds[$id] _ beside_cpu[$id] <"$beside_dir/$id.result" 2>/dev/null || beside_seconds[$id]='?'
    cpu_reaped=$((cpu_reaped + ${beside_cpu[$id]:-0}))
    beside_reaped[$id]=yes
  done
}

# Runs a phase in the foreground; a failure ends the run (after the summary, which waits for the phases beside).
phase() {
  local name=$1 started=$SECONDS cpu_before status=0 cpu_beside
  shift
  reap_beside
  children_cpu
  cpu_before=$cpu_now
  "$@" || status=$?
  reap_beside
  cpu_beside=$cpu_reaped
  children_cpu
  record_phase "$name" $((SECONDS - started)) $((cpu_now - cpu_before - cpu_beside)) "$status"
  return "$status"
}

summary() {
  local status=$? id
  reap_beside until-done
  for id in "${beside_ids[@]}"; do
    record_phase "${beside_name[$id]} (beside)" "${beside_seconds[$id]}" "${beside_cpu[$id]:-0}" "${beside_status[$id]}"
    if [ "${beside_status[$id]}" != 0 ]; then
      [ "$status" != 0 ] || status=${beside_status[$id]}
      if [ -e "$beside_dir/$id.log" ]; then
        echo "${beside_name[$id]} gagal:" >&2
        cat "$beside_dir/$id.log" >&2
      fi
    fi
  done
  rm -rf "$beside_dir" "$times_file"
  echo
  echo "Waktu per tahap (beban mesin saat mulai: $load_at_start):"
  printf '%s\n' "${phase_lines[@]}"
  children_cpu
  printf '  %-34s %5s s  %6s s CPU\n' 'total' $((SECONDS - run_started)) "$cpu_now"
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
# The check needs neither the build nor the tests (it starts after the build, whose content store
# `astro check` would write too). Vitest and Playwright each leave a core idle part of the time (waiting
# on servers, timers, pages), so they run side by side rather than one after the other
# (docs/performance.md, "The test run").
start_beside check 'npm run check' log npm run --silent check
start_beside vitest 'Vitest' live npm run --silent test:unit
phase 'Playwright' npm run --silent test:e2e
