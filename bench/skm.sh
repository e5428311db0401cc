#!/usr/bin/env bash
# Runs the SKM benchmark (1 000 000 responses; public form throughput) on in-memory PGlite, then on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== PGlite =="
npx tsx bench/skm.bench.ts
echo "== PostgreSQL =="
eval "$(TERUKUR_PG_PORT=55434 TERUKUR_PG_DIR=/tmp/terukur-pg-skm bash scripts/postgres-uji.sh start)"
trap 'TERUKUR_PG_PORT=55434 TERUKUR_PG_DIR=/tmp/terukur-pg-skm bash scripts/postgres-uji.sh stop' EXIT
npx tsx bench/skm.bench.ts "$TERUKUR_TEST_DATABASE_URL"
