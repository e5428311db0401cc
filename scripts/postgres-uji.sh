#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the database tests and prints its URL.
# Usage: eval "$(bash scripts/postgres-uji.sh start)"; ...; bash scripts/postgres-uji.sh stop
set -euo pipefail
PORT="${TERUKUR_PG_PORT:-55432}"
DIR="${TERUKUR_PG_DIR:-/tmp/terukur-pg-uji}"

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ]; then
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$d"
}

as_pg() {
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

case "${1:-start}" in
  start)
    BIN=$(pg_bin)
    if [ -f "$DIR/postmaster.pid" ]; then as_pg "$BIN/pg_ctl -D $DIR -m immediate stop" >&2 || true; fi
    rm -rf "$DIR" && mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres "$DIR"
    as_pg "$BIN/initdb -D $DIR -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >/dev/null
    as_pg "$BIN/pg_ctl -D $DIR -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $DIR/server.log -w start" >&2
    as_pg "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres terukur_uji"
    echo "export TERUKUR_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/terukur_uji"
    ;;
  stop)
    BIN=$(pg_bin)
    as_pg "$BIN/pg_ctl -D $DIR -m fast stop" >&2 || true
    ;;
esac
