#!/usr/bin/env bash
# GraphQL-over-HTTP audit (graphql-http's public audit suite) against a freshly
# migrated and seeded API, then the npm graphql-ws client as a peer of the WebSocket transport
# across two API instances (AUDIT_API_PORT and AUDIT_API_PORT+1) on the same database.
#
#   scripts/audit.sh
#
# Steps: npm ci in tests/http-audit (when node_modules is missing or older than the
# lock file) -> drop and create database $AUDIT_DB on the test server -> `Marketplace.Api.dll
# migrate --seed-demo` against it -> start the API on 127.0.0.1:$AUDIT_API_PORT in the
# background -> wait for GET /graphql?query={__typename} -> run the audit -> stop the API
# (always, trap). Exit code: the audit's (non-zero when a MUST audit, or a SHOULD audit not
# listed in tests/http-audit/expected-should-warnings.json, fails), or 1 on a set-up error.
#
# Expects the API to be built already (`make audit` builds it) and the test PostgreSQL to be
# running (`scripts/db.sh start test 5434`, done by `make audit`).
#
# Environment (defaults):
#   TEST_DB_HOST=127.0.0.1 TEST_DB_PORT=5434 TEST_DB_USER=marketplace TEST_DB_PASSWORD=marketplace
#   AUDIT_DB=marketplace_audit   AUDIT_API_PORT=5081   AUDIT_START_TIMEOUT=90 (seconds)
#   AUDIT_ENVIRONMENT=Development (ASPNETCORE_ENVIRONMENT of the audited API)
#   API_DLL=src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll
#   PG_BIN=/usr/lib/postgresql/15/bin (psql comes from there, else from PATH)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

TEST_DB_HOST="${TEST_DB_HOST:-127.0.0.1}"
TEST_DB_PORT="${TEST_DB_PORT:-5434}"
TEST_DB_USER="${TEST_DB_USER:-marketplace}"
TEST_DB_PASSWORD="${TEST_DB_PASSWORD:-marketplace}"
AUDIT_DB="${AUDIT_DB:-marketplace_audit}"
AUDIT_API_PORT="${AUDIT_API_PORT:-5081}"
AUDIT_START_TIMEOUT="${AUDIT_START_TIMEOUT:-90}"
AUDIT_ENVIRONMENT="${AUDIT_ENVIRONMENT:-Development}"
API_DLL="${API_DLL:-src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
AUDIT_DIR="tests/http-audit"
LOG_DIR="$REPO_ROOT/.data"
API_LOG="$LOG_DIR/audit-api.log"
BASE_URL="http://127.0.0.1:$AUDIT_API_PORT"

die() { echo "audit.sh: ERROR: $*" >&2; exit 1; }
log() { echo "audit.sh: $*" >&2; }

command -v node >/dev/null || die "node is not installed (Node 18+ is needed for the HTTP audit)"
command -v npm >/dev/null || die "npm is not installed"
command -v dotnet >/dev/null || die "dotnet is not installed"
[[ -f "$API_DLL" ]] || die "$API_DLL not found: build the API first (dotnet build -c Release src/Marketplace.Api, or use 'make audit')"
[[ "$AUDIT_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "AUDIT_DB must be a plain lower-case identifier"
if [[ -x "$PG_BIN/psql" ]]; then PSQL="$PG_BIN/psql"; else PSQL="$(command -v psql)" || die "psql not found"; fi

# 1. node dependencies of the audit runner
if [[ ! -d "$AUDIT_DIR/node_modules" || "$AUDIT_DIR/package-lock.json" -nt "$AUDIT_DIR/node_modules/.package-lock.json" ]]; then
  log "npm ci in $AUDIT_DIR"
  (cd "$AUDIT_DIR" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 2. a fresh database
log "recreating database $AUDIT_DB on $TEST_DB_HOST:$TEST_DB_PORT"
PGPASSWORD="$TEST_DB_PASSWORD" "$PSQL" -X -q -v ON_ERROR_STOP=1 \
  -h "$TEST_DB_HOST" -p "$TEST_DB_PORT" -U "$TEST_DB_USER" -d postgres \
  -c "SET client_min_messages = warning" \
  -c "DROP DATABASE IF EXISTS $AUDIT_DB WITH (FORCE)" \
  -c "CREATE DATABASE $AUDIT_DB" \
  || die "cannot recreate $AUDIT_DB (is the test database running? scripts/db.sh start test $TEST_DB_PORT)"

export ConnectionStrings__Marketplace="Host=$TEST_DB_HOST;Port=$TEST_DB_PORT;Database=$AUDIT_DB;Username=$TEST_DB_USER;Password=$TEST_DB_PASSWORD"
export ASPNETCORE_ENVIRONMENT="$AUDIT_ENVIRONMENT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# 3. migrations + demo data
log "dotnet $API_DLL migrate --seed-demo"
dotnet "$API_DLL" migrate --seed-demo || die "'migrate --seed-demo' failed"

# 4. two API instances on the database, in the background, stopped on any exit: the audit uses
#    the first; the graphql-ws peer subscribes on the second and changes things through the first.
mkdir -p "$LOG_DIR"
source "$REPO_ROOT/scripts/api-process.sh"
trap api_stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SECOND_URL="http://127.0.0.1:$((AUDIT_API_PORT + 1))"
READY='/readyz'  # the database reachable, migrated, and the change feed listening
api_start "$BASE_URL" "$READY" "$API_LOG" "$AUDIT_START_TIMEOUT"
api_start "$SECOND_URL" "$READY" "$LOG_DIR/audit-api-2.log" "$AUDIT_START_TIMEOUT"

# 5. the audit, then the graphql-ws peer across the two instances
rc=0
node "$AUDIT_DIR/run-audit.mjs" "$BASE_URL/graphql" || rc=$?
if (( rc != 0 )); then
  log "audit failed (exit $rc); API log: $API_LOG"
fi
rc_ws=0
node "$AUDIT_DIR/ws-peer.mjs" "$BASE_URL/graphql" "$SECOND_URL/graphql" || rc_ws=$?
if (( rc_ws != 0 )); then
  log "graphql-ws peer failed (exit $rc_ws); API logs: $API_LOG, $LOG_DIR/audit-api-2.log"
fi
exit $(( rc != 0 ? rc : rc_ws ))
