#!/usr/bin/env bash
# Load benchmark of the web application (issue 4): 50 concurrent users entering realisations on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(TERUKUR_PG_PORT=55435 TERUKUR_PG_DIR=/tmp/terukur-pg-muat bash scripts/postgres-uji.sh start)"
trap 'TERUKUR_PG_PORT=55435 TERUKUR_PG_DIR=/tmp/terukur-pg-muat bash scripts/postgres-uji.sh stop' EXIT
npx tsx bench/muat-realisasi.bench.ts "$TERUKUR_TEST_DATABASE_URL"
