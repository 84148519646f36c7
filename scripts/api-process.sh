# Sourced (not run) by the scripts that run the API in the background: audit.sh, bench.sh, e2e.sh.
# Uses the caller's `die` and `log`, and $API_DLL. What api_start starts is in API_PIDS, and
# api_stop_all stops it: call it from the caller's EXIT trap.

API_PIDS=()

# http_status <url>: the status of a GET, or 000 when nothing answers
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 -H 'Accept: application/graphql-response+json, application/json' "$1" 2>/dev/null || true
}

# api_start <base url> <path that must answer 200> <log file> <seconds>: starts an instance
# (its environment is the caller's, ASPNETCORE_URLS aside) and waits until the path answers.
api_start() {
  local base_url="$1" ready_url="$1$2" api_log="$3" timeout="$4" pid status deadline
  if [[ "$(http_status "$base_url/healthz")" != 000 ]]; then
    die "something already answers on $base_url; stop it (make stop) or choose another port"
  fi
  log "starting the API on $base_url (log: $api_log)"
  ASPNETCORE_URLS="$base_url" dotnet "$API_DLL" >"$api_log" 2>&1 &
  pid=$!
  API_PIDS+=("$pid")
  deadline=$((SECONDS + timeout))
  while status="$(http_status "$ready_url")"; [[ "$status" != 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "---- $api_log ----" >&2; tail -n 80 "$api_log" >&2 || true; echo "----" >&2
      die "the API exited before answering"
    fi
    if (( SECONDS >= deadline )); then
      echo "---- $api_log ----" >&2; tail -n 80 "$api_log" >&2 || true; echo "----" >&2
      die "the API did not answer GET $ready_url with 200 within ${timeout}s (last status: $status)"
    fi
    sleep 1
  done
  log "API is up on $base_url"
}

# api_stop_all: TERM, up to 10 s to finish, then KILL
api_stop_all() {
  local pid
  for pid in "${API_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${API_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  API_PIDS=()
}
