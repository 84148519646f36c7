#!/usr/bin/env bash
# `make bench`: the matching queries on a city-scale data set, as raw SQL and through the API.
#
#   scripts/bench.sh
#
# Steps (each bounded in time; everything on 127.0.0.1):
#   1. build the API and tests/Marketplace.Bench (Release)
#   2. start the dedicated cluster "bench" (scripts/db.sh start bench $BENCH_DB_PORT), drop and
#      create the database $BENCH_DB, apply the schema with `Marketplace.Api.dll migrate` (no demo data)
#   3. Marketplace.Bench generate   binary COPY of the city: 200,000 households, 1,000,000 needs,
#                                   2,000 organisations, 100,000 resources; indexes; VACUUM ANALYZE
#   4. Marketplace.Bench sql        EXPLAIN, one-client latency, pgbench with 2 clients
#   5. the API in the background (Development, http://127.0.0.1:$BENCH_API_PORT), then
#      Marketplace.Bench http       one-client latency and 4-client throughput of the GraphQL
#                                   queries, the API's peak working set
#   6. Marketplace.Bench report     the table of figures and the issue's targets
# The API is stopped and the bench cluster is stopped at the end, whatever happens (trap).
# Figures: .data/bench-results.json; the API's log: .data/bench-api.log.
#
# Environment (defaults): BENCH_DB_PORT=5435 BENCH_API_PORT=5082 BENCH_DB=marketplace_bench
#   BENCH_SECONDS=20 (each throughput run)  BENCH_REQUESTS=2000 (each one-client run)
#   BENCH_SCALE=1 (fraction of the city, for a quick try: 0.1)  BENCH_QUERIES= (API queries to run, comma-separated keys; all when empty)  PG_BIN=/usr/lib/postgresql/15/bin
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

BENCH_DB_PORT="${BENCH_DB_PORT:-5435}"
BENCH_API_PORT="${BENCH_API_PORT:-5082}"
BENCH_DB="${BENCH_DB:-marketplace_bench}"
BENCH_SECONDS="${BENCH_SECONDS:-20}"
BENCH_REQUESTS="${BENCH_REQUESTS:-2000}"
BENCH_SCALE="${BENCH_SCALE:-1}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
API_DLL=src/Marketplace.Api/bin/Release/net10.0/Marketplace.Api.dll
BENCH_DLL=tests/Marketplace.Bench/bin/Release/net10.0/Marketplace.Bench.dll
RESULTS="$REPO_ROOT/.data/bench-results.json"
API_LOG="$REPO_ROOT/.data/bench-api.log"
API_URL="http://127.0.0.1:$BENCH_API_PORT"

die() { echo "bench.sh: ERROR: $*" >&2; exit 1; }
log() { echo "bench.sh: $*" >&2; }

[[ "$BENCH_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export ConnectionStrings__Marketplace="Host=127.0.0.1;Port=$BENCH_DB_PORT;Database=$BENCH_DB;Username=marketplace;Password=marketplace"

source "$REPO_ROOT/scripts/api-process.sh"
cleanup() {
  api_stop_all
  scripts/db.sh stop bench || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Other work on the machine skews every figure: the report shows how busy it was before we started.
LOAD_BEFORE="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)"

bench() { # <step> [args]: one step of the harness, never longer than 15 minutes
  timeout 900 dotnet "$BENCH_DLL" "$@" --results "$RESULTS" --scale "$BENCH_SCALE" \
    --seconds "$BENCH_SECONDS" --requests "$BENCH_REQUESTS" --pgbench "$PG_BIN/pgbench"
}

# 1. build
log "building the API and the benchmark (Release)"
dotnet build -c Release --nologo -v quiet src/Marketplace.Api
dotnet build -c Release --nologo -v quiet tests/Marketplace.Bench

# 2. a fresh database on the dedicated cluster
scripts/ensure-postgis.sh
scripts/db.sh start bench "$BENCH_DB_PORT"
log "recreating database $BENCH_DB on 127.0.0.1:$BENCH_DB_PORT"
scripts/db.sh psql bench -q -v ON_ERROR_STOP=1 \
  -c "SET client_min_messages = warning" \
  -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" \
  -c "CREATE DATABASE $BENCH_DB OWNER marketplace"
log "applying the schema (migrate, without demo data)"
timeout 300 dotnet "$API_DLL" migrate >"$REPO_ROOT/.data/bench-migrate.log" 2>&1 \
  || { tail -n 40 "$REPO_ROOT/.data/bench-migrate.log" >&2; die "migrate failed"; }

# 3-4. data set and raw SQL
mkdir -p "$REPO_ROOT/.data"
rm -f "$RESULTS"
log "generating the data set"
bench generate --load-before "$LOAD_BEFORE"
log "raw SQL: plans, one-client latency, pgbench"
bench sql

# 5. through the API
export ASPNETCORE_ENVIRONMENT=Development
api_start "$API_URL" /healthz "$API_LOG" 60
log "HTTP: one-client latency, 4-client throughput, working set"
bench http --api "$API_URL" --api-pid "${API_PIDS[0]}" ${BENCH_QUERIES:+--queries "$BENCH_QUERIES"}
api_stop_all

# 6. the table
bench report
