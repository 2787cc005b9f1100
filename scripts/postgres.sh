# Sourced by scripts/test: find a PostgreSQL server for the tests, or start a private one.
# Sets PHIGIAY_TEST_POSTGRES_URL on success.

pg_answers() {  # host port
  .venv/bin/python - "$1" "$2" <<'PY' >/dev/null 2>&1
import sys, psycopg
psycopg.connect(host=sys.argv[1], port=int(sys.argv[2]), user="postgres", dbname="postgres",
                connect_timeout=3).close()
PY
}

pg_bin_dir() {
  for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

start_private_postgres() {  # port
  local port=$1 bin dir
  if ! bin=$(pg_bin_dir); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(pg_bin_dir) || return 1
    else
      return 1
    fi
  fi
  dir=$(mktemp -d /tmp/phigiay-pg.XXXXXX)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
    chown postgres "$dir"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -F" start >/dev/null
  PRIVATE_PG=("${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop)
}

find_postgres() {
  if [ -n "${PHIGIAY_TEST_POSTGRES_URL:-}" ]; then return 0; fi
  if pg_answers 127.0.0.1 5432; then
    export PHIGIAY_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    return 0
  fi
  echo "test: no PostgreSQL on 127.0.0.1:5432; starting a private one on port 55432"
  if start_private_postgres 55432 && pg_answers 127.0.0.1 55432; then
    export PHIGIAY_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:55432/postgres"
    return 0
  fi
  return 1
}
