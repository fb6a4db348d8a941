#!/usr/bin/env bash
# `make up`: infrastructure, every service on its api.md port (Development, so /dev/token works), demo data.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/.run"
mkdir -p "$run/logs"
. "$root/deploy/local/env.sh"

"$root/deploy/local/infra.sh"
"$root/deploy/local/smtp4dev.sh"

echo "[up] building (Release)"
dotnet build "$root/AccountGov.sln" -c Release -v quiet -nologo >"$run/logs/build.log" 2>&1 \
  || { tail -30 "$run/logs/build.log"; exit 1; }

# REPLICAS=2 runs a second process of every service (ports +100: 5200-5204) on the same databases and broker, to
# show scale-out: one forwarder and one scheduler leader per service, consumers competing, nothing done twice.
replicas="${REPLICAS:-1}"
case "$replicas" in 1|2) ;; *) echo "[up] REPLICAS must be 1 or 2"; exit 1 ;; esac

instances() {  # name project port, once per replica
  grep -v '^#' "$root/deploy/local/services.txt" | while read -r name project port; do
    [ -z "$name" ] && continue
    for r in $(seq 1 "$replicas"); do
      if [ "$r" = 1 ]; then echo "$name $project $port"; else echo "$name-$r $project $((port + 100 * (r - 1)))"; fi
    done
  done
}

instances | while read -r name project port; do
  if [ -f "$run/$name.pid" ] && kill -0 "$(cat "$run/$name.pid")" 2>/dev/null; then
    echo "[up] $name already running (pid $(cat "$run/$name.pid"))"; continue
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "[up] port $port is taken by a process make up did not start; stop it first"; exit 1
  fi
  dll="$root/$project/bin/Release/net10.0/$(basename "$project").dll"
  # A second Portal talks to the second APIs; both Portals share their cookie keys so either reads a session.
  base=$((port - port % 100))
  # The content root is the project folder (appsettings*.json); no inherited descriptors, so callers never wait on it.
  cd "$root/$project"
  ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$port" Custody__KeyFile="$root/.keys/kek" \
    Portal__DataProtection__KeysFolder="$run/portal-keys" \
    Portal__Services__AccountRequests="http://127.0.0.1:$((base + 1))" \
    Portal__Services__Approvals="http://127.0.0.1:$((base + 2))" \
    Portal__Services__Custody="http://127.0.0.1:$((base + 3))" \
    nohup dotnet "$dll" >"$run/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$run/$name.pid"
  cd "$root"
  echo "[up] started $name (pid $(cat "$run/$name.pid")), log: .run/logs/$name.log"
done

instances | while read -r name project port; do
  for i in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
    [ "$i" = 90 ] && { echo "[up] $name is not ready; see .run/logs/$name.log"; tail -20 "$run/logs/$name.log"; exit 1; }
    sleep 1
  done
  echo "[up] $name ready on http://127.0.0.1:$port"
done

"$root/deploy/local/seed.sh"
# Build servers left by `dotnet build` would otherwise hold this script's output open.
dotnet build-server shutdown >/dev/null 2>&1 || true

cat <<TXT

AccountGov is up (Development):
  Portal           http://localhost:5100   (sign in as a demo person: Rita, Sam, Ivy, Beth, ...)
  AccountRequests  http://127.0.0.1:5101   (OpenAPI: /openapi/v1.json)
  Approvals        http://127.0.0.1:5102
  Custody          http://127.0.0.1:5103
  Notifications    http://127.0.0.1:5104   (emails what waits for whom)
  Mail inbox       http://127.0.0.1:5180   (smtp4dev; SMTP on 127.0.0.1:2525)
  RabbitMQ admin   http://127.0.0.1:15672  (guest/guest)
Get a token:  curl -s -XPOST localhost:5101/dev/token -H 'content-type: application/json' \\
                -d '{"userId":"rita","name":"Rita Shah","roles":["Staff"]}'
Stop with:    make down
TXT
[ "$replicas" = 2 ] && echo "Second replicas: Portal :5200, AccountRequests :5201, Approvals :5202, Custody :5203, Notifications :5204"
exit 0
