"""Kept PDFs were rendered untagged (no headings, table structure or chart descriptions
for screen readers) and in the old layout: drop them, so each is rendered again, tagged,
on its next download (or by a worker after the next freeze)."""

from django.db import migrations


def drop_kept_exports(apps, schema_editor):
    apps.get_model("reports", "RenderedExport").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("reports", "0005_snapshotrow_forecast_actions")]

    operations = [migrations.RunPython(drop_kept_exports, migrations.RunPython.noop)]
