"""The demo's clock: DEMO_TODAY moves the whole portal (pages, worker, beat's tasks) to that
day, so a month can be walked through in minutes: returns open, reminders go, the freeze
happens and its PDF is rendered, as they would over three weeks.

DEMO_TODAY=deadline (what `make run` uses unless told otherwise) is the deadline day of
last month's returns, so the demo opens with the month part-way through sign-off.
Django's `timezone.now` (and so `localdate`, and every `auto_now`) is moved by whole days;
the time of day stays real. Refused outside DEBUG: a live portal keeps real time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

_real_now = timezone.now


def install() -> timedelta | None:
    """Move the clock to settings.DEMO_TODAY, if set; the offset it applies."""
    if not settings.DEMO_TODAY:
        return None
    if not settings.DEBUG:
        raise ImproperlyConfigured("DEMO_TODAY moves the clock: it is for the demo (DEBUG) only.")
    real_today = timezone.localtime(_real_now()).date()
    if settings.DEMO_TODAY == "deadline":
        wanted = deadline_day(real_today)
    else:
        try:
            wanted = date.fromisoformat(settings.DEMO_TODAY)
        except ValueError:
            raise ImproperlyConfigured(
                f"DEMO_TODAY must be a date like 2026-11-20 (or 'deadline'), not "
                f"{settings.DEMO_TODAY!r}."
            ) from None
    offset = timedelta(days=(wanted - real_today).days)

    def now() -> datetime:
        return _real_now() + offset

    timezone.now = now
    return offset


def deadline_day(today: date) -> date:
    """The deadline day of the returns for the month before `today`'s: where `make run`
    starts the demo, with that month part-way through sign-off."""
    from indicators import periods

    last_month = periods.add_months(date(today.year, today.month, 1), -1)
    return periods.deadline(last_month, settings.RETURNS_DEADLINE_WORKING_DAYS)
