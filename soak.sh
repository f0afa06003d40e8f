#!/usr/bin/env bash
# The full fault-injection soak (issue 7) and the Telegram burst (issue 12): the same tests CI runs in their short form, at full size.
# Usage: ./soak.sh [telegram|burst|discord|litedb|all]   Results: artifacts/soak/*.md (also printed).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CAREERBOT_SOAK=full
which="${1:-all}"
npm ci --prefix tests --no-audit --no-fund >/dev/null
dotnet build CareerBot.sln -c Release >/dev/null
mkdir -p artifacts/soak
run() {
  dotnet test "${2:-tests/CareerBot.EndToEnd.Tests}" -c Release --no-build --filter "Category=$1" --logger "console;verbosity=normal"
}
case "$which" in
  telegram) run SoakTelegram ;;
  burst) run SoakTelegramBurst ;;
  discord) run SoakDiscord ;;
  litedb) run SoakLiteDb tests/CareerBot.Storage.LiteDb.Tests ;;
  all) run SoakTelegram; run SoakTelegramBurst; run SoakDiscord; run SoakLiteDb tests/CareerBot.Storage.LiteDb.Tests ;;
  *) echo "usage: $0 [telegram|burst|discord|litedb|all]" >&2; exit 2 ;;
esac
cat artifacts/soak/*.md 2>/dev/null || true
