#!/usr/bin/env bash
# Demo data for `make up`, through the public APIs with the Portal's Refit clients (deploy/seed/readme.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet "$root/deploy/seed/bin/Release/net10.0/AccountGov.Seed.dll"
