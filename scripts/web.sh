#!/usr/bin/env bash
# The web client (web-client/): dependencies, build, unit tests.
#
#   scripts/web.sh deps    npm ci, when node_modules is missing or older than package-lock.json
#   scripts/web.sh build   deps, then codegen + type check + vite build into web-client/dist
#   scripts/web.sh test    deps, then the Vitest tests (prints "vitest: N passed, N failed")
#
# Needs Node.js 20.19+ and npm. Browsers are never downloaded (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1):
# the end-to-end tests (scripts/e2e.sh) drive Debian's chromium.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
WEB_DIR="$REPO_ROOT/web-client"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

die() { echo "web.sh: ERROR: $*" >&2; exit 1; }
log() { echo "web.sh: $*" >&2; }

cmd_deps() {
  command -v node >/dev/null || die "node is not installed (Node.js 20.19+ builds the web client)"
  command -v npm >/dev/null || die "npm is not installed"
  if [[ ! -d "$WEB_DIR/node_modules" || "$WEB_DIR/package-lock.json" -nt "$WEB_DIR/node_modules/.package-lock.json" ]]; then
    log "npm ci in web-client/"
    (cd "$WEB_DIR" && npm ci --loglevel=error)
  fi
}

cmd_build() {
  cmd_deps
  log "building the web client into web-client/dist"
  (cd "$WEB_DIR" && npm run --silent build)
}

cmd_test() {
  cmd_deps
  local log_file="$REPO_ROOT/.data/test-vitest.json" rc=0
  mkdir -p "$REPO_ROOT/.data"
  (cd "$WEB_DIR" && npm run --silent codegen >/dev/null && npx vitest run --reporter=default --reporter=json --outputFile.json="$log_file") || rc=$?
  node -e '
    const r = require(process.argv[1]);
    console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  ' "$log_file" 2>/dev/null || echo "vitest: 0 passed, 1 failed"
  return "$rc"
}

case "${1:-}" in
  deps) cmd_deps ;;
  build) cmd_build ;;
  test) cmd_test ;;
  *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
