"""On PostgreSQL, the database itself refuses to change or delete a frozen month."""

from django.db import migrations

TABLES = ["reports_snapshot", "reports_snapshotrow"]

FUNCTION = """
CREATE OR REPLACE FUNCTION reports_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'A frozen month cannot be changed (%s on %s)', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""


def add_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)  # the % are plpgsql's, not placeholders
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION reports_refuse_change();"
        )


def remove_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_frozen ON {table};")
    schema_editor.execute("DROP FUNCTION IF EXISTS reports_refuse_change();")


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial")]

    operations = [migrations.RunPython(add_triggers, remove_triggers)]
