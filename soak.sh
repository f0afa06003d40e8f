#!/usr/bin/env bash
# The full fault-injection soak (issue 7), the Telegram burst (issue 12) and the cluster soak (issue 13): the same tests CI
# runs in their short form, at full size. The cluster soak gets a throwaway PostgreSQL (tests/postgres/cluster.sh).
# Usage: ./soak.sh [telegram|burst|discord|litedb|cluster|all]   Results: artifacts/soak/*.md (also printed).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CAREERBOT_SOAK=full
which="${1:-all}"
npm ci --prefix tests --no-audit --no-fund >/dev/null
dotnet build CareerBot.sln -c Release >/dev/null
mkdir -p artifacts/soak
postgres() {
  CAREERBOT_TEST_POSTGRES=$(tests/postgres/cluster.sh start) || { echo "soak.sh: the PostgreSQL cluster could not start" >&2; exit 1; }
  export CAREERBOT_TEST_POSTGRES
  trap 'tests/postgres/cluster.sh stop "$CAREERBOT_TEST_POSTGRES"' EXIT
}
run() {
  dotnet test "${2:-tests/CareerBot.EndToEnd.Tests}" -c Release --no-build --filter "Category=$1" --logger "console;verbosity=normal"
}
case "$which" in
  telegram) run SoakTelegram ;;
  burst) run SoakTelegramBurst ;;
  discord) run SoakDiscord ;;
  litedb) run SoakLiteDb tests/CareerBot.Storage.LiteDb.Tests ;;
  cluster) postgres; run SoakCluster ;;
  all) postgres; run SoakTelegram; run SoakTelegramBurst; run SoakDiscord; run SoakLiteDb tests/CareerBot.Storage.LiteDb.Tests; run SoakCluster ;;
  *) echo "usage: $0 [telegram|burst|discord|litedb|cluster|all]" >&2; exit 2 ;;
esac
cat artifacts/soak/*.md 2>/dev/null || true
