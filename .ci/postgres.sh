# Sourced by .ci/run: starts a throwaway PostgreSQL cluster for the storage contract tests and exports
# WIREWATCH_TEST_POSTGRES. The cluster lives in a temp folder, listens on a free loopback port, and is
# stopped by its recorded pid and removed when the calling script exits. When it cannot be started the
# reason is printed and the PostgreSQL tests report themselves skipped.

_ww_pg_dir=""
_ww_pg_pid=""

stop_test_postgres() {
  if [[ -n "$_ww_pg_pid" ]] && kill -0 "$_ww_pg_pid" 2>/dev/null; then
    kill -INT "$_ww_pg_pid" 2>/dev/null   # fast shutdown
    for _ in $(seq 1 50); do kill -0 "$_ww_pg_pid" 2>/dev/null || break; sleep 0.2; done
  fi
  [[ -n "$_ww_pg_dir" ]] && rm -rf "$_ww_pg_dir"
  _ww_pg_pid=""
  _ww_pg_dir=""
}

_ww_pg_find_ctl() {
  local ctl
  ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)
  [[ -z "$ctl" ]] && ctl=$(command -v pg_ctl 2>/dev/null)
  [[ -n "$ctl" ]] && readlink -f "$ctl"
}

start_test_postgres() {
  local ctl bin user port run
  ctl=$(_ww_pg_find_ctl)
  if [[ -z "$ctl" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "postgres: pg_ctl not found and not root to install it"
      return 1
    fi
    echo "postgres: pg_ctl not found; installing Debian's postgresql package"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }; then
      echo "postgres: apt-get install postgresql failed"
      return 1
    fi
    ctl=$(_ww_pg_find_ctl)
    [[ -z "$ctl" ]] && { echo "postgres: pg_ctl still missing after install"; return 1; }
  fi
  bin=$(dirname "$ctl")

  # PostgreSQL refuses to run as root: use the postgres account (or make one) when CI runs as root.
  run=()
  if [[ $(id -u) -eq 0 ]]; then
    user=postgres
    if ! id -u "$user" >/dev/null 2>&1; then
      user=wirewatch-pg
      id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user" || { echo "postgres: cannot create a user to run it"; return 1; }
    fi
    if command -v runuser >/dev/null 2>&1; then run=(runuser -u "$user" --); else run=(su -s /bin/sh "$user" -c); fi
  fi

  _ww_pg_dir=$(mktemp -d /tmp/wirewatch-pg.XXXXXX)
  chmod 755 "$_ww_pg_dir"
  [[ -n "${user:-}" ]] && chown "$user" "$_ww_pg_dir"
  trap stop_test_postgres EXIT

  port=""
  for candidate in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [[ -z "$port" ]] && { echo "postgres: no free port in 55432-55532"; stop_test_postgres; return 1; }

  if ! _ww_pg_as "${run[@]}" "$bin/initdb" -D "$_ww_pg_dir/data" -U wirewatch --auth=trust -E UTF8 --no-locale >"$_ww_pg_dir/initdb.log" 2>&1; then
    echo "postgres: initdb failed:"; tail -n 5 "$_ww_pg_dir/initdb.log"; stop_test_postgres; return 1
  fi
  if ! _ww_pg_as "${run[@]}" "$bin/pg_ctl" -D "$_ww_pg_dir/data" -l "$_ww_pg_dir/server.log" -w -t 60 \
      -o "-p $port -k $_ww_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null 2>&1; then
    echo "postgres: server did not start:"; tail -n 5 "$_ww_pg_dir/server.log" 2>/dev/null; stop_test_postgres; return 1
  fi
  _ww_pg_pid=$(head -n 1 "$_ww_pg_dir/data/postmaster.pid" 2>/dev/null)
  export WIREWATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=wirewatch;Database=postgres"
  echo "postgres: throwaway server (pid $_ww_pg_pid) on 127.0.0.1:$port for the storage tests"
}

# Runs "$@" as given, or through `su -c` (which wants one string) when that is the runner; from the
# cluster's folder, because the postgres user may not be allowed into the caller's working directory.
_ww_pg_as() {
  (
    cd "$_ww_pg_dir" || exit 1
    if [[ "${1:-}" == su ]]; then
      local user=$4; shift 5
      su -s /bin/sh "$user" -c "$(printf '%q ' "$@")"
    else
      "$@"
    fi
  )
}
