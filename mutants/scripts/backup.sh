#!/usr/bin/env bash
# Back up the portal's PostgreSQL database to one compressed file.
#   scripts/backup.sh [FILE]        (DATABASE_URL names the database)
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the database of the portal}"
file="${1:-kpiportal-$(date +%Y-%m-%d-%H%M).dump}"
pg_dump --format=custom --no-owner --no-privileges --file="$file" "$DATABASE_URL"
echo "Backed up to $file ($(du -h "$file" | cut -f1))"
