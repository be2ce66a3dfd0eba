#!/usr/bin/env bash
# Starts a real SOGo 5.8 (Debian 12 packages) on 127.0.0.1 for the webmail end-to-end tests:
# its own PostgreSQL cluster, memcached, sogod and nginx, all started by hand (no systemd needed).
# Idempotent: installs missing packages, reuses a running stack, re-seeds test users; ~3 s cold,
# <1 s when everything already runs. Needs root (apt, runuser, /etc/sogo/sogo.conf).
# Facts behind every step: /work/shared/notes/sogo-e2e.md.
set -euo pipefail

RUN="${VISIO_SOGO_RUN:-/tmp/visio-sogo}"
PGPORT="${VISIO_SOGO_PGPORT:-55432}"
MC_PORT="${VISIO_SOGO_MCPORT:-11212}"
SOGO_PORT="${VISIO_SOGO_WOPORT:-20000}"
HTTP_PORT="${VISIO_SOGO_HTTP_PORT:-8931}"
PG_BIN=/usr/lib/postgresql/15/bin
log() { [ -n "${QUIET:-}" ] || echo "sogo-harness: $*" >&2; }
# No curl/ss needed: bash's /dev/tcp answers "is something listening" and "is it HTTP 200".
listening() { (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_ok() {
  local status
  status=$( (exec 9<>"/dev/tcp/127.0.0.1/$HTTP_PORT" && printf 'GET /SOGo/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&9 && head -n1 <&9) 2>/dev/null) || return 1
  [[ $status == *" 200"* ]]
}

# Daemons must not inherit our caller's descriptors: a `flock /tmp/browser.lock` around this
# script would otherwise stay held by postgres/sogod/nginx for as long as they run.
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
done

if [ "$(id -u)" != 0 ]; then echo "sogo-harness: needs root (apt-get, runuser, /etc/sogo)" >&2; exit 2; fi

# One start at a time (two test files may call it together); daemons get `8>&-` so they never hold it.
exec 8>"/tmp/visio-sogo-start.lock"
flock 8

# 1. Packages (nothing starts on install: policy-rc.d denies it; we start every daemon below).
missing=()
for pkg in sogo nginx-light postgresql-15 memcached; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  flock /tmp/apt.lock apt-get update -qq
  flock /tmp/apt.lock apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=900 \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
fi

mkdir -p "$RUN"/{pgsock,pglog,sogo,nginx,memcached}
chown postgres:postgres "$RUN/pgsock" "$RUN/pglog"
chown sogo:sogo "$RUN/sogo"
chown memcache "$RUN/memcached"
psql_sogo() { PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- "$PG_BIN/psql" -h "$RUN/pgsock" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

# 2. PostgreSQL: our own cluster (never the system one), trust auth on 127.0.0.1 only.
if [ ! -s "$RUN/pgdata/PG_VERSION" ]; then
  log "initdb"
  mkdir -p "$RUN/pgdata"; chown postgres:postgres "$RUN/pgdata"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$RUN/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$RUN/pgdata" status >/dev/null 2>&1; then
  log "starting postgres on :$PGPORT"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$RUN/pgdata" -l "$RUN/pglog/postgres.log" -w 8>&- \
    -o "-p $PGPORT -k $RUN/pgsock -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=32MB" start >/dev/null
fi
psql_sogo -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='sogo'" | grep -q 1 ||
  psql_sogo -d postgres -c "CREATE ROLE sogo LOGIN PASSWORD 'sogo'"
psql_sogo -d postgres -c "SELECT 1 FROM pg_database WHERE datname='sogo'" | grep -q 1 ||
  psql_sogo -d postgres -c "CREATE DATABASE sogo OWNER sogo"
# Test users: alice (English UI), claire (French UI, set through her SOGo profile), bob.
# The profile table has SOGo's own layout; creating it first lets us seed the language.
psql_sogo -d sogo <<'SQL'
CREATE TABLE IF NOT EXISTS sogo_users (
  c_uid varchar(128) PRIMARY KEY, c_name varchar(128) NOT NULL,
  c_password varchar(256) NOT NULL, c_cn varchar(256), mail varchar(256));
INSERT INTO sogo_users VALUES
  ('alice','alice','alice','Alice Test','alice@example.test'),
  ('bob','bob','bob','Bob Test','bob@example.test'),
  ('claire','claire','claire','Claire Essai','claire@example.test')
ON CONFLICT (c_uid) DO NOTHING;
CREATE TABLE IF NOT EXISTS sogo_user_profile (
  c_uid varchar(255) NOT NULL PRIMARY KEY, c_defaults text, c_settings text);
-- Every user gets a profile row before the first login: without one, SOGo's first request of a
-- fresh user INSERTs it, two of its workers raced on that (duplicate key) and the calendar page
-- came without its toolbar on a cold stack (alice's first page, in CI).
INSERT INTO sogo_user_profile VALUES ('claire', '{"SOGoLanguage":"French"}', '{}')
ON CONFLICT (c_uid) DO UPDATE SET c_defaults = '{"SOGoLanguage":"French"}';
INSERT INTO sogo_user_profile VALUES
  ('alice', '{"SOGoLanguage":"English"}', '{}'),
  ('bob', '{"SOGoLanguage":"English"}', '{}')
ON CONFLICT (c_uid) DO NOTHING;
ALTER TABLE sogo_users OWNER TO sogo;
ALTER TABLE sogo_user_profile OWNER TO sogo;
SQL

# 3. memcached (a hard dependency of sogod).
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
if ! alive "$RUN/memcached/memcached.pid"; then
  log "starting memcached on :$MC_PORT"
  memcached -u memcache -l 127.0.0.1 -p "$MC_PORT" -U 0 -m 32 -d -P "$RUN/memcached/memcached.pid" 8>&-
fi

# 4. sogod reads only /etc/sogo/sogo.conf: write it (keeping Debian's original once).
[ -e /etc/sogo/sogo.conf.dist ] || cp -p /etc/sogo/sogo.conf /etc/sogo/sogo.conf.dist
DB="postgresql://sogo:sogo@127.0.0.1:$PGPORT/sogo"
conf="$RUN/sogo.conf.new"
cat > "$conf" <<CONF
{
  SOGoProfileURL = "$DB/sogo_user_profile";
  OCSFolderInfoURL = "$DB/sogo_folder_info";
  OCSSessionsFolderURL = "$DB/sogo_sessions_folder";
  OCSEMailAlarmsFolderURL = "$DB/sogo_alarms_folder";
  SOGoUserSources = ({
    type = sql; id = users; viewURL = "$DB/sogo_users";
    canAuthenticate = YES; isAddressBook = YES; userPasswordAlgorithm = plain; displayName = "Test users";
  });
  SOGoLoginModule = Calendar;
  SOGoLanguage = English;
  SOGoTimeZone = "Europe/Paris";
  SOGoFirstDayOfWeek = 1;
  SOGoMailDomain = example.test;
  SOGoAppointmentSendEMailNotifications = NO;
  SOGoEnableEMailAlarms = NO;
  SOGoSMTPServer = "smtp://127.0.0.1:2525";
  SOGoIMAPServer = "imap://127.0.0.1:1143";
  SOGoMemcachedHost = "127.0.0.1:$MC_PORT";
  SOGoPasswordChangeEnabled = NO;
  SOGoVacationEnabled = NO;
  SOGoForwardEnabled = NO;
  SOGoSieveScriptsEnabled = NO;
  WOPort = "127.0.0.1:$SOGO_PORT";
  WOWorkersCount = 3;
  SxVMemLimit = 512;
}
CONF
restart_sogo=
if ! cmp -s "$conf" /etc/sogo/sogo.conf; then
  install -m 640 -o root -g sogo "$conf" /etc/sogo/sogo.conf
  restart_sogo=1
fi
if [ -n "$restart_sogo" ] && alive "$RUN/sogo/sogo.pid"; then
  log "config changed: restarting sogod"
  "$(dirname "$0")/stop.sh" --only-sogo
fi
# A stale pid file (sogod rewrites it as its watchdog forks) must not start a second sogod that
# cannot bind: adopt the running watchdog (the oldest sogod started with our pid file).
if ! alive "$RUN/sogo/sogo.pid" && running=$(pgrep -o -u sogo -f -- "-WOPidFile $RUN/sogo/sogo.pid"); then
  echo "$running" > "$RUN/sogo/sogo.pid"
fi
if ! alive "$RUN/sogo/sogo.pid"; then
  # A stopping watchdog keeps the port for a while after deleting its pid file.
  for _ in $(seq 1 100); do listening "$SOGO_PORT" || break; sleep 0.1; done
  log "starting sogod on :$SOGO_PORT"
  ( set +u; . /usr/share/GNUstep/Makefiles/GNUstep.sh; set -u; cd /
    runuser -u sogo -- /usr/sbin/sogod -WOWorkersCount 3 -WOPidFile "$RUN/sogo/sogo.pid" -WOLogFile "$RUN/sogo/sogo.log" 8>&- )
  for _ in $(seq 1 50); do alive "$RUN/sogo/sogo.pid" && break; sleep 0.1; done
fi

# 5. nginx in front (SOGo's web resources are static files).
cat > "$RUN/nginx/nginx.conf.new" <<NGINX
user www-data;
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log $RUN/nginx/access.log;
  client_body_temp_path $RUN/nginx/body; proxy_temp_path $RUN/nginx/proxy;
  fastcgi_temp_path $RUN/nginx/fastcgi; uwsgi_temp_path $RUN/nginx/uwsgi; scgi_temp_path $RUN/nginx/scgi;
  server {
    listen 127.0.0.1:$HTTP_PORT;
    server_name localhost;
    location = / { return 302 /SOGo/; }
    location ^~ /SOGo {
      proxy_pass http://127.0.0.1:$SOGO_PORT;
      proxy_redirect http://127.0.0.1:$SOGO_PORT default;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Real-IP \$remote_addr;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header x-webobjects-server-protocol HTTP/1.0;
      proxy_set_header x-webobjects-remote-host 127.0.0.1;
      proxy_set_header x-webobjects-server-name \$server_name;
      proxy_set_header x-webobjects-server-port \$server_port;
      proxy_set_header x-webobjects-server-url \$scheme://\$http_host;
      proxy_buffer_size 64k; proxy_buffers 8 64k; proxy_busy_buffers_size 64k;
      client_max_body_size 50m;
      add_header Cache-Control "max-age=0, no-cache, no-store";
    }
    location /SOGo.woa/WebServerResources/ { alias /usr/lib/GNUstep/SOGo/WebServerResources/; expires max; }
    location /SOGo/WebServerResources/ { alias /usr/lib/GNUstep/SOGo/WebServerResources/; expires max; }
  }
}
NGINX
if ! cmp -s "$RUN/nginx/nginx.conf.new" "$RUN/nginx/nginx.conf"; then
  mv "$RUN/nginx/nginx.conf.new" "$RUN/nginx/nginx.conf"
  alive "$RUN/nginx/nginx.pid" && nginx -e "$RUN/nginx/error.log" -c "$RUN/nginx/nginx.conf" -s reload
fi
if ! alive "$RUN/nginx/nginx.pid"; then
  log "starting nginx on 127.0.0.1:$HTTP_PORT"
  nginx -e "$RUN/nginx/error.log" -c "$RUN/nginx/nginx.conf" 8>&-
fi

# 6. Ready when the login page answers.
for _ in $(seq 1 150); do
  if http_ok; then echo "http://127.0.0.1:$HTTP_PORT"; exit 0; fi
  sleep 0.2
done
echo "sogo-harness: SOGo did not answer on http://127.0.0.1:$HTTP_PORT/SOGo/ (see $RUN/sogo/sogo.log)" >&2
exit 1
