#!/usr/bin/env bash
# Adds a migration generated from the schema files (src/*/*.schema.ts) after a schema change.
# Migrations that have landed are never regenerated: existing data folders depend on them.
# Usage: scripts/add-migration.sh <short_name>. Review the SQL before committing; hand-written
# SQL (triggers) goes in its own file: npx drizzle-kit generate --custom --name <short_name>.
# scripts/check-migrations.sh (part of npm run check) fails when schema and migrations disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: $0 <short_name>}"
exec 9>/tmp/passerelle-migrations.lock
flock 9
npx drizzle-kit generate --name "$name"
