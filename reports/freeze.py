"""Freezing a month into a snapshot: the one way snapshots are made.

`freeze_month` is called by the Celery task (beat and the "Freeze now" button) and by
`manage.py freeze`. It runs a fixed number of queries whatever the number of indicators.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import F, JSONField, Max
from django.utils import timezone

from indicators import periods
from indicators.models import FinancialYear, Indicator, ServiceArea, Target
from submissions.models import Return

from .compute import RECENT_PERIODS, Approved, row_fields
from .models import Snapshot, SnapshotRow

log = logging.getLogger(__name__)


class CannotFreeze(Exception):
    """A month that cannot be frozen, said plainly."""


@dataclass(frozen=True)
class FreezeResult:
    snapshot: Snapshot
    created: bool


def freeze_month(
    month: date,
    *,
    user: Any = None,
    reason: str = "",
    source: str = Snapshot.Source.COMMAND,
    today: date | None = None,
) -> FreezeResult:
    """Freeze `month`: write a Snapshot and one row per active indicator, in one transaction.

    1. Refuse a month that has not ended or whose financial year does not exist.
    2. Without a reason, a month already frozen is left as it is (a retry does nothing).
       With a reason, the next version is written and the earlier ones are kept.
    3. Load the active indicators, their targets for this year and last, and their approved
       returns from April of last year (four years back for annual ones): four queries.
    4. Work out every row in memory, then insert the snapshot and its rows in bulk.
    5. If another worker froze the same version meanwhile, the unique (month, version)
       refuses the second insert; the transaction rolls back and theirs is returned.
    """
    month = date(month.year, month.month, 1)
    today = today or timezone.localdate()
    if periods.month_end(month) >= today:
        raise CannotFreeze(f"{month:%B %Y} has not ended yet, so it cannot be frozen.")
    start_year = periods.financial_year_of(month)
    year = FinancialYear.objects.filter(start_year=start_year).first()
    if year is None:
        raise CannotFreeze(
            f"There is no financial year {periods.year_label(start_year)}: "
            "load its targets or open it first."
        )
    reason = reason.strip()
    latest = Snapshot.objects.filter(month=month).aggregate(v=Max("version"))["v"]
    if latest and not reason:
        return FreezeResult(Snapshot.objects.get(month=month, version=latest), created=False)
    version = (latest or 0) + 1
    try:
        with transaction.atomic():
            snapshot = _write(month, year, version, user=user, reason=reason, source=source)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    return FreezeResult(snapshot, created=True)


def _write(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "ref"
        )
    )
    # A few dozen service areas, shared by every indicator in them: not one copy per row.
    areas = ServiceArea.objects.select_related("directorate").in_bulk()
    for indicator in indicators:
        _AREA.set_cached_value(indicator, areas[indicator.service_area_id])
    targets: dict[int, dict[int, Target]] = defaultdict(dict)
    for target in Target.objects.filter(
        year__start_year__in=[year.start_year - 1, year.start_year], indicator__is_active=True
    ).annotate(start_year=F("year__start_year")):
        targets[target.indicator_id][target.start_year] = target
    figures = _approved(month, year.start_year)
    snapshot = Snapshot.objects.create(
        month=month,
        version=version,
        year=year,
        frozen_at=timezone.now(),
        frozen_by=user,
        source=source,
        reason=reason,
        row_count=len(indicators),
    )
    _insert_rows(
        snapshot,
        (
            row_fields(indicator, month, figures.get(indicator.pk, {}), targets[indicator.pk])
            for indicator in indicators
        ),
    )
    return snapshot


_AREA = Indicator._meta.get_field("service_area")


def _insert_rows(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, bulk_create elsewhere.

    COPY is what PostgreSQL loads rows fastest with; bulk_create would send every value
    through an array parameter. The rows hold the same values either way.
    """
    if connection.vendor != "postgresql":
        SnapshotRow.objects.bulk_create(
            (SnapshotRow(snapshot=snapshot, **fields) for fields in rows), batch_size=1000
        )
        return
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    plain, related, as_json = 0, 1, 2
    kinds = [
        (f.name, related if f.is_relation else as_json if isinstance(f, JSONField) else plain)
        for f in fields
    ]
    given = {"snapshot": snapshot}
    defaults = {f.name: f.get_default() for f in fields}
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values: list[Any] = []
            for name, kind in kinds:
                value = row[name] if name in row else given.get(name, defaults[name])
                if kind == related:
                    value = value.pk
                elif kind == as_json:
                    value = json.dumps(value)  # as JSONField sends it, with no encoder
                values.append(value)
            copy.write_row(values)


def _approved(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "numerator",
        "denominator",
        "commentary",
        "not_available",
        "not_available_reason",
    )
    approved = Return.objects.filter(
        status=Return.Status.APPROVED, period__month__lte=month, indicator__is_active=True
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    recent = approved.filter(period__month__gte=since).values_list(*columns)
    older_annual = approved.filter(
        period__month__gte=annual_since,
        period__month__lt=since,
        indicator__frequency=Indicator.Frequency.ANNUAL,
    ).values_list(*columns)
    for rows in (recent, older_annual):
        for indicator_id, row_month, *rest in rows.iterator(chunk_size=5000):
            found[indicator_id][row_month] = Approved(*rest)
    return found
