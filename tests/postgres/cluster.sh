#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and soaks: its own temporary folder, a unix socket in that folder only
# (listen_addresses=''), no fsync. Nothing on the machine is touched besides that folder.
#
#   tests/postgres/cluster.sh start          prints the Npgsql connection string (Host=<folder>;Port=…;Username=postgres;Database=postgres)
#   tests/postgres/cluster.sh stop FOLDER    stops the cluster and deletes its folder (FOLDER may also be the connection string)
#
# CAREERBOT_PG_DURABLE=1 keeps fsync and synchronous commits on (as a real server has them), for measurements.
#
# initdb refuses to run as root, so as root the server runs as the `postgres` user; the folder is made theirs.
set -euo pipefail

die() { echo "postgres cluster: $*" >&2; exit 1; }

bindir() {
  local dir=""
  if command -v pg_config >/dev/null 2>&1; then dir=$(pg_config --bindir); fi
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    # Debian's packages: the newest installed major version.
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  if { [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "postgres cluster: no server binaries; installing Debian's postgresql" >&2
    (apt-get install -y postgresql >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y postgresql >/dev/null 2>&1; }) \
      || die "apt-get install -y postgresql failed"
    dir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || die "PostgreSQL server binaries not found (pg_config --bindir; apt-get install -y postgresql)"
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin folder port
  bin=$(bindir)
  folder=$(mktemp -d /tmp/careerbot-pg.XXXXXX)
  # The server's user must reach its socket folder, and everyone must reach the socket in it.
  chmod 755 "$folder"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as (initdb refuses root)"
    chown postgres: "$folder"
  fi
  # A port of its own: with listen_addresses='' it only names the socket file, but two clusters on one machine stay apart.
  port=$(( 20000 + RANDOM % 20000 ))
  if ! as_owner "$bin/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$folder/initdb.log" 2>&1; then
    cat "$folder/initdb.log" >&2
    rm -rf "$folder"
    die "initdb failed"
  fi
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${CAREERBOT_PG_DURABLE:-}" = 1 ]; then durability=""; fi
  if ! as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
      -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c port=$port $durability -c max_connections=400 -c shared_buffers=128MB" \
      start >/dev/null 2>&1; then
    cat "$folder/server.log" >&2 || true
    rm -rf "$folder"
    die "the server did not start"
  fi
  echo "Host=$folder;Port=$port;Username=postgres;Database=postgres"
}

stop() {
  local folder="${1:-}"
  [ -n "$folder" ] || die "usage: $0 stop FOLDER"
  # A connection string names the folder as its Host.
  if [[ "$folder" == *Host=* ]]; then folder=$(sed -E 's/.*Host=([^;]*).*/\1/' <<<"$folder"); fi
  [[ "$folder" == /tmp/careerbot-pg.* ]] || die "not a cluster folder made by this script: $folder"
  if [ -d "$folder/data" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop FOLDER" >&2; exit 2 ;;
esac
