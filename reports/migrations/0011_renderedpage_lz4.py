"""Kept dashboard pages compressed with lz4 rather than PostgreSQL's default pglz, where the
server has it (PostgreSQL 14 and later, built with lz4, as Debian's is).

Every dashboard page is read whole from here (reports/pages.py): a service area's page of
500 KiB took 1.9 ms to read with pglz and 1.1 ms with lz4 (issue 14, docs/performance.md).
Pages kept before stay as they are until rendered again (a release renders them again).
A dump (scripts/backup.sh) then names lz4 for the column: restoring it onto a PostgreSQL
without lz4 needs `pg_restore --no-toast-compression`.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

COLUMN = ("reports_renderedpage", "content")


def _has_lz4(schema_editor: Any) -> bool:
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        found = cursor.fetchone()
    return bool(found and found[0])


def _compress(method: str) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        if _has_lz4(schema_editor):
            quote = schema_editor.quote_name
            table, column = COLUMN
            schema_editor.execute(
                f"ALTER TABLE {quote(table)} ALTER COLUMN {quote(column)} SET COMPRESSION {method}"
            )

    return run


class Migration(migrations.Migration):
    dependencies = [("reports", "0010_merge_20261125_0713")]

    operations = [migrations.RunPython(_compress("lz4"), _compress("default"))]
