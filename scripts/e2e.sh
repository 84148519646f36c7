#!/usr/bin/env bash
# End-to-end tests of the web client against the real API and database.
#
#   scripts/e2e.sh
#
# Steps: Debian's chromium (installed when missing: as root, or through password-less sudo;
# never a browser download) -> the web client built (scripts/web.sh build) -> a PostgreSQL
# cluster of its own ("e2e", .data/e2e) on a free port, database recreated, migrated and seeded
# with the demo data -> the API on a free port, serving the built client -> the journeys of
# web-client/e2e/ (node --test, playwright-core) -> API and cluster stopped (always, trap).
# Screenshots go to web-client/e2e/screenshots/ (git-ignored). Ends with "e2e: N passed, N failed".
#
# Expects the API to be built already (make test builds it).
#
# Environment (defaults):
#   E2E_DB_PORT=5454     first port tried for the cluster (the next free one is taken)
#   E2E_API_PORT=5101    first port tried for the API
#   E2E_RUNS=zh-CN:laptop,en:phone,zh-CN:phone,en:laptop   language:size of each run of the story
#                        (the onboarding journey's default is zh-CN:laptop,en:phone)
#   E2E_FILES=e2e/       the journeys to run, relative to web-client/ (e.g. e2e/onboarding.test.mjs)
#   E2E_START_TIMEOUT=90 seconds for the API to answer
#   API_DLL=src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll
#   CHROMIUM=/usr/bin/chromium
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

E2E_DB_PORT="${E2E_DB_PORT:-5454}"
E2E_API_PORT="${E2E_API_PORT:-5101}"
E2E_START_TIMEOUT="${E2E_START_TIMEOUT:-90}"
API_DLL="${API_DLL:-src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
LOG_DIR="$REPO_ROOT/.data"
API_LOG="$LOG_DIR/e2e-api.log"
E2E_LOG="$LOG_DIR/test-e2e.log"

die() { echo "e2e.sh: ERROR: $*" >&2; echo "e2e: 0 passed, 1 failed"; exit 1; }
log() { echo "e2e.sh: $*" >&2; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p="$1"; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

# 1. the browser: Debian's chromium, and CJK fonts so that Chinese pages are legible in screenshots
has_cjk_font() { [[ "$(fc-list : family 2>/dev/null)" == *CJK* ]]; }  # (grep -q would break the pipe under pipefail)
if [[ ! -x "$CHROMIUM" ]] || ! has_cjk_font; then
  if [[ "$(id -u)" -eq 0 ]]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    die "chromium is missing; install it with: sudo apt-get install -y chromium fonts-noto-cjk"
  fi
  log "installing chromium and fonts-noto-cjk (apt-get)"
  "${SUDO[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk >/dev/null
  [[ -x "$CHROMIUM" ]] || die "chromium is still missing at $CHROMIUM"
fi

# 2. the client, built from this tree
[[ -f "$API_DLL" ]] || die "$API_DLL not found: build the API first (make build)"
scripts/web.sh build

# 3. a cluster and database of its own
DB_PORT="$(free_port "$E2E_DB_PORT")"
API_PORT="$(free_port "$E2E_API_PORT")"
source "$REPO_ROOT/scripts/api-process.sh"
cleanup() {
  api_stop_all
  scripts/db.sh stop e2e >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

DB_FAST=1 scripts/db.sh start e2e "$DB_PORT" || die "the e2e cluster did not start"
if [[ -x "$PG_BIN/psql" ]]; then PSQL="$PG_BIN/psql"; else PSQL="$(command -v psql)"; fi
PGPASSWORD=marketplace "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U marketplace -d postgres \
  -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS marketplace_e2e WITH (FORCE)" -c "CREATE DATABASE marketplace_e2e" \
  || die "cannot recreate the e2e database"

export ConnectionStrings__Marketplace="Host=127.0.0.1;Port=$DB_PORT;Database=marketplace_e2e;Username=marketplace;Password=marketplace"
export ASPNETCORE_ENVIRONMENT=Development DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export WebClient__Path="$REPO_ROOT/web-client/dist"
log "migrate --seed-demo"
dotnet "$API_DLL" migrate --seed-demo >/dev/null || die "'migrate --seed-demo' failed"

# 4. the API, serving the client
BASE_URL="http://127.0.0.1:$API_PORT"
mkdir -p "$LOG_DIR"
api_start "$BASE_URL" / "$API_LOG" "$E2E_START_TIMEOUT"  # serving the client

# 5. the journeys
rc=0
read -r -a files <<<"${E2E_FILES:-e2e/}"
(cd web-client && E2E_BASE_URL="$BASE_URL" node --test --test-concurrency=1 --test-reporter=spec "${files[@]}") 2>&1 | tee "$E2E_LOG" || rc=$?
passed="$(sed -nE 's/^.{0,12}pass ([0-9]+)$/\1/p' "$E2E_LOG" | tail -n 1)"
failed="$(sed -nE 's/^.{0,12}fail ([0-9]+)$/\1/p' "$E2E_LOG" | tail -n 1)"
echo "e2e: ${passed:-0} passed, ${failed:-1} failed"
log "screenshots in web-client/e2e/screenshots/"
exit "$rc"
