# Marketplace — build, run and test.   `make help` lists the targets.
#
# Local PostgreSQL 15 + PostGIS clusters live in .data/ (see scripts/db.sh):
#   "run"  on 127.0.0.1:$(DB_PORT)       used by `make run`
#   "test" on 127.0.0.1:$(TEST_DB_PORT)  used by `make test` / `make audit`
# Override any variable on the command line, e.g. `make run API_PORT=6000 DB_PORT=6543`,
# or `make run CONNECTION_STRING="Host=db.example;Port=5432;Database=marketplace;Username=u;Password=p"`
# to use an existing PostgreSQL/PostGIS server instead of the local cluster.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# ---- settings -----------------------------------------------------------------------
CONFIGURATION  ?= Release
SOLUTION       ?= Marketplace.sln
API_PROJECT    ?= src/Marketplace.Api
API_DLL        ?= $(API_PROJECT)/bin/$(CONFIGURATION)/net10.0/Marketplace.Api.dll
MIGRATIONS_PROJECT ?= src/Marketplace.Core

API_HOST       ?= 127.0.0.1
API_PORT       ?= 5080
DB_PORT        ?= 5433
TEST_DB_PORT   ?= 5434
AUDIT_API_PORT ?= 5081
# First ports tried by the web client's end-to-end tests (the next free ones are taken).
E2E_DB_PORT    ?= $(shell echo $$(( $(TEST_DB_PORT) + 20 )))
E2E_API_PORT   ?= $(shell echo $$(( $(AUDIT_API_PORT) + 20 )))
ASPNETCORE_ENVIRONMENT ?= Development

# Connection string of `make run`; empty means the local "run" cluster.
CONNECTION_STRING ?=
LOCAL_RUN_DB := Host=127.0.0.1;Port=$(DB_PORT);Database=marketplace;Username=marketplace;Password=marketplace
RUN_DB        = $(if $(strip $(CONNECTION_STRING)),$(CONNECTION_STRING),$(LOCAL_RUN_DB))
# Server-level connection string the test suite creates its databases through.
TEST_DB       ?= Host=127.0.0.1;Port=$(TEST_DB_PORT);Username=marketplace;Password=marketplace;Database=postgres

# The local "run" cluster is started only when no CONNECTION_STRING is given.
RUN_DB_PREREQ := $(if $(strip $(CONNECTION_STRING)),,db-run)

export DOTNET_NOLOGO := 1
export DOTNET_CLI_TELEMETRY_OPTOUT := 1

.PHONY: help run stop test test-dotnet audit schema bench spreadsheet-check build build-all web test-web \
        postgis db-run db-test db-status tools migration clean-data

help: ## Show this help
	@echo "Marketplace — make targets:"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort \
	  | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'
	@echo
	@echo "Variables (make VAR=value): API_PORT=$(API_PORT) DB_PORT=$(DB_PORT) TEST_DB_PORT=$(TEST_DB_PORT)"
	@echo "  AUDIT_API_PORT=$(AUDIT_API_PORT) ASPNETCORE_ENVIRONMENT=$(ASPNETCORE_ENVIRONMENT) CONNECTION_STRING=<use an existing server>"
	@echo "  FILTER=<dotnet test --filter expression, for test-dotnet/test>"

# ---- run ----------------------------------------------------------------------------
run: $(RUN_DB_PREREQ) build web ## Build the API and the web client, migrate + seed demo data, serve on http://127.0.0.1:5080/ (API_PORT)
	@scripts/api.sh check
	ConnectionStrings__Marketplace='$(RUN_DB)' ASPNETCORE_ENVIRONMENT='$(ASPNETCORE_ENVIRONMENT)' \
	  dotnet '$(API_DLL)' migrate --seed-demo
	ASPNETCORE_URLS='http://$(API_HOST):$(API_PORT)' \
	ConnectionStrings__Marketplace='$(RUN_DB)' \
	ASPNETCORE_ENVIRONMENT='$(ASPNETCORE_ENVIRONMENT)' \
	API_DLL='$(API_DLL)' \
	  scripts/api.sh serve

stop: ## Stop the API started by `make run` and both local PostgreSQL clusters
	scripts/api.sh stop
	scripts/db.sh stop run
	scripts/db.sh stop test
	scripts/db.sh stop e2e

# ---- test ---------------------------------------------------------------------------
test: db-test ## Build, run all tests (xUnit against PostgreSQL), the HTTP audit and the web client's tests (Vitest, e2e)
	MARKETPLACE_TEST_DB='$(TEST_DB)' TEST_DB_PORT='$(TEST_DB_PORT)' AUDIT_API_PORT='$(AUDIT_API_PORT)' \
	E2E_DB_PORT='$(E2E_DB_PORT)' E2E_API_PORT='$(E2E_API_PORT)' \
	FILTER='$(FILTER)' SOLUTION='$(SOLUTION)' API_DLL='$(API_DLL)' \
	  scripts/test.sh

test-dotnet: db-test ## Build and run the xUnit tests only (FILTER=... to select)
	MARKETPLACE_TEST_DB='$(TEST_DB)' FILTER='$(FILTER)' SOLUTION='$(SOLUTION)' SKIP_AUDIT=1 \
	  scripts/test.sh

audit: db-test build ## GraphQL-over-HTTP audit (graphql-http) against a freshly seeded API
	TEST_DB_PORT='$(TEST_DB_PORT)' AUDIT_API_PORT='$(AUDIT_API_PORT)' API_DLL='$(API_DLL)' \
	  scripts/audit.sh

# ---- schema, bench ------------------------------------------------------------------
schema: build ## Regenerate schema/marketplace.graphql from the code (no database needed)
	@mkdir -p schema
	dotnet '$(API_DLL)' print-schema > schema/marketplace.graphql.tmp
	mv schema/marketplace.graphql.tmp schema/marketplace.graphql
	@echo "wrote schema/marketplace.graphql"

bench: ## City-scale benchmark: the matching queries (raw SQL, pgbench, the API) and the office's aggregates (cluster "bench", port 5435)
	scripts/bench.sh   # settings: BENCH_DB_PORT BENCH_API_PORT BENCH_SECONDS BENCH_REQUESTS BENCH_SCALE (see the script)

spreadsheet-check: ## With `make run` serving: LibreOffice opens the needs-ledger XLSX and shows the CSV's cells, Chinese intact
	scripts/spreadsheet-check.sh 'http://127.0.0.1:$(API_PORT)'

# ---- building blocks ----------------------------------------------------------------
build: ## Build the API (Release)
	dotnet build -c '$(CONFIGURATION)' '$(API_PROJECT)'

web: ## Build the web client into web-client/dist (npm ci when needed, codegen, vite build)
	scripts/web.sh build

test-web: ## The web client's Vitest tests and end-to-end journeys (builds the API first)
	dotnet build -c '$(CONFIGURATION)' '$(API_PROJECT)'
	scripts/web.sh test
	E2E_DB_PORT='$(E2E_DB_PORT)' E2E_API_PORT='$(E2E_API_PORT)' API_DLL='$(API_DLL)' scripts/e2e.sh

build-all: ## Build the whole solution (Release)
	dotnet build -c '$(CONFIGURATION)' '$(SOLUTION)'

postgis:
	scripts/ensure-postgis.sh

db-run: postgis ## Start the local "run" PostgreSQL cluster (port DB_PORT)
	scripts/db.sh start run '$(DB_PORT)'

db-test: postgis ## Start the local "test" PostgreSQL cluster (port TEST_DB_PORT)
	scripts/db.sh start test '$(TEST_DB_PORT)'

db-status: ## Show the state of both local clusters
	@scripts/db.sh status run || true
	@scripts/db.sh status test || true

tools: ## Restore the local dotnet tools (dotnet-ef)
	dotnet tool restore

migration: tools ## Add an EF Core migration: make migration NAME=AddSomething
	@test -n '$(NAME)' || { echo "usage: make migration NAME=<MigrationName>" >&2; exit 2; }
	dotnet ef migrations add '$(NAME)' --project '$(MIGRATIONS_PROJECT)' --startup-project '$(API_PROJECT)'

clean-data: stop ## Stop everything and delete the local clusters and logs in .data/
	scripts/db.sh destroy run
	scripts/db.sh destroy test
	rm -rf .data
