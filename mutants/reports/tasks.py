"""Freezing in the background: by beat after each deadline, or by the "Freeze now" button."""

from __future__ import annotations

from datetime import date
from typing import Any

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import InterfaceError, OperationalError, connection
from django.utils import timezone

from indicators import periods
from submissions.models import ReturnPeriod

from .freeze import freeze_month
from .models import Snapshot
from .rendering import render_and_store, stored

DATABASE_GONE = (OperationalError, InterfaceError)  # a restart, a dropped connection


@shared_task(
    bind=True,
    name="reports.freeze_month",
    acks_late=True,
    autoretry_for=(ConnectionError, OSError),
    retry_backoff=True,
    max_retries=8,
)
def freeze_month_task(
    self: Any, month: str, user_id: int | None = None, reason: str = "", source: str = "button"
) -> str:
    """Freeze one month; a retry or a second delivery finds it frozen and does nothing.

    If the database goes away (a restart), the connection is dropped and the freeze is
    tried again a little later, rather than lost.
    """
    try:
        user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
        result = freeze_month(periods.parse_month(month), user=user, reason=reason, source=source)
    except DATABASE_GONE as error:
        connection.close_if_unusable_or_obsolete()  # the next try opens a new one
        raise self.retry(exc=error, countdown=min(60, 2 ** (self.request.retries + 1))) from error
    return f"{result.snapshot.key} v{result.snapshot.version}"


@shared_task(name="reports.freeze_due_months")
def freeze_due_months(today: str | None = None) -> list[str]:
    """Daily: freeze each open month whose freeze day (N working days after its deadline)
    has come and that has no snapshot yet."""
    day = date.fromisoformat(today) if today else timezone.localdate()
    frozen = set(Snapshot.objects.values_list("month", flat=True))
    done = []
    for period in ReturnPeriod.objects.filter(opened_at__isnull=False).order_by("month"):
        freeze_day = periods.add_working_days(
            period.deadline, settings.FREEZE_WORKING_DAYS_AFTER_DEADLINE
        )
        if period.month in frozen or day < freeze_day:
            continue
        result = freeze_month(period.month, source=Snapshot.Source.SCHEDULE, today=day)
        done.append(result.snapshot.key)
    return done


@shared_task(name="reports.render_export", autoretry_for=(OSError,), max_retries=3)
def render_export(snapshot_id: int, directorate: str, file_format: str) -> int:
    """Render a snapshot's PDF or XLSX once, for every later download."""
    snapshot = Snapshot.objects.get(pk=snapshot_id)
    if stored(snapshot, directorate, file_format) is not None:
        return 0
    return len(render_and_store(snapshot, directorate, file_format))
