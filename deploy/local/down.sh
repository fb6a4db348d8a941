#!/usr/bin/env bash
# `make down`: stops the services `make up` started (smtp4dev included: its pid is in .run too), and the servers if
# `make up` was the one to start them.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/.run"
for pidfile in "$run"/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" && echo "[down] stopped $(basename "$pidfile" .pid)"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
done
"$root/deploy/local/infra.sh" --stop
