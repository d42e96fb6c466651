from __future__ import annotations

from celery import shared_task
from django.db import connection

from indicators.models import Indicator


@shared_task(name="kpiportal.health_check")
def health_check() -> dict[str, object]:
    """Run by a worker to prove it is alive and reaches the database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"database": connection.vendor, "indicators": Indicator.objects.count()}
