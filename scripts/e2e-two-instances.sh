#!/usr/bin/env bash
# `npm run test:e2e:two-instances`: the whole e2e suite against two app instances behind nginx
# (round-robin, no sticky sessions) on an external PostgreSQL from Debian's packages — the way an
# installation with several instances runs. Proves the requests alternated by counting, per
# instance, the requests nginx sent to it. Everything started here is stopped on exit.
# Ports: TWO_BALANCER_PORT (3200), TWO_INSTANCE_PORTS ("3201 3202"), TWO_PG_PORT (3250).
# TWO_WORK_DIR: the temporary folder (default: a new one under /tmp). Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."

BALANCER_PORT=${TWO_BALANCER_PORT:-3200}
read -r -a INSTANCE_PORTS <<<"${TWO_INSTANCE_PORTS:-3201 3202}"
PG_PORT=${TWO_PG_PORT:-3250}
WORK=${TWO_WORK_DIR:-$(mktemp -d /tmp/two-instances.XXXXXX)}
NODE_FLAGS=(--experimental-wasm-modules --no-warnings=ExperimentalWarning --conditions=react-server --import tsx)
PIDS=()
started=$(date +%s)

log() { echo "[two-instances] $*"; }
random_secret() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }
# PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

install_if_missing() { # <test command> <debian package>
  if ! eval "$1" >/dev/null 2>&1; then
    log "installing $2 from Debian's packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  # Each instance stops its jobs gracefully (up to 20 s); after 30 s it is killed.
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  [ -f "$WORK/nginx/nginx.pid" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
  [ -n "${PG_BIN:-}" ] && [ -f "$WORK/pg/data/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  if [ "$status" != 0 ]; then
    for file in "$WORK"/instance-*.log; do [ -f "$file" ] && { log "last lines of $file:"; tail -n 20 "$file"; }; done
  fi
  rm -rf "$WORK"
  log "stopped and cleaned up after $(($(date +%s) - started)) s (exit $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # <url> <seconds>
  for _ in $(seq 1 $(($2 * 4))); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.25; done
  log "no answer from $1 within $2 s"; return 1
}

install_if_missing 'ls /usr/lib/postgresql/*/bin/initdb' postgresql
install_if_missing 'command -v nginx' nginx-light
install_if_missing 'command -v curl' curl
PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
mkdir -p "$WORK" && chmod 755 "$WORK"

# 1. An external PostgreSQL of its own: a role and a database with a password, over TCP.
mkdir -p "$WORK/pg/socket" && chown -R "$(id -u postgres 2>/dev/null || id -u)" "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w start \
  -o "-p $PG_PORT -k $WORK/pg/socket -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
PG_PASSWORD=$(random_secret)
as_postgres "$PG_BIN/psql" -q -h "$WORK/pg/socket" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE isms LOGIN PASSWORD '$PG_PASSWORD'" -c "CREATE DATABASE isms OWNER isms"
export DATABASE_URL="postgresql://isms:$PG_PASSWORD@127.0.0.1:$PG_PORT/isms"
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"

# 2. Migrations and the demo organisation once, before any instance starts.
node "${NODE_FLAGS[@]}" cli/isms.ts db:migrate
node "${NODE_FLAGS[@]}" cli/isms.ts seed:demo

# 3. One production build for both instances.
if [ ! -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ]; then log "no build in ${NEXT_DIST_DIR:-.next}: building"; npx next build; fi

# 4. Two instances with the same secret and public URL; both run the jobs (pg-boss is cluster-wide).
#    Behind the balancer there are two proxies: the one the sign-in specs simulate with
#    X-Forwarded-For, and nginx, which appends the address it saw. So two hops are trusted.
export NEXTAUTH_SECRET=$(random_secret) NEXTAUTH_URL="http://localhost:$BALANCER_PORT"
export ISMS_TRUSTED_PROXY_HOPS=2 NEXT_TELEMETRY_DISABLED=1
upstreams=""
for port in "${INSTANCE_PORTS[@]}"; do
  PORT=$port setsid node "${NODE_FLAGS[@]}" scripts/start.ts >"$WORK/instance-$port.log" 2>&1 &
  PIDS+=($!)
  upstreams+="    server 127.0.0.1:$port;"$'\n'
done
for port in "${INSTANCE_PORTS[@]}"; do wait_for "http://127.0.0.1:$port/api/health" 300; done
log "instances ready on ${INSTANCE_PORTS[*]}"

# 5. nginx with its own config, pid, logs and temp folders (not the system service).
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
chmod 777 "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '\$upstream_addr \$status \$request_method \$uri';
  access_log $WORK/nginx/logs/access.log upstream;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  # Plain round-robin: no ip_hash, no sticky cookie. A failed instance is not retried for writes.
  upstream isms {
$upstreams  }
  server {
    listen 127.0.0.1:$BALANCER_PORT;
    # The app enforces its own upload limits.
    client_max_body_size 0;
    location / {
      proxy_pass http://isms;
      proxy_http_version 1.1;
      proxy_set_header Host \$http_host;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_read_timeout 300s;
      proxy_buffering off;
    }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log"
wait_for "http://127.0.0.1:$BALANCER_PORT/api/health" 30
log "nginx balancing on port $BALANCER_PORT"

# 6. The whole suite against the balancer; the CLI the specs call reaches the same DATABASE_URL.
suite=0
E2E_EXTERNAL_URL="http://localhost:$BALANCER_PORT" npx playwright test "$@" || suite=$?

# 7. Proof of alternation: requests per instance, from nginx's access log.
log "requests per instance:"
total=$(wc -l <"$WORK/nginx/logs/access.log")
for port in "${INSTANCE_PORTS[@]}"; do
  count=$(grep -c "^127.0.0.1:$port " "$WORK/nginx/logs/access.log" || true)
  log "  127.0.0.1:$port  $count of $total ($((100 * count / (total > 0 ? total : 1))) %)"
  if [ "$count" -eq 0 ]; then log "instance on $port got no requests"; [ "$suite" = 0 ] && suite=1; fi
done
exit "$suite"
