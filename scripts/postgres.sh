#!/usr/bin/env bash
# Runs a throwaway PostgreSQL cluster from Debian's packages, without systemd.
#
#   scripts/postgres.sh start DIR PORT   initdb DIR if needed, start on 127.0.0.1:PORT (socket in DIR),
#                                        ensure role align/align and database align_test exist;
#                                        the last line of stdout is the database URL.
#   scripts/postgres.sh stop DIR         fast shutdown; no-op when not running.
#
# Log lines go to stderr so that `url=$(scripts/postgres.sh start ... | tail -n1)` works.
# As root, initdb/pg_ctl run as the `postgres` user and DIR is chowned to it; DIR's parent
# directories must be traversable by that user (anything under /tmp is).
set -euo pipefail

log() { echo "==> $*" >&2; }
die() { echo "error: $*" >&2; exit 1; }
usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}

# Highest versioned Debian bin folder, e.g. /usr/lib/postgresql/15/bin.
find_pg_bin() {
  local d best="" best_ver=-1 ver
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] || continue
    ver="$(basename "$(dirname "$d")")"
    ver="${ver%%.*}"
    [[ "$ver" =~ ^[0-9]+$ ]] || continue
    if [ "$ver" -gt "$best_ver" ]; then best_ver="$ver"; best="$d"; fi
  done
  if [ -z "$best" ] && command -v pg_ctl >/dev/null 2>&1; then
    best="$(dirname "$(command -v pg_ctl)")"
  fi
  [ -n "$best" ] || die "no PostgreSQL server binaries found (run scripts/install-test-deps.sh)"
  echo "$best"
}

# Run a server binary as the postgres user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

is_running() { # DIR
  [ -f "$1/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1
}

cmd="${1:-}"
case "$cmd" in
  start)
    [ $# -eq 3 ] || usage
    DIR="$2"; PORT="$3"
    [[ "$PORT" =~ ^[0-9]+$ ]] || die "PORT must be a number, got '$PORT'"
    PG_BIN="$(find_pg_bin)"
    mkdir -p "$DIR"
    DIR="$(cd "$DIR" && pwd)"
    log "PostgreSQL binaries: $PG_BIN"
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres:postgres "$DIR"
      chmod 700 "$DIR"
      runuser -u postgres -- test -r "$DIR" -a -w "$DIR" -a -x "$DIR" \
        || die "user postgres cannot reach $DIR (a parent directory is not traversable, e.g. a mktemp -d dir: pass that dir itself as DIR)"
    fi

    if [ -f "$DIR/PG_VERSION" ]; then
      log "Cluster already initialised in $DIR"
    else
      log "initdb $DIR"
      as_pg "$PG_BIN/initdb" -D "$DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --no-locale >&2
    fi

    if is_running "$DIR"; then
      log "PostgreSQL already running for $DIR"
    else
      log "Starting PostgreSQL on 127.0.0.1:$PORT (socket dir $DIR, log $DIR/server.log)"
      if ! as_pg "$PG_BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -c max_connections=500 -p $PORT -k $DIR" start >&2; then
        echo "---- $DIR/server.log ----" >&2
        cat "$DIR/server.log" >&2 || true
        die "PostgreSQL failed to start"
      fi
    fi

    psql_su() { "$PG_BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
    if [ "$(psql_su -c "select 1 from pg_roles where rolname = 'align'")" = "1" ]; then
      log "Role align exists"
    else
      log "Creating role align"
      psql_su -c "create role align with login createdb password 'align'" >&2
    fi
    if [ "$(psql_su -c "select 1 from pg_database where datname = 'align_test'")" = "1" ]; then
      log "Database align_test exists"
    else
      log "Creating database align_test owned by align"
      psql_su -c "create database align_test owner align" >&2
    fi
    echo "postgres://align:align@127.0.0.1:$PORT/align_test"
    ;;
  stop)
    [ $# -eq 2 ] || usage
    DIR="$2"
    if [ ! -f "$DIR/PG_VERSION" ]; then
      log "No PostgreSQL cluster in $DIR; nothing to stop"
      exit 0
    fi
    PG_BIN="$(find_pg_bin)"
    if is_running "$DIR"; then
      log "Stopping PostgreSQL in $DIR"
      as_pg "$PG_BIN/pg_ctl" -D "$DIR" -m fast -w stop >&2
    else
      log "PostgreSQL in $DIR is not running; nothing to stop"
    fi
    ;;
  *)
    usage
    ;;
esac
