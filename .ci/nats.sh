# Sourced by .ci/run: starts a throwaway 3-server NATS JetStream cluster on loopback for the queue and
# distributed tests and exports WIREWATCH_TEST_NATS (nats://127.0.0.1:P1,nats://127.0.0.1:P2,nats://127.0.0.1:P3)
# and WIREWATCH_TEST_NATS_PIDS (their pids, same order; the distributed test kills one). The servers keep
# their streams in a temp folder and are stopped by their recorded pids when the calling script exits.
# Without nats-server (and not root to install Debian's package) the reason is printed and those tests skip.

_ww_nats_dir=""
_ww_nats_pids=()

stop_test_nats() {
  local pid
  for pid in "${_ww_nats_pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null
  done
  for pid in "${_ww_nats_pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
  done
  [[ -n "$_ww_nats_dir" ]] && rm -rf "$_ww_nats_dir"
  _ww_nats_pids=()
  _ww_nats_dir=""
}

# Sets _ww_nats_port to a free loopback port in [$1, $2] that this script has not handed out yet.
_ww_nats_free_port() {
  local candidate
  for candidate in $(seq "$1" "$2"); do
    if [[ " $_ww_nats_taken " == *" $candidate "* ]]; then continue; fi
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      _ww_nats_taken="$_ww_nats_taken $candidate"
      _ww_nats_port=$candidate
      return 0
    fi
  done
  return 1
}

start_test_nats() {
  local bin i routes urls pids
  bin=$(command -v nats-server 2>/dev/null)
  if [[ -z "$bin" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "nats: nats-server not found and not root to install it"
      return 1
    fi
    echo "nats: nats-server not found; installing Debian's nats-server package"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server >/dev/null; }; then
      echo "nats: apt-get install nats-server failed"
      return 1
    fi
    bin=$(command -v nats-server 2>/dev/null)
    [[ -z "$bin" ]] && { echo "nats: nats-server still missing after install"; return 1; }
  fi

  _ww_nats_dir=$(mktemp -d /tmp/wirewatch-nats.XXXXXX)
  _ww_nats_taken=""
  local -a ports cports mports
  for i in 1 2 3; do
    _ww_nats_free_port 54222 54321 || { echo "nats: no free client port"; stop_test_nats; return 1; }
    ports+=("$_ww_nats_port")
    _ww_nats_free_port 56222 56321 || { echo "nats: no free cluster port"; stop_test_nats; return 1; }
    cports+=("$_ww_nats_port")
    _ww_nats_free_port 58222 58321 || { echo "nats: no free monitoring port"; stop_test_nats; return 1; }
    mports+=("$_ww_nats_port")
  done
  routes=""
  for i in 0 1 2; do routes="$routes nats-route://127.0.0.1:${cports[$i]}"; done

  trap 'stop_test_nats; type stop_test_postgres >/dev/null 2>&1 && stop_test_postgres' EXIT
  urls=""
  pids=""
  for i in 0 1 2; do
    mkdir -p "$_ww_nats_dir/n$i"
    cat >"$_ww_nats_dir/n$i.conf" <<CONF
server_name: ww-test-n$i
listen: 127.0.0.1:${ports[$i]}
http: 127.0.0.1:${mports[$i]}
jetstream {
  store_dir: "$_ww_nats_dir/n$i"
  max_memory_store: 64MB
  max_file_store: 2GB
}
cluster {
  name: ww-test
  listen: 127.0.0.1:${cports[$i]}
  routes: [$(echo $routes | sed 's/ /, /g')]
}
CONF
    "$bin" -c "$_ww_nats_dir/n$i.conf" >"$_ww_nats_dir/n$i.log" 2>&1 &
    _ww_nats_pids+=("$!")
    pids="$pids,$!"
    disown "$!" # the distributed test kills one on purpose; the shell need not report it
    urls="$urls,nats://127.0.0.1:${ports[$i]}"
  done

  # Ready when every server says JetStream is up (the cluster has elected its meta leader).
  local ready=0
  for _ in $(seq 1 150); do
    ready=0
    for i in 0 1 2; do
      if (exec 3<>"/dev/tcp/127.0.0.1/${mports[$i]}" && printf 'GET /healthz HTTP/1.0\r\n\r\n' >&3 && grep -q '"ok"' <&3) 2>/dev/null; then
        ready=$((ready + 1))
      fi
    done
    [[ $ready -eq 3 ]] && break
    sleep 0.2
  done
  if [[ $ready -ne 3 ]]; then
    echo "nats: the cluster did not become ready:"; tail -n 5 "$_ww_nats_dir"/n*.log; stop_test_nats; return 1
  fi

  export WIREWATCH_TEST_NATS="${urls#,}"
  export WIREWATCH_TEST_NATS_PIDS="${pids#,}"
  echo "nats: 3 JetStream servers (pids ${WIREWATCH_TEST_NATS_PIDS}) at ${WIREWATCH_TEST_NATS} for the queue tests"
}
