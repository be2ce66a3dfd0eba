#!/usr/bin/env bash
# Stops what start.sh started (only the processes named in our pid files).
# --wipe also deletes the data folder; --only-sogo stops sogod alone (config change).
set -uo pipefail
RUN="${VISIO_SOGO_RUN:-/tmp/visio-sogo}"
pids_of() { [ -s "$1" ] && cat "$1"; }

stop_sogo() {
  local watchdog
  watchdog=$(pgrep -o -u sogo -f -- "-WOPidFile $RUN/sogo/sogo.pid") || watchdog=$(pids_of "$RUN/sogo/sogo.pid") || return 0
  # sogod's watchdog deletes its pid file at once but lingers 10-30 s: record its workers first,
  # TERM them all, KILL after 2 s (all state is in PostgreSQL).
  local all="$watchdog $(pgrep -P "$watchdog" | tr '\n' ' ')"
  kill -TERM $all 2>/dev/null
  for _ in $(seq 1 20); do kill -0 $all 2>/dev/null || break; sleep 0.1; done
  kill -KILL $all 2>/dev/null
  rm -f "$RUN/sogo/sogo.pid"
}

if [ "${1:-}" = --only-sogo ]; then stop_sogo; exit 0; fi
[ -d "$RUN" ] || exit 0
if pid=$(pids_of "$RUN/nginx/nginx.pid"); then
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
stop_sogo
if pid=$(pids_of "$RUN/memcached/memcached.pid"); then kill -TERM "$pid" 2>/dev/null; rm -f "$RUN/memcached/memcached.pid"; fi
if [ -s "$RUN/pgdata/PG_VERSION" ]; then
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$RUN/pgdata" -m fast -w stop >/dev/null 2>&1
fi
if [ "${1:-}" = --wipe ]; then rm -rf "$RUN"; fi
exit 0
