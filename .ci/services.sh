#!/bin/sh
# Real servers on loopback for the slow test tier (`npm run test:all`), from Debian's packages:
#   postgres   PostgreSQL (the DMARC report store's server mode)
#   dovecot    Dovecot IMAP: 993-style implicit TLS and 143-style STARTTLS, a test account, SASL for Postfix
#   postfix    Postfix submission: 465-style implicit TLS and 587-style STARTTLS, AUTH through Dovecot
#   dns        Knot or NSD serving test/fixtures/zones (.ci/authoritative.sh)
#   checkzone  not a server: BIND's named-checkzone (bind9-utils), the reference the zone-file parser is
#              compared with (test/dns/zone-differential.slow.test.ts)
#
#   .ci/services.sh start NAME...   installs what is missing with apt-get, starts each server, waits until it
#                                   answers, and prints one VAR=value line per variable the tests read
#   .ci/services.sh stop            stops every server it started, by the PID it wrote
#
# Certificates come from test/fixtures/tls (valid.pem for localhost/127.0.0.1, signed by the test CA;
# expired.pem for the expired-certificate case). State, logs and PIDs live in $MAILDNS_SERVICES_STATE.
# The test account and its password are test data, not secrets.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TLS="$ROOT/test/fixtures/tls"
STATE=${MAILDNS_SERVICES_STATE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/maildns-services}
BASE_PORT=${MAILDNS_SERVICES_BASE_PORT:-20000}
TEST_USER=tester@example.test
TEST_PASSWORD=maildns-test-password

say() { echo "services.sh: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  command -v apt-get >/dev/null 2>&1 || { say "$* not installed and apt-get is not available"; return 1; }
  say "installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2 ||
    { as_root apt-get update >&2 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2; }
}

# Waits up to 20 s for a TCP port on 127.0.0.1 to accept connections.
wait_port() {
  i=0
  while [ $i -lt 200 ]; do
    if node -e 'const s=require("net").connect(+process.argv[1],"127.0.0.1");s.on("connect",()=>process.exit(0));s.on("error",()=>process.exit(1));setTimeout(()=>process.exit(1),500)' "$1"; then return 0; fi
    i=$((i + 1)); sleep 0.1
  done
  say "nothing answers on 127.0.0.1:$1 after 20 s"; return 1
}

start_postgres() {
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    apt_install postgresql
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  port=$((BASE_PORT + 32))
  dir="$STATE/postgres"
  rm -rf "$dir"; mkdir -p "$dir"
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user (or to us when not root).
  owner=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then owner=postgres; chown postgres "$dir"; fi
  run_pg() { if [ "$owner" = "$(id -un)" ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
  run_pg "$bindir/initdb" -D "$dir/data" -U maildns --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  run_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >&2
  run_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U maildns maildns_test >&2
  head -n 1 "$dir/data/postmaster.pid" > "$STATE/postgres.pid"
  if [ "$owner" = postgres ]; then
    echo "runuser -u postgres -- $bindir/pg_ctl -D $dir/data -m fast stop" > "$STATE/postgres.stop"
  else
    echo "$bindir/pg_ctl -D $dir/data -m fast stop" > "$STATE/postgres.stop"
  fi
  echo "MAILDNS_TEST_PG_URL=postgres://maildns@127.0.0.1:$port/maildns_test"
}

start_dovecot() {
  command -v dovecot >/dev/null 2>&1 || apt_install dovecot-imapd
  dir="$STATE/dovecot"
  rm -rf "$dir"; mkdir -p "$dir/run" "$dir/home"
  imaps=$((BASE_PORT + 993)); imap=$((BASE_PORT + 143))
  # Mail is stored as nobody in the state folder: no system account is created or needed.
  chown nobody "$dir/home" 2>/dev/null || true
  echo "$TEST_USER:{PLAIN}$TEST_PASSWORD" > "$dir/users"
  cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
instance_name = maildns-test
protocols = imap
listen = 127.0.0.1
log_path = $dir/dovecot.log
ssl = yes
ssl_cert = <$TLS/valid.pem
ssl_key = <$TLS/valid.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:$dir/home/%u/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dir/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0666
  }
}
CONF
  dovecot -c "$dir/dovecot.conf" >&2
  wait_port "$imaps"
  wait_port "$imap"
  cat "$dir/run/master.pid" > "$STATE/dovecot.pid"
  echo "dovecot -c $dir/dovecot.conf stop" > "$STATE/dovecot.stop"
  echo "MAILDNS_TEST_IMAPS=127.0.0.1:$imaps"
  echo "MAILDNS_TEST_IMAP_STARTTLS=127.0.0.1:$imap"
  echo "MAILDNS_TEST_MAIL_USER=$TEST_USER"
  echo "MAILDNS_TEST_MAIL_PASSWORD=$TEST_PASSWORD"
  echo "MAILDNS_TEST_CA=$TLS/ca.pem"
}

start_postfix() {
  command -v postfix >/dev/null 2>&1 || apt_install postfix
  [ -S "$STATE/dovecot/run/auth-postfix" ] || { say "postfix needs dovecot (its SASL): start dovecot first"; return 1; }
  dir="$STATE/postfix"
  rm -rf "$dir"; mkdir -p "$dir/conf" "$dir/spool" "$dir/data"
  smtps=$((BASE_PORT + 465)); submission=$((BASE_PORT + 587)); smtps_expired=$((BASE_PORT + 466))
  cat > "$dir/conf/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $dir/spool
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = localhost
mydomain = localhost
mydestination =
relayhost =
maillog_file = $dir/maillog
maillog_file_prefixes = $dir
smtpd_banner = \$myhostname ESMTP maildns test
smtpd_tls_cert_file = $TLS/valid.pem
smtpd_tls_key_file = $TLS/valid.key
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_protocols = >=TLSv1.2
smtpd_sasl_type = dovecot
smtpd_sasl_path = $STATE/dovecot/run/auth-postfix
smtpd_sasl_auth_enable = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
CONF
  cat > "$dir/conf/master.cf" <<CONF
127.0.0.1:$smtps inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt
127.0.0.1:$smtps_expired inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt -o smtpd_tls_cert_file=$TLS/expired.pem -o smtpd_tls_key_file=$TLS/expired.key
127.0.0.1:$submission inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
tlsmgr    unix - - n 1000? 1 tlsmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
smtp      unix - - n - - smtp
relay     unix - - n - - smtp
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
CONF
  chown postfix "$dir/data" 2>/dev/null || true
  postfix -c "$dir/conf" start >&2 || { cat "$dir/maillog" >&2 2>/dev/null; return 1; }
  wait_port "$smtps"
  wait_port "$submission"
  cat "$dir/spool/pid/master.pid" | tr -d ' ' > "$STATE/postfix.pid"
  echo "postfix -c $dir/conf stop" > "$STATE/postfix.stop"
  echo "MAILDNS_TEST_SMTPS=127.0.0.1:$smtps"
  echo "MAILDNS_TEST_SMTPS_EXPIRED=127.0.0.1:$smtps_expired"
  echo "MAILDNS_TEST_SUBMISSION=127.0.0.1:$submission"
}

start_checkzone() {
  command -v named-checkzone >/dev/null 2>&1 || apt_install bind9-utils
  echo "MAILDNS_TEST_NAMED_CHECKZONE=$(command -v named-checkzone)"
}

start_dns() {
  MAILDNS_DNS_STATE="$STATE/dns" sh "$ROOT/.ci/authoritative.sh" start "$((BASE_PORT + 53))"
  echo "MAILDNS_DNS_STATE=$STATE/dns sh $ROOT/.ci/authoritative.sh stop" > "$STATE/dns.stop"
}

stop_all() {
  for stop in "$STATE"/*.stop; do
    [ -f "$stop" ] || continue
    name=$(basename "$stop" .stop)
    sh -c "$(cat "$stop")" >/dev/null 2>&1 || true
    pidfile="$STATE/$name.pid"
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      i=0
      while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
      [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    rm -f "$stop"
  done
}

case "${1:-}" in
  start)
    shift
    mkdir -p "$STATE"
    [ $# -gt 0 ] || set -- dns postgres dovecot postfix checkzone
    for name in "$@"; do
      case "$name" in
        postgres) start_postgres ;;
        dovecot) start_dovecot ;;
        postfix) start_postfix ;;
        dns) start_dns ;;
        checkzone) start_checkzone ;;
        *) say "unknown service $name (postgres, dovecot, postfix, dns, checkzone)"; exit 2 ;;
      esac
    done
    ;;
  stop) stop_all ;;
  *) echo "usage: $0 start [dns|postgres|dovecot|postfix|checkzone]... | stop" >&2; exit 2 ;;
esac
