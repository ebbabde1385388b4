#!/bin/sh
# A real authoritative server (Knot DNS, or NSD when Knot cannot be had) serving the fixture zones
# test/fixtures/zones/*.zone on loopback, for the interop tests in test/dns/.
#
#   .ci/authoritative.sh start [PORT]   installs the server with apt-get if missing, starts it, waits until it
#                                       answers, and prints MAILDNS_INTEROP_DNS=127.0.0.1:PORT
#   .ci/authoritative.sh stop           stops the server it started, by the PID it wrote
#
# State (config, PID, logs) lives in $MAILDNS_DNS_STATE, by default a directory under the temp dir.
# MAILDNS_DNS_SERVER=knot|nsd picks the server (default: Knot, or NSD when only NSD is installed).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ZONES="$ROOT/test/fixtures/zones"
STATE=${MAILDNS_DNS_STATE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/maildns-authoritative}
PIDFILE="$STATE/server.pid"
MODE=${1:-}
PORT=${2:-53530}
WANT=${MAILDNS_DNS_SERVER:-}

say() { echo "authoritative.sh: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || { say "$1 is not installed and apt-get is not available"; return 1; }
  say "installing $1 with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$1" >&2 ||
    { as_root apt-get update >&2 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$1" >&2; }
}

# Sets SERVER to knotd or nsd, installing one if needed.
install_server() {
  case "$WANT" in
    nsd) command -v nsd >/dev/null 2>&1 || apt_install nsd; SERVER=nsd ;;
    knot) command -v knotd >/dev/null 2>&1 || apt_install knot; SERVER=knotd ;;
    *)
      if command -v knotd >/dev/null 2>&1; then SERVER=knotd
      elif command -v nsd >/dev/null 2>&1; then SERVER=nsd
      elif apt_install knot; then SERVER=knotd
      else apt_install nsd && SERVER=nsd
      fi
      ;;
  esac
}

zone_files() {
  for file in "$ZONES"/*.zone; do
    [ -f "$file" ] && echo "$file"
  done
}

write_knot_config() {
  conf="$STATE/knot.conf"
  {
    echo "server:"
    echo "    rundir: \"$STATE\""
    echo "    listen: 127.0.0.1@$PORT"
    echo "control:"
    echo "    listen: \"$STATE/knot.sock\""
    echo "log:"
    echo "  - target: \"$STATE/knot.log\""
    echo "    any: info"
    echo "database:"
    echo "    storage: \"$STATE/db\""
    echo "template:"
    echo "  - id: default"
    # Serve the files as they are: never write back to them, keep no journal.
    echo "    zonefile-sync: -1"
    echo "    zonefile-load: whole"
    echo "    journal-content: none"
    echo "    semantic-checks: off"
    echo "zone:"
    zone_files | while read -r file; do
      name=$(basename "$file" .zone)
      echo "  - domain: $name"
      echo "    file: \"$file\""
    done
  } >"$conf"
  echo "$conf"
}

write_nsd_config() {
  conf="$STATE/nsd.conf"
  {
    echo "server:"
    echo "    ip-address: 127.0.0.1@$PORT"
    echo "    port: $PORT"
    echo "    username: \"\""
    echo "    chroot: \"\""
    echo "    database: \"\""
    echo "    zonelistfile: \"$STATE/zone.list\""
    echo "    xfrdfile: \"$STATE/xfrd.state\""
    echo "    pidfile: \"$STATE/nsd-own.pid\""
    echo "    logfile: \"$STATE/nsd.log\""
    echo "remote-control:"
    echo "    control-enable: no"
    zone_files | while read -r file; do
      echo "zone:"
      echo "    name: $(basename "$file" .zone)"
      echo "    zonefile: \"$file\""
    done
  } >"$conf"
  echo "$conf"
}

# Wait (bounded) until the server answers a query for a fixture zone over UDP.
wait_ready() {
  node --input-type=module -e '
    import dgram from "node:dgram";
    import * as packet from "dns-packet";
    const port = Number(process.argv[1]);
    const deadline = Date.now() + 15000;
    const ask = () => new Promise((resolve) => {
      const socket = dgram.createSocket("udp4");
      const timer = setTimeout(() => { socket.close(); resolve(false); }, 300);
      socket.on("message", (m) => { clearTimeout(timer); socket.close(); resolve(packet.decode(m).rcode === "NOERROR"); });
      socket.send(packet.encode({ type: "query", id: 1, questions: [{ type: "SOA", name: "clean.example" }] }), port, "127.0.0.1");
    });
    while (Date.now() < deadline) {
      if (await ask()) process.exit(0);
      await new Promise((r) => setTimeout(r, 200));
    }
    process.exit(1);
  ' "$PORT"
}

start() {
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    say "already running (PID $(cat "$PIDFILE")); stop it first"
    exit 1
  fi
  SERVER=""
  install_server
  mkdir -p "$STATE/db"
  server=$SERVER
  if [ "$server" = knotd ]; then
    conf=$(write_knot_config)
    knotd -c "$conf" >"$STATE/server.out" 2>&1 &
  else
    conf=$(write_nsd_config)
    nsd -d -c "$conf" >"$STATE/server.out" 2>&1 &
  fi
  echo $! >"$PIDFILE"
  cd "$ROOT"
  if ! wait_ready; then
    say "$server did not answer on 127.0.0.1:$PORT; its output:"
    cat "$STATE/server.out" "$STATE"/*.log >&2 2>/dev/null || true
    stop
    exit 1
  fi
  say "$server (PID $(cat "$PIDFILE")) serves $(zone_files | wc -l) zones on 127.0.0.1:$PORT"
  echo "MAILDNS_INTEROP_DNS=127.0.0.1:$PORT"
}

stop() {
  [ -f "$PIDFILE" ] || { say "not running (no $PIDFILE)"; return 0; }
  pid=$(cat "$PIDFILE")
  if kill "$pid" 2>/dev/null; then
    tries=0
    while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 50 ]; do
      sleep 0.1
      tries=$((tries + 1))
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  say "stopped PID $pid"
}

case "$MODE" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 start [PORT] | stop" >&2
    exit 2
    ;;
esac
