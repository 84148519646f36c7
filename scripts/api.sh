#!/usr/bin/env bash
# Serve or stop the built API, keeping its pid in .data/api.pid.
#
#   scripts/api.sh serve   exec the API in the foreground (the pid file holds its pid)
#   scripts/api.sh stop    stop the API whose pid is in .data/api.pid, if it is running
#   scripts/api.sh check   fail when the API of .data/api.pid is already running
#
# `serve` takes its settings from the environment (the Makefile sets them):
#   ASPNETCORE_URLS, ConnectionStrings__Marketplace, ASPNETCORE_ENVIRONMENT,
#   API_DLL (default src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PID_FILE="$REPO_ROOT/.data/api.pid"
API_DLL="${API_DLL:-src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll}"

die() { echo "api.sh: ERROR: $*" >&2; exit 1; }
log() { echo "api.sh: $*" >&2; }

# Prints the pid from the pid file when that process is alive and is our API.
live_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid: the process must be running Marketplace.Api.dll.
  if [[ -r "/proc/$pid/cmdline" ]] && ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'Marketplace\.Api\.dll'; then
    return 1
  fi
  echo "$pid"
}

cmd_check() {
  local pid
  if pid="$(live_pid)"; then
    die "the API is already running (pid $pid, $PID_FILE); stop it with 'make stop'"
  fi
}

cmd_serve() {
  cd "$REPO_ROOT"
  [[ -f "$API_DLL" ]] || die "$API_DLL not found: build first (make build)"
  cmd_check
  mkdir -p "$(dirname "$PID_FILE")"
  echo $$ >"$PID_FILE"
  log "serving on ${ASPNETCORE_URLS:-?} (pid $$, environment ${ASPNETCORE_ENVIRONMENT:-Production}); Ctrl-C or 'make stop' to stop"
  # exec keeps the pid written above.
  exec dotnet "$API_DLL"
}

cmd_stop() {
  local pid
  if ! pid="$(live_pid)"; then
    rm -f "$PID_FILE"
    log "the API is not running"
    return 0
  fi
  log "stopping the API (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 10 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  serve) cmd_serve ;;
  stop)  cmd_stop ;;
  check) cmd_check ;;
  *) sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
