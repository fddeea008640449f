#!/usr/bin/env bash
# A throw-away PostgreSQL owned by the 'postgres' OS user (initdb refuses root), for running the
# tests against Debian's server instead of the embedded one. Prints the variables to export:
#   eval "$(bash scripts/start-test-postgres.sh)" && mvn -B verify
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -q >&2
  apt-get install -y -q --no-upgrade postgresql postgresql-contrib >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d)
PGPORT=${PGPORT:-55432}
chown postgres:postgres "$PGDIR"
su postgres -c "$PGBIN/initdb -D $PGDIR/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >"$PGDIR/initdb.log"
su postgres -c "$PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/pg.log -w start -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off'" >&2
echo "export TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PGPORT/postgres TEST_PG_USER=postgres TEST_PG_DIR=$PGDIR"
