#!/usr/bin/env bash
# Local PostgreSQL 15 (+ PostGIS) clusters for development and tests.
#
#   scripts/db.sh start   <name> <port>   initdb if needed, start if stopped, wait until ready,
#                                         ensure role+database "marketplace" (idempotent)
#   scripts/db.sh stop    <name>          fast shutdown (no-op when not running)
#   scripts/db.sh status  <name>          exit 0 when running, 3 when not
#   scripts/db.sh psql    <name> [args]   psql as the bootstrap superuser over the unix socket
#   scripts/db.sh destroy <name>          stop and delete the cluster's files
#
# Layout (per cluster, <dir> = .data/<name> in the repo, git-ignored):
#   <dir>/pgdata/          PGDATA
#   <dir>/run/             unix socket directory (nothing goes to /var/run)
#   <dir>/postgres.log     server log (its tail is printed when start fails)
#
# The server listens on 127.0.0.1:<port> only. Role "marketplace" / password "marketplace"
# is a SUPERUSER (migrations CREATE EXTENSION postgis/btree_gist; tests create and drop
# databases); database "marketplace" is owned by it. TCP connections need a password
# (scram-sha-256); unix-socket connections are trusted (the socket directory is private
# to the cluster owner).
#
# Cluster owner: initdb refuses to run as root, so when this script runs as root the
# cluster belongs to the "postgres" system user (initdb/pg_ctl run through runuser/su);
# otherwise it belongs to the calling user.
#
# Location fallback: the postgres user must be able to traverse every parent of
# .data/<name>, and the socket path must fit in 107 bytes. When that is not the case
# (e.g. the repo lives under /root, mode 700), the cluster is kept in
#   /var/tmp/marketplace-<12 hex of sha256(repo path)>/<name>
# and .data/<name> is a symlink to it.
#
# Settings: shared_buffers=256MB, max_connections=200, TimeZone=UTC. The cluster named
# "test" (or any cluster when DB_FAST=1) also runs with fsync=off,
# synchronous_commit=off, full_page_writes=off: fast, but not crash-safe.
#
# Environment: PG_BIN (default /usr/lib/postgresql/15/bin), DB_FAST=1, DB_START_TIMEOUT (s, default 60).
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
START_TIMEOUT="${DB_START_TIMEOUT:-60}"
APP_ROLE=marketplace
APP_PASSWORD=marketplace
APP_DB=marketplace
BOOT_SUPERUSER=postgres

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd -P)"
DATA_ROOT="$REPO_ROOT/.data"

die() { echo "db.sh: ERROR: $*" >&2; exit 1; }
log() { echo "db.sh: $*" >&2; }

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# ---------------------------------------------------------------------------
# who owns the cluster

if [[ "$(id -u)" -eq 0 ]]; then
  OWNER=postgres
  id "$OWNER" >/dev/null 2>&1 || die "running as root but there is no 'postgres' system user (install postgresql-15, see scripts/ensure-postgis.sh)"
else
  OWNER="$(id -un)"
fi

# Run a command as the cluster owner, from / so that an unreadable cwd does not matter.
# fd 9 (the cluster lock) is closed so that a started server does not inherit the lock.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then
      (cd / && runuser -u "$OWNER" -- "$@") 9>&-
    else
      local cmd; printf -v cmd '%q ' "$@"
      (cd / && su "$OWNER" -s /bin/sh -c "$cmd") 9>&-
    fi
  else
    (cd / && "$@") 9>&-
  fi
}

# ---------------------------------------------------------------------------
# where the cluster lives

validate_name() {
  [[ "${1:-}" =~ ^[A-Za-z0-9_-]+$ ]] || die "cluster name must match [A-Za-z0-9_-]+ (got '${1:-}')"
}

validate_port() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && (( $1 >= 1024 && $1 <= 65535 )) || die "port must be a number in 1024..65535 (got '${1:-}')"
}

fallback_dir() {
  local hash
  hash="$(printf '%s' "$REPO_ROOT" | sha256sum | cut -c1-12)"
  echo "/var/tmp/marketplace-$hash/$1"
}

# Prints the (physical) cluster directory for <name>; with "create", makes it exist,
# owned by the cluster owner and reachable by it.
cluster_dir() {
  local name="$1" mode="${2:-}" link="$DATA_ROOT/$1"

  if [[ -L "$link" ]]; then
    local target; target="$(readlink "$link")"
    if [[ "$mode" == create && ! -d "$target" ]]; then
      prepare_dir "$target"
    fi
    echo "$target"
    return
  fi
  if [[ -d "$link" || "$mode" != create ]]; then
    echo "$link"
    return
  fi

  # New cluster: prefer .data/<name>, fall back to /var/tmp when unusable.
  if [[ ! -d "$DATA_ROOT" ]]; then
    mkdir -p "$DATA_ROOT"
    chmod 755 "$DATA_ROOT"
  fi
  local sock_path="$link/run/.s.PGSQL.65535"
  if (( ${#sock_path} > 100 )); then
    log "socket path under $DATA_ROOT would be too long (${#sock_path} bytes); using the fallback location"
  elif [[ "$(id -u)" -ne 0 ]] || as_owner test -x "$DATA_ROOT" 2>/dev/null; then
    prepare_dir "$link"
    if as_owner test -w "$link" 2>/dev/null; then
      echo "$link"
      return
    fi
    rmdir "$link" 2>/dev/null || true
    log "$link is not writable by '$OWNER'; using the fallback location"
  else
    log "user '$OWNER' cannot traverse the parents of $DATA_ROOT; using the fallback location"
  fi

  local fb; fb="$(fallback_dir "$name")"
  mkdir -p "$(dirname "$fb")"
  chmod 755 "$(dirname "$fb")"
  prepare_dir "$fb"
  as_owner test -w "$fb" || die "cannot make a cluster directory usable by '$OWNER' (tried $link and $fb)"
  ln -sfn "$fb" "$link"
  log "cluster '$name' lives in $fb ($link is a symlink to it)"
  echo "$fb"
}

prepare_dir() {
  mkdir -p "$1"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown "$OWNER:" "$1"
  fi
  chmod 700 "$1"
}

# ---------------------------------------------------------------------------
# cluster operations

settings_for() {
  local name="$1" port="$2" dir="$3"
  cat <<EOF
# Written by scripts/db.sh on every start; edits here are overwritten.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
unix_socket_permissions = 0700
max_connections = 200
shared_buffers = 256MB
work_mem = 16MB
maintenance_work_mem = 128MB
effective_cache_size = 1GB
max_wal_size = 2GB
timezone = 'UTC'
log_timezone = 'UTC'
log_line_prefix = '%m [%p] %q%u@%d '
log_min_messages = warning
log_min_error_statement = error
EOF
  if [[ "$name" == bench ]]; then
    cat <<'EOF'
# bench cluster: the city's 0.7 GB fits in PostgreSQL's own cache, as on a database server sized
# for it (a quarter of this machine's 24 GB would be 6 GB); 256 MB left the measured queries
# reading pages through the kernel, each read a system call.
shared_buffers = 1GB
effective_cache_size = 4GB
EOF
  fi
  if [[ "$name" == test || "${DB_FAST:-0}" == 1 ]]; then
    cat <<'EOF'
# test cluster: durability traded for speed (data may be lost on a crash)
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
}

is_running() { # <dir>
  [[ -f "$1/pgdata/PG_VERSION" ]] && as_owner "$PG_BIN/pg_ctl" -D "$1/pgdata" status >/dev/null 2>&1
}

running_port() { # <dir>: port line of postmaster.pid
  sed -n '4p' "$1/pgdata/postmaster.pid" 2>/dev/null || true
}

print_log_tail() {
  local logf="$1/postgres.log"
  if [[ -f "$logf" ]]; then
    echo "---- last 40 lines of $logf ----" >&2
    tail -n 40 "$logf" >&2 || true
    echo "----" >&2
  fi
}

boot_psql() { # <dir> <port> psql-args...
  local dir="$1" port="$2"; shift 2
  as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -p "$port" -U "$BOOT_SUPERUSER" -d postgres "$@"
}

initdb_cluster() { # <dir>
  local dir="$1" locale=C
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
  log "initdb in $dir/pgdata (owner $OWNER, locale $locale)"
  as_owner mkdir -p "$dir/run"
  as_owner chmod 700 "$dir/run"
  if ! as_owner "$PG_BIN/initdb" -D "$dir/pgdata" -U "$BOOT_SUPERUSER" -E UTF8 --locale="$locale" \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    die "initdb failed (log above, also in $dir/initdb.log)"
  fi
  # Our settings go in an included file that is rewritten on every start.
  as_owner sh -c "printf '\n# Marketplace settings (scripts/db.sh)\ninclude_if_exists = '\''marketplace.conf'\''\n' >> '$dir/pgdata/postgresql.conf'"
  # Only IPv4 loopback over TCP; unix socket trusted (private directory).
  as_owner sh -c "cat > '$dir/pgdata/pg_hba.conf'" <<'EOF'
# Written by scripts/db.sh
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   scram-sha-256
EOF
}

cmd_start() {
  local name="$1" port="$2" dir
  validate_name "$name"; validate_port "$port"
  [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] || die "PostgreSQL binaries not found in $PG_BIN (run scripts/ensure-postgis.sh, or set PG_BIN)"

  mkdir -p "$DATA_ROOT"
  exec 9>"$DATA_ROOT/.$name.lock"
  flock -w 120 9 || die "another 'db.sh' is busy with cluster '$name' (lock $DATA_ROOT/.$name.lock)"

  dir="$(cluster_dir "$name" create)"
  if [[ ! -f "$dir/pgdata/PG_VERSION" ]]; then
    if [[ -d "$dir/pgdata" ]]; then
      as_owner rm -rf "$dir/pgdata"   # half-made by an interrupted initdb
    fi
    initdb_cluster "$dir"
  fi

  local conf="$dir/pgdata/marketplace.conf" new changed=0
  new="$(settings_for "$name" "$port" "$dir")"
  if [[ "$(as_owner cat "$conf" 2>/dev/null || true)" != "$new" ]]; then
    printf '%s\n' "$new" | as_owner sh -c "cat > '$conf'"
    changed=1
  fi

  if is_running "$dir"; then
    if (( changed )); then
      log "settings of cluster '$name' changed (port was $(running_port "$dir")); restarting"
      if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -m fast -w -t "$START_TIMEOUT" restart >/dev/null; then
        print_log_tail "$dir"; die "restart of cluster '$name' failed"
      fi
    fi
  else
    log "starting cluster '$name' on 127.0.0.1:$port ($dir)"
    if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t "$START_TIMEOUT" start >/dev/null; then
      print_log_tail "$dir"
      die "cluster '$name' did not start (is port $port taken by another server?)"
    fi
  fi

  local waited=0
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; do
    if (( waited >= START_TIMEOUT )); then
      print_log_tail "$dir"; die "cluster '$name' is not accepting connections on 127.0.0.1:$port after ${START_TIMEOUT}s"
    fi
    sleep 1; waited=$((waited + 1))
  done

  if ! boot_psql "$dir" "$port" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN
    CREATE ROLE $APP_ROLE LOGIN SUPERUSER PASSWORD '$APP_PASSWORD';
  ELSE
    ALTER ROLE $APP_ROLE LOGIN SUPERUSER PASSWORD '$APP_PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $APP_DB OWNER $APP_ROLE'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$APP_DB')
\gexec
SQL
  then
    print_log_tail "$dir"; die "could not create role/database '$APP_ROLE' in cluster '$name'"
  fi
  log "cluster '$name' ready: Host=127.0.0.1;Port=$port;Database=$APP_DB;Username=$APP_ROLE;Password=$APP_PASSWORD"
}

cmd_stop() {
  local name="$1" dir
  validate_name "$name"
  dir="$(cluster_dir "$name")"
  if ! is_running "$dir"; then
    log "cluster '$name' is not running"
    return 0
  fi
  if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m fast -w -t "$START_TIMEOUT" stop >/dev/null; then
    print_log_tail "$dir"; die "could not stop cluster '$name'"
  fi
  log "cluster '$name' stopped"
}

cmd_status() {
  local name="$1" dir
  validate_name "$name"
  dir="$(cluster_dir "$name")"
  if [[ ! -f "$dir/pgdata/PG_VERSION" ]]; then
    echo "cluster '$name': not initialised ($DATA_ROOT/$name)"
    return 3
  fi
  if is_running "$dir"; then
    echo "cluster '$name': running on 127.0.0.1:$(running_port "$dir"), data $dir/pgdata, owner $OWNER"
    return 0
  fi
  echo "cluster '$name': stopped, data $dir/pgdata"
  return 3
}

cmd_psql() {
  local name="$1" dir; shift
  validate_name "$name"
  dir="$(cluster_dir "$name")"
  is_running "$dir" || die "cluster '$name' is not running"
  as_owner "$PG_BIN/psql" -X -h "$dir/run" -p "$(running_port "$dir")" -U "$BOOT_SUPERUSER" -d "$APP_DB" "$@"
}

cmd_destroy() {
  local name="$1" dir
  validate_name "$name"
  cmd_stop "$name"
  dir="$(cluster_dir "$name")"
  if [[ -L "$DATA_ROOT/$name" ]]; then
    rm -rf -- "$dir"
    rm -f -- "$DATA_ROOT/$name"
    rmdir -- "$(dirname "$dir")" 2>/dev/null || true
  else
    rm -rf -- "$DATA_ROOT/$name"
  fi
  rm -f -- "$DATA_ROOT/.$name.lock"
  log "cluster '$name' destroyed"
}

case "${1:-}" in
  start)   [[ $# -eq 3 ]] || usage; cmd_start "$2" "$3" ;;
  stop)    [[ $# -eq 2 ]] || usage; cmd_stop "$2" ;;
  status)  [[ $# -eq 2 ]] || usage; cmd_status "$2" ;;
  psql)    [[ $# -ge 2 ]] || usage; cmd_psql "${@:2}" ;;
  destroy) [[ $# -eq 2 ]] || usage; cmd_destroy "$2" ;;
  *) usage ;;
esac
