#!/usr/bin/env bash
# Demo data for `make up`, through the public APIs as the personas would do it. Idempotent: it seeds once.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
marker="$root/.run/seeded"
[ -f "$marker" ] && { echo "[seed] demo data already present"; exit 0; }

token() { # userId, name, role
  curl -sf -XPOST http://127.0.0.1:5101/dev/token -H 'content-type: application/json' \
    -d "{\"userId\":\"$1\",\"name\":\"$2\",\"email\":\"$1@example.nhs.uk\",\"roles\":[\"$3\"]}" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

rita=$(token rita "Rita Shah" Staff)
curl -sf -XPOST http://127.0.0.1:5101/requests -H "authorization: Bearer $rita" -H 'content-type: application/json' -d '{
  "team": "Paediatric Physiotherapy", "platform": "Instagram", "handle": "@stpaedsphysio",
  "sponsor": { "userId": "sam", "name": "Sam Patel", "email": "sam@example.nhs.uk" },
  "custodians": [ { "userId": "carl", "name": "Carl Obi", "email": "carl@example.nhs.uk" },
                  { "userId": "dina", "name": "Dina Roy", "email": "dina@example.nhs.uk" } ] }' >/dev/null
touch "$marker"
echo "[seed] Rita submitted a request for @stpaedsphysio"
