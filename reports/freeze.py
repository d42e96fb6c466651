"""Freezing a month into a snapshot: the one way snapshots are made.

`freeze_month` is called by the Celery task (beat and the "Freeze now" button) and by
`manage.py freeze`. It runs a fixed number of queries whatever the number of indicators.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import JSONField, Max, Q
from django.utils import timezone
from psycopg.types.json import Jsonb

from indicators import periods
from indicators.models import FinancialYear, Indicator, ServiceArea
from indicators.targets import YearTargets
from indicators.targets import load as load_targets
from submissions.models import Action, Return, ReturnPeriod

from .compute import RECENT_PERIODS, Approved, row_fields
from .models import RenderedExport, RenderedPage, Snapshot, SnapshotRow
from .rendering import prerender_after_freeze

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
    3. Load the active indicators, the service areas, their approved returns from April of
       last year (four years back for annual ones) and their targets (this year's and last
       year's, with any period's own): four queries.
    4. Work out each row and insert the snapshot and its rows in bulk (`_insert_rows`).
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
            # Earlier versions' kept PDFs, workbooks and pages do not say they are
            # superseded: drop them, so the next download or visit renders one that does.
            RenderedExport.objects.filter(month_versions_before(month, version)).delete()
            RenderedPage.objects.filter(month_versions_before(month, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def _mark_period_frozen(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def month_versions_before(month: date, version: int) -> Q:
    return Q(snapshot__month=month, snapshot__version__lt=version)


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
    figures = _approved(month, year.start_year)
    targets = _targets(indicators, year)
    actions = _actions(month)
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
            row_fields(
                indicator,
                month,
                figures.get(indicator.pk, {}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def _targets(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


_AREA = Indicator._meta.get_field("service_area")


def _insert_rows(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if not _has_copy():
        made = (SnapshotRow(**(defaults | row)) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def _has_copy() -> bool:
    return connection.vendor == "postgresql"


def _actions(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


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
        "forecast",
        "forecast_reason",
    )
    # Since April last year; for annual indicators, their last four years. One pass over
    # the returns (it is most of the freeze's time in the database), read whole: a
    # server-side cursor's round trips cost more than holding the rows.
    wanted = Q(period__month__gte=since) | Q(
        period__month__gte=annual_since, indicator__frequency=Indicator.Frequency.ANNUAL
    )
    rows = (
        Return.objects.filter(
            wanted,
            status=Return.Status.APPROVED,
            period__month__lte=month,
            indicator__is_active=True,
        )
        .order_by()
        .values_list(*columns)
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found
