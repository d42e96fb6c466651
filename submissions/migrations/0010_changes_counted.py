"""PostgreSQL counts the committed changes to the tables Review's listing is read from
(core/changes.py says why and how). On any other database this does nothing."""

from django.conf import settings
from django.db import migrations

# Every table Review's listing reads (tests/submissions/test_review_kept.py checks it
# against the queries the page runs), and, for the users, only the columns shown or
# checked: a sign-in writes last_login (and may rehash the password), which no page shows.
TABLES = [
    "auth_group",
    "auth_user_groups",
    "indicators_directorate",
    "indicators_financialyear",
    "indicators_indicator",
    "indicators_indicator_owners",
    "indicators_servicearea",
    "indicators_target",
    "submissions_action",
    "submissions_actionnote",
    "submissions_return",
    "submissions_returnperiod",
]
USER_COLUMNS = "username, first_name, last_name, email, is_active, is_staff, is_superuser"

SLOTS = 64  # rows of the count: commits at once, each on a row of its own
FUNCTION = f"""
CREATE TABLE kp_changes (id smallint PRIMARY KEY, n bigint NOT NULL);
INSERT INTO kp_changes SELECT slot, 0 FROM generate_series(1, {SLOTS}) AS slot;
-- One change counted, on a row no other commit holds, so that a commit never waits here
-- for another (which may be waiting for a lock this one holds); only were all {SLOTS}
-- held at once. The triggers' and core.changes.count_one's.
CREATE FUNCTION kp_count_one() RETURNS void LANGUAGE sql AS $$
    UPDATE kp_changes SET n = n + 1 WHERE id = coalesce(
        (SELECT id FROM kp_changes FOR UPDATE SKIP LOCKED LIMIT 1),
        1 + mod(pg_backend_pid(), {SLOTS})
    );
$$;
CREATE FUNCTION kp_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Once a transaction: the first of its changed rows counts it.
    IF TG_LEVEL = 'ROW'
       AND current_setting('kp.counted', true) = pg_current_xact_id()::text THEN
        RETURN NULL;
    END IF;
    PERFORM kp_count_one();
    PERFORM set_config('kp.counted', pg_current_xact_id()::text, true);
    RETURN NULL;
END $$;
"""


def _triggers(table: str, update: str = "UPDATE") -> str:
    return f"""
CREATE CONSTRAINT TRIGGER kp_count_change AFTER INSERT OR {update} OR DELETE ON {table}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kp_count_change();
CREATE TRIGGER kp_count_truncate AFTER TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION kp_count_change();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for table in TABLES:
        schema_editor.execute(_triggers(table))
    schema_editor.execute(_triggers("auth_user", f"UPDATE OF {USER_COLUMNS}"))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in [*TABLES, "auth_user"]:
        schema_editor.execute(
            f"DROP TRIGGER kp_count_change ON {table}; DROP TRIGGER kp_count_truncate ON {table};"
        )
    schema_editor.execute(
        "DROP FUNCTION kp_count_change(); DROP FUNCTION kp_count_one(); DROP TABLE kp_changes;"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("submissions", "0009_deputies"),
        ("indicators", "0003_external_refs_api_submits"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
