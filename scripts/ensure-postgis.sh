#!/usr/bin/env bash
# Makes sure PostgreSQL 15 and the PostGIS 3 extension for it are installed
# (Debian package postgresql-15-postgis-3, which pulls in postgresql-15).
#
#   scripts/ensure-postgis.sh
#
# Does nothing when /usr/share/postgresql/15/extension/postgis.control and the
# PostgreSQL 15 server binaries are present. Otherwise installs the package
# with apt-get, as root or through sudo (non-interactive), and fails with a
# clear message when neither is possible.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-15}"
PKG="postgresql-${PG_MAJOR}-postgis-3"
CONTROL="/usr/share/postgresql/${PG_MAJOR}/extension/postgis.control"
PG_BIN="/usr/lib/postgresql/${PG_MAJOR}/bin"

installed() {
  [[ -f "$CONTROL" && -x "$PG_BIN/postgres" && -x "$PG_BIN/initdb" ]]
}

if installed; then
  exit 0
fi

echo "ensure-postgis: $CONTROL or $PG_BIN/postgres is missing; installing $PKG ..." >&2

if [[ "$(id -u)" -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  cat >&2 <<MSG
ensure-postgis: ERROR: PostGIS for PostgreSQL ${PG_MAJOR} is not installed and this user
cannot install it (not root, and no password-less sudo).
Install it yourself, then re-run:
    sudo apt-get update && sudo apt-get install -y ${PKG}
Or point the Makefile at an existing PostgreSQL + PostGIS server:
    make run CONNECTION_STRING="Host=...;Port=...;Database=...;Username=...;Password=..."
MSG
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-postgis: ERROR: apt-get not found; this script supports Debian/Ubuntu only." >&2
  echo "Install PostgreSQL ${PG_MAJOR} with PostGIS 3 by other means (expected: $CONTROL)." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get update -q; then
  echo "ensure-postgis: ERROR: 'apt-get update' failed." >&2
  exit 1
fi
if ! "${SUDO[@]}" apt-get install -y -q --no-install-recommends "$PKG"; then
  echo "ensure-postgis: ERROR: 'apt-get install -y $PKG' failed." >&2
  exit 1
fi

if ! installed; then
  echo "ensure-postgis: ERROR: $PKG installed but $CONTROL or $PG_BIN/postgres is still missing." >&2
  exit 1
fi
echo "ensure-postgis: installed $PKG." >&2
