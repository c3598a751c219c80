#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback for skytally's storage tests.
#
# Idempotent: installs Debian's postgresql package when missing, initialises a
# cluster once in $PGDATA_DIR, starts it if it is not running, creates the test
# database, and prints the SQLAlchemy URL on stdout (everything else goes to stderr):
#
#   export SKYTALLY_TEST_PG_URL=$(bash scripts/start-postgres.sh)
#
# Runs the server as the unprivileged `postgres` user when started as root
# (PostgreSQL refuses to run as root). Trust authentication, loopback only.
set -euo pipefail

PORT="${SKYTALLY_PG_PORT:-54329}"
DATA="${SKYTALLY_PG_DATA:-/tmp/skytally-pg-$PORT}"
DB="${SKYTALLY_PG_DB:-skytally_test}"
USER_NAME="${SKYTALLY_PG_USER:-skytally}"

log() { echo "start-postgres: $*" >&2; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

if [ -z "$(pg_bin)" ]; then
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
BIN=$(pg_bin)

# Who runs the server: ourselves unless we are root.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    as_server() { su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; }
else
    as_server() { "$@"; }
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
    log "initialising a cluster in $DATA"
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    chmod 700 "$DATA"
    as_server "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2 \
        || as_server "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C >&2
fi

if ! as_server "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "starting on 127.0.0.1:$PORT"
    # fsync off: a throwaway test cluster, speed matters more than durability.
    as_server "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2
fi

psql_admin() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" ]; then
    psql_admin "CREATE ROLE $USER_NAME LOGIN SUPERUSER" >&2
fi
if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
    psql_admin "CREATE DATABASE $DB OWNER $USER_NAME" >&2
fi

echo "postgresql+psycopg://$USER_NAME@127.0.0.1:$PORT/$DB"
