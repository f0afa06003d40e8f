#!/usr/bin/env bash
# The whole test suite, from a clean clone: installs what the tests need, checks the publish step the Dockerfile uses, runs every test.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -f tests/package.json ]; then
  echo "== npm ci (test emulators)"
  npm ci --prefix tests --no-audit --no-fund
fi

echo "== dotnet build"
dotnet build CareerBot.sln -c Release

echo "== dotnet publish (as in the Dockerfile)"
dotnet publish src/CareerBot -c Release -o artifacts/publish --no-restore
test -f artifacts/publish/CareerBot.dll && test -f artifacts/publish/appsettings.json && test -d artifacts/publish/seeds

echo "== PostgreSQL (a throwaway cluster for the store tests; stopped and deleted on exit)"
if ! CAREERBOT_TEST_POSTGRES=$(tests/postgres/cluster.sh start); then
  echo "test.sh: the PostgreSQL test cluster could not start (see above); the PostgreSQL store tests cannot run without it." >&2
  exit 1
fi
export CAREERBOT_TEST_POSTGRES
trap 'tests/postgres/cluster.sh stop "$CAREERBOT_TEST_POSTGRES"' EXIT

echo "== dotnet test"
log=$(mktemp)
set +e
dotnet test CareerBot.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
