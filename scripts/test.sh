#!/usr/bin/env bash
# The whole test run used by `make test` (and so by CI):
#   1. dotnet build Marketplace.sln -c Release         (stops here on a compile error)
#   2. dotnet test  Marketplace.sln -c Release --no-build, with MARKETPLACE_TEST_DB set
#   3. scripts/audit.sh (GraphQL-over-HTTP audit)        (runs even when step 2 failed)
#   4. scripts/web.sh test (the web client's Vitest tests)
#   5. scripts/e2e.sh (the web client's end-to-end journeys, chromium against a seeded API)
# then prints the counts and a closing "total: N passed, N failed, N skipped" line.
# Exit code: 0 only when both the tests and the audit passed.
#
# Expects the test PostgreSQL cluster to be running (`make test` starts it).
#
# Environment (defaults):
#   MARKETPLACE_TEST_DB="Host=127.0.0.1;Port=5434;Username=marketplace;Password=marketplace;Database=postgres"
#   FILTER=              dotnet test --filter expression (the audit is skipped when set)
#   SKIP_AUDIT=0         1 skips step 3
#   SKIP_WEB=0           1 skips steps 4 and 5 (also skipped when FILTER is set)
#   E2E_DB_PORT, E2E_API_PORT  first ports tried by the end-to-end tests (see scripts/e2e.sh)
#   TEST_HANG_TIMEOUT=20m  a test host hanging longer than this is killed (--blame-hang-timeout)
#   DOTNET_TEST_ARGS=    extra arguments for dotnet test
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

export MARKETPLACE_TEST_DB="${MARKETPLACE_TEST_DB:-Host=127.0.0.1;Port=5434;Username=marketplace;Password=marketplace;Database=postgres}"
# On CI a missing snapshot fails the test instead of being written as the new truth.
export SNAPSHOOTER_STRICT_MODE="${SNAPSHOOTER_STRICT_MODE:-${CI:-false}}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
SOLUTION="${SOLUTION:-Marketplace.sln}"
FILTER="${FILTER:-}"
SKIP_AUDIT="${SKIP_AUDIT:-0}"
SKIP_WEB="${SKIP_WEB:-0}"
TEST_HANG_TIMEOUT="${TEST_HANG_TIMEOUT:-20m}"
LOG_DIR="$REPO_ROOT/.data"
mkdir -p "$LOG_DIR"
TEST_LOG="$LOG_DIR/test-dotnet.log"
AUDIT_LOG="$LOG_DIR/test-audit.log"
WEB_LOG="$LOG_DIR/test-web.log"

log() { echo "test.sh: $*" >&2; }

log "dotnet build $SOLUTION -c Release"
if ! dotnet build "$SOLUTION" -c Release -nologo; then
  log "build FAILED"
  exit 1
fi

test_args=("$SOLUTION" -c Release --no-build --nologo
           --blame-hang-timeout "$TEST_HANG_TIMEOUT" --blame-hang-dump-type none)
[[ -n "$FILTER" ]] && test_args+=(--filter "$FILTER")
# shellcheck disable=SC2206
[[ -n "${DOTNET_TEST_ARGS:-}" ]] && test_args+=($DOTNET_TEST_ARGS)

log "dotnet test ${test_args[*]}  (MARKETPLACE_TEST_DB=$MARKETPLACE_TEST_DB)"
dotnet test "${test_args[@]}" 2>&1 | tee "$TEST_LOG"
rc_tests=${PIPESTATUS[0]}

rc_audit=0
ran_audit=0
if [[ "$SKIP_AUDIT" != 1 && -z "$FILTER" ]]; then
  ran_audit=1
  "$REPO_ROOT/scripts/audit.sh" 2>&1 | tee "$AUDIT_LOG"
  rc_audit=${PIPESTATUS[0]}
fi

rc_web=0
ran_web=0
if [[ "$SKIP_WEB" != 1 && -z "$FILTER" ]]; then
  ran_web=1
  : >"$WEB_LOG"
  "$REPO_ROOT/scripts/web.sh" test 2>&1 | tee -a "$WEB_LOG" || rc_web=1
  "$REPO_ROOT/scripts/e2e.sh" 2>&1 | tee -a "$WEB_LOG" || rc_web=1
fi

# ---- counts ------------------------------------------------------------------------
# VSTest summary lines, one per test assembly:
#   "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: ..."
t_passed=0 t_failed=0 t_skipped=0 t_found=0
while IFS=' ' read -r f p s; do
  t_failed=$((t_failed + f)); t_passed=$((t_passed + p)); t_skipped=$((t_skipped + s)); t_found=1
done < <(sed -nE 's/.*Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+),.*/\1 \2 \3/p' "$TEST_LOG")
# Terminal-logger / testing-platform style: "... total: 12, failed: 0, succeeded: 12, skipped: 0 ..."
if (( ! t_found )); then
  line="$(grep -iE 'total:[[:space:]]*[0-9]+,[[:space:]]*failed:[[:space:]]*[0-9]+,[[:space:]]*succeeded:[[:space:]]*[0-9]+,[[:space:]]*skipped:[[:space:]]*[0-9]+' "$TEST_LOG" | tail -n 1 || true)"
  if [[ -n "$line" ]]; then
    t_failed="$(sed -nE 's/.*failed:[[:space:]]*([0-9]+).*/\1/Ip' <<<"$line")"
    t_passed="$(sed -nE 's/.*succeeded:[[:space:]]*([0-9]+).*/\1/Ip' <<<"$line")"
    t_skipped="$(sed -nE 's/.*skipped:[[:space:]]*([0-9]+).*/\1/Ip' <<<"$line")"
    t_found=1
  fi
fi

a_passed=0 a_failed=0
if (( ran_audit )); then
  read -r a_passed a_failed < <(sed -nE 's/^audit: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$AUDIT_LOG" | tail -n 1) || true
  read -r w_passed w_failed < <(sed -nE 's/^ws peer: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$AUDIT_LOG" | tail -n 1) || true
  a_passed="${a_passed:-0}"; a_failed="${a_failed:-0}"; w_passed="${w_passed:-0}"; w_failed="${w_failed:-0}"
  echo_ws="graphql-ws peer: $w_passed passed, $w_failed failed"
  a_passed=$((a_passed + w_passed)); a_failed=$((a_failed + w_failed))
  # The audit never reached its summary (set-up failure): count it as one failure.
  if (( rc_audit != 0 && a_failed == 0 )); then a_failed=1; fi
fi

w_passed=0 w_failed=0
if (( ran_web )); then
  while read -r p f; do w_passed=$((w_passed + p)); w_failed=$((w_failed + f)); done \
    < <(sed -nE 's/^(vitest|e2e): ([0-9]+) passed, ([0-9]+) failed.*/\2 \3/p' "$WEB_LOG")
  if (( rc_web != 0 && w_failed == 0 )); then w_failed=1; fi
fi

echo
echo "==== test summary ===="
if (( t_found )); then
  echo "dotnet test: $t_passed passed, $t_failed failed, $t_skipped skipped (exit $rc_tests)"
else
  echo "dotnet test: no summary found in $TEST_LOG (exit $rc_tests)"
  # A failing run without a summary still counts as one failure.
  if (( rc_tests != 0 )); then t_failed=1; fi
fi
if (( ran_audit )); then
  echo "http audit + $echo_ws — together: $a_passed passed, $a_failed failed (exit $rc_audit)"
else
  echo "http audit:  skipped"
fi
if (( ran_web )); then
  grep -E '^(vitest|e2e): ' "$WEB_LOG" | sed 's/^/web client: /' || true
else
  echo "web client:  skipped"
fi
echo "total: $((t_passed + a_passed + w_passed)) passed, $((t_failed + a_failed + w_failed)) failed, $t_skipped skipped"

if (( rc_tests != 0 || rc_audit != 0 || rc_web != 0 )); then
  exit 1
fi
exit 0
