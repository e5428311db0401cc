#!/usr/bin/env bash
# Runs the roll-up benchmark on in-memory PGlite, then on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== PGlite =="
npx tsx bench/rollup.bench.ts
echo "== PostgreSQL =="
eval "$(TERUKUR_PG_PORT=55433 TERUKUR_PG_DIR=/tmp/terukur-pg-bench bash scripts/postgres-uji.sh start)"
trap 'TERUKUR_PG_PORT=55433 TERUKUR_PG_DIR=/tmp/terukur-pg-bench bash scripts/postgres-uji.sh stop' EXIT
npx tsx bench/rollup.bench.ts "$TERUKUR_TEST_DATABASE_URL"
