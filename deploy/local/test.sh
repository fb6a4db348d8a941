#!/usr/bin/env bash
# `make test`: the same infrastructure as `make up`, then every test on real PostgreSQL and RabbitMQ.
# The broker-outage tests stop the shared broker, so they run alone, after the rest.
# The last line is the summary counted from the TRX results, so a run that executed no test cannot pass.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
results="$root/.run/test-results"
. "$root/deploy/local/env.sh"

"$root/deploy/local/infra.sh" || { echo "0 passed, 1 failed"; exit 1; }
rm -rf "$results" && mkdir -p "$results"

# The OpenAPI tests generate a client with Kiota, a local tool pinned in .config/dotnet-tools.json.
dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

echo "[test] building"
if ! dotnet build "$root/AccountGov.sln" -v quiet -nologo; then
  echo "0 passed, 1 failed"; exit 1
fi

echo "[test] all tests but the broker outage"
dotnet test "$root/AccountGov.sln" --no-build --filter "Category!=BrokerOutage" \
  -p:AccountGovTrxPrefix=main --results-directory "$results"
main_rc=$?

echo "[test] broker outage (stops and starts RabbitMQ)"
dotnet test "$root/tests/AccountGov.Platform.IntegrationTests" --no-build --filter "Category=BrokerOutage" \
  -p:AccountGovTrxPrefix=outage --results-directory "$results"
outage_rc=$?

# Build servers left by `dotnet build` would otherwise hold a caller's pipe (CI's tee) open.
dotnet build-server shutdown >/dev/null 2>&1 || true

# Sum the <Counters .../> of every TRX file.
read -r passed failed skipped total < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "=");  gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"], c["total"] }')
passed=${passed:-0} failed=${failed:-0} skipped=${skipped:-0} total=${total:-0}

# One TRX per test project (tests/Directory.Build.props names them); a missing one means a project did not report.
projects=$(ls "$root"/tests/*Tests/*.csproj | wc -l)
reported=$(ls "$results"/main-*.trx 2>/dev/null | wc -l)
rc=0
if [ "$reported" -lt "$projects" ]; then echo "[test] only $reported of $projects test projects reported results"; rc=1; fi
if [ "$main_rc" != 0 ] || [ "$outage_rc" != 0 ] || [ "$failed" != 0 ] || [ "$passed" = 0 ]; then rc=1; fi
# A test host that crashed leaves fewer results than tests; count it as a failure rather than pass unseen.
if [ "$rc" = 1 ] && [ "$failed" = 0 ]; then failed=1; fi

# Name what failed (and the first line of why), so a red run says where to look without the whole log.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  python3 - "$trx" <<'PY' 2>/dev/null || grep -o 'testName="[^"]*"[^>]*outcome="Failed"' "$trx" | sed 's/^testName="\([^"]*\)".*/[test] FAILED \1/'
import sys, xml.etree.ElementTree as et
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in et.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") == "Failed":
        message = r.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=ns).strip().splitlines()
        print(f"[test] FAILED {r.get('testName')}: {message[0][:300] if message else ''}")
PY
done

summary="$passed passed, $failed failed"
[ "$skipped" != 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
exit $rc
