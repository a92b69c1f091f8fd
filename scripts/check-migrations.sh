#!/usr/bin/env bash
# Fails when the schema files (src/*/*.schema.ts) and the migrations in drizzle/ disagree:
# drizzle-kit generates into a copy of drizzle/, and any new migration there is drift.
set -euo pipefail
cd "$(dirname "$0")/.."
copy="$(mktemp -d ./.migrations-check.XXXXXX)" # drizzle-kit wants a relative folder
trap 'rm -rf "$copy"' EXIT
cp -r drizzle/. "$copy/"
output="$(npx drizzle-kit generate --dialect postgresql --schema ./src/db/schema.ts \
  --out "$copy" --name drift 2>&1)" || true
if compgen -G "$copy/*_drift.sql" >/dev/null; then
  echo "The schema and the migrations disagree. The missing migration would be:" >&2
  cat "$copy"/*_drift.sql >&2
  echo >&2
  echo "Add it with scripts/add-migration.sh <short_name> and review the SQL." >&2
  exit 1
fi
if ! grep -q "No schema changes" <<<"$output"; then
  echo "drizzle-kit could not compare the schema with the migrations:" >&2
  echo "$output" >&2
  exit 1
fi
echo "Migrations match the schema."
