#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an EMPTY database, then check it.
#   scripts/restore.sh FILE         (DATABASE_URL names the empty database to fill)
# Restore into a new database, check it, then point the portal at it: never over the
# live one. Stop the web, worker and beat processes while you switch.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the empty database to restore into}"
file="${1:?give the backup file}"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$file"
cd "$(dirname "$0")/.."
python manage.py migrate --check >/dev/null && echo "Schema: up to date"
python manage.py shell -c "
from indicators.models import Indicator
from submissions.models import Return
from reports.models import Snapshot
print(f'Restored: {Indicator.objects.count()} indicators, {Return.objects.count()} returns, {Snapshot.objects.count()} snapshots')
"
