#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on a free loopback port for the tests and prints
# "export ASYLON_TEST_POSTGRES_URL=..." (eval the output). Installs Debian's postgresql if missing.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  # the package may fail to start its own cluster where no init system runs; we start our own below
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } >&2 || true
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "PostgreSQL could not be installed" >&2; exit 1; }
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)
DIR=$(mktemp -d /tmp/asylon-pg.XXXXXX)
chown postgres "$DIR"
RUN="su postgres -s /bin/sh -c"
$RUN "$BIN/initdb -D $DIR/data -A trust -U postgres -E UTF8 --no-locale" >/dev/null
$RUN "$BIN/pg_ctl -D $DIR/data -l $DIR/server.log -o \"-p $PORT -k $DIR -c listen_addresses=127.0.0.1\" -w start" >/dev/null
$RUN "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc \"CREATE USER asylon PASSWORD 'asylon-test'\"" >/dev/null
$RUN "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc \"CREATE DATABASE asylon OWNER asylon\"" >/dev/null
echo "export ASYLON_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$PORT/asylon?user=asylon&password=asylon-test'"
echo "export ASYLON_TEST_POSTGRES_STOP='su postgres -s /bin/sh -c \"$BIN/pg_ctl -D $DIR/data -m fast stop\"'"
