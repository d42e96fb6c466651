"""On PostgreSQL, TRUNCATE of a frozen table is refused too (it bypasses row triggers),
and the refusal names the operation and table plainly (it read "UPDATEs on ...rows").

A session may allow TRUNCATE with `SET kpiportal.allow_truncate = 'on'`: the test suite
does, to empty its database between tests; nothing in the portal does.
"""

from django.db import migrations

TABLES = ["reports_snapshot", "reports_snapshotrow"]

FUNCTION = """
CREATE OR REPLACE FUNCTION reports_refuse_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' AND current_setting('kpiportal.allow_truncate', true) = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'A frozen month cannot be changed: % on %', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""


def add(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)  # the % are plpgsql's, not placeholders
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_frozen_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION reports_refuse_change();"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_frozen_truncate ON {table};")


class Migration(migrations.Migration):
    dependencies = [("reports", "0007_mark_frozen_periods")]

    operations = [migrations.RunPython(add, remove)]
