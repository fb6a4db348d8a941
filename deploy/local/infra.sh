#!/usr/bin/env bash
# Ensures PostgreSQL and RabbitMQ are running for `make up` and `make test`.
# Docker Compose when a Docker engine answers; otherwise Debian's packages, installed when missing (as root).
# What this script starts is recorded in .run/infra-started, so `infra.sh --stop` (make down) stops only that.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
started="$root/.run/infra-started"
mkdir -p "$root/.run"

pg_user=accountgov
pg_password=accountgov

log() { printf '[infra] %s\n' "$*" >&2; }

docker_answers() { command -v docker >/dev/null 2>&1 && timeout 5 docker info >/dev/null 2>&1; }

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 60); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  log "$name did not become ready"; return 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

install_debian_packages() {
  local missing=()
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  # The Portal's browser tests drive Debian's chromium (never a downloaded browser); its build runs `npm ci`.
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  # tests/AccountGov.Deploy.Tests renders the Kubernetes overlays with kubectl's kustomize (v5: kubectl 1.27 or
  # later; Debian's own kubernetes-client 1.20 is too old for the overlays' patches and labels).
  [ -x /usr/bin/kubectl ] || missing+=(kubectl)
  command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
  command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# With Docker the servers come from Compose, but the Portal's build and browser tests still need these.
install_debian_packages_for_the_portal() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  # tests/AccountGov.Deploy.Tests renders the Kubernetes overlays with kubectl's kustomize (v5: kubectl 1.27 or
  # later; Debian's own kubernetes-client 1.20 is too old for the overlays' patches and labels).
  [ -x /usr/bin/kubectl ] || missing+=(kubectl)
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { log "missing ${missing[*]}: install them"; return 0; }
  log "installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

start_postgres() {
  if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
    log "starting PostgreSQL"
    as_root service postgresql start >/dev/null
    echo postgresql >>"$started"
  fi
  wait_for PostgreSQL pg_isready -h 127.0.0.1 -p 5432
  # A login role that may create the services' databases (each service creates its own on first start).
  as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"DO \\\$\\\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_user') THEN
        CREATE ROLE $pg_user LOGIN CREATEDB PASSWORD '$pg_password';
      END IF; END \\\$\\\$;\"" >/dev/null
  # Test hosts, `make up` and `make bench` each hold pools; Debian's default of 100 runs out when they overlap.
  if [ "$(as_root su postgres -c "psql -qtAc 'SHOW max_connections'")" -lt 300 ]; then
    log "raising PostgreSQL's max_connections to 300 (restart)"
    as_root su postgres -c "psql -qtAc 'ALTER SYSTEM SET max_connections = 300'" >/dev/null
    as_root service postgresql restart >/dev/null
    wait_for PostgreSQL pg_isready -h 127.0.0.1 -p 5432
  fi
}

start_rabbitmq() {
  if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
    log "starting RabbitMQ"
    as_root service rabbitmq-server start >/dev/null || true
    echo rabbitmq-server >>"$started"
  fi
  wait_for RabbitMQ as_root rabbitmqctl -q status
  # The management API lets the tests create a virtual host per test class.
  as_root rabbitmq-plugins -q enable rabbitmq_management >/dev/null
  wait_for "RabbitMQ management" curl -sf -u guest:guest http://127.0.0.1:15672/api/overview
}

stop_what_we_started() {
  [ -f "$started" ] || return 0
  while read -r what; do
    case "$what" in
      compose) docker compose -f "$root/docker-compose.yml" stop postgres rabbitmq ;;
      *) log "stopping $what"; as_root service "$what" stop >/dev/null 2>&1 || true ;;
    esac
  done < <(sort -u "$started")
  rm -f "$started"
}

if [ "${1:-}" = "--stop" ]; then stop_what_we_started; exit 0; fi

if docker_answers; then
  install_debian_packages_for_the_portal
  log "Docker engine found: starting PostgreSQL and RabbitMQ with Docker Compose"
  docker compose -f "$root/docker-compose.yml" up -d postgres rabbitmq
  echo compose >>"$started"
  wait_for PostgreSQL docker compose -f "$root/docker-compose.yml" exec -T postgres pg_isready
  wait_for RabbitMQ curl -sf -u guest:guest http://127.0.0.1:15672/api/overview
else
  install_debian_packages
  start_postgres
  start_rabbitmq
fi
log "PostgreSQL on 127.0.0.1:5432 (user $pg_user), RabbitMQ on 127.0.0.1:5672 (management :15672)"
