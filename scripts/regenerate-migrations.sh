#!/usr/bin/env bash
# Until the first release lands, the foundation migration is regenerated from the schema files
# (src/*/*.schema.ts). Serialised with flock so that parallel edits do not interleave.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/passerelle-migrations.lock
flock 9
audit=$(cat drizzle/0001_audit_append_only.sql)
rm -rf drizzle
npx drizzle-kit generate --name foundation >/dev/null
npx drizzle-kit generate --custom --name audit_append_only >/dev/null
printf '%s\n' "$audit" > drizzle/0001_audit_append_only.sql
ls drizzle
