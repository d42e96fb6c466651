"""Each month already frozen: its return period records when it was first frozen (made if
missing), so that an import for it is treated as a correction."""

from django.db import migrations
from django.db.models import Min


def mark(apps, schema_editor):
    Snapshot = apps.get_model("reports", "Snapshot")
    ReturnPeriod = apps.get_model("submissions", "ReturnPeriod")
    for row in Snapshot.objects.values("month", "year_id").annotate(first=Min("frozen_at")):
        period = ReturnPeriod.objects.filter(month=row["month"]).first()
        if period is None:
            continue  # made by the next freeze or import of that month
        if period.frozen_at is None:
            period.frozen_at = row["first"]
            period.save(update_fields=["frozen_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0006_rerender_pdfs_tagged"),
        ("submissions", "0006_period_frozen_at_source_api"),
    ]

    operations = [migrations.RunPython(mark, migrations.RunPython.noop)]
