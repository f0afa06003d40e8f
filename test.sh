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

echo "== code style (.editorconfig: naming and layout are enforced by the build; whitespace checked here)"
dotnet format whitespace CareerBot.sln --verify-no-changes --no-restore

echo "== dotnet publish (as in the Dockerfile)"
dotnet publish src/CareerBot -c Release -o artifacts/publish --no-restore
test -f artifacts/publish/CareerBot.dll && test -f artifacts/publish/appsettings.json && test -d artifacts/publish/seeds

echo "== the published command line: --help exits 0, an unknown switch 2; user secrets as the README sets them, read in Production"
dotnet artifacts/publish/CareerBot.dll --help >/dev/null
set +e
dotnet artifacts/publish/CareerBot.dll --no-such-switch 2>/dev/null
code=$?
set -e
if [ "$code" -ne 2 ]; then
  echo "test.sh: 'CareerBot.dll --no-such-switch' exited with $code, expected 2" >&2
  exit 1
fi
secrets_home=$(mktemp -d)
HOME="$secrets_home" dotnet user-secrets set Storage:DatabasePath "$secrets_home/from-secrets.db" --project src/CareerBot >/dev/null
started=$(HOME="$secrets_home" env -u APPDATA -u DOTNET_ENVIRONMENT -u ASPNETCORE_ENVIRONMENT dotnet artifacts/publish/CareerBot.dll risk 27-3043 2>&1 >/dev/null)
rm -rf "$secrets_home"
if [[ "$started" != *"Database: $secrets_home/from-secrets.db (LiteDB)"* ]]; then
  echo "test.sh: a database path set with 'dotnet user-secrets set' was not used:" >&2
  echo "$started" >&2
  exit 1
fi

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
