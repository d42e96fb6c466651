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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class CannotFreeze(Exception):
    """A month that cannot be frozen, said plainly."""


@dataclass(frozen=True)
class FreezeResult:
    snapshot: Snapshot
    created: bool
mutants_x_freeze_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_freeze_month__mutmut)
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


def x_freeze_month__mutmut_orig(
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


def x_freeze_month__mutmut_1(
    month: date,
    *,
    user: Any = None,
    reason: str = "XXXX",
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


def x_freeze_month__mutmut_2(
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
    month = None
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


def x_freeze_month__mutmut_3(
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
    month = date(None, month.month, 1)
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


def x_freeze_month__mutmut_4(
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
    month = date(month.year, None, 1)
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


def x_freeze_month__mutmut_5(
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
    month = date(month.year, month.month, None)
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


def x_freeze_month__mutmut_6(
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
    month = date(month.month, 1)
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


def x_freeze_month__mutmut_7(
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
    month = date(month.year, 1)
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


def x_freeze_month__mutmut_8(
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
    month = date(month.year, month.month, )
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


def x_freeze_month__mutmut_9(
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
    month = date(month.year, month.month, 2)
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


def x_freeze_month__mutmut_10(
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
    today = None
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


def x_freeze_month__mutmut_11(
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
    today = today and timezone.localdate()
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


def x_freeze_month__mutmut_12(
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
    if periods.month_end(None) >= today:
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


def x_freeze_month__mutmut_13(
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
    if periods.month_end(month) > today:
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


def x_freeze_month__mutmut_14(
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
        raise CannotFreeze(None)
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


def x_freeze_month__mutmut_15(
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
    start_year = None
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


def x_freeze_month__mutmut_16(
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
    start_year = periods.financial_year_of(None)
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


def x_freeze_month__mutmut_17(
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
    year = None
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


def x_freeze_month__mutmut_18(
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
    year = FinancialYear.objects.filter(start_year=None).first()
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


def x_freeze_month__mutmut_19(
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
    if year is not None:
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


def x_freeze_month__mutmut_20(
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
            None
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


def x_freeze_month__mutmut_21(
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
            f"There is no financial year {periods.year_label(None)}: "
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


def x_freeze_month__mutmut_22(
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
            "XXload its targets or open it first.XX"
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


def x_freeze_month__mutmut_23(
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
            "LOAD ITS TARGETS OR OPEN IT FIRST."
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


def x_freeze_month__mutmut_24(
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
    reason = None
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


def x_freeze_month__mutmut_25(
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
    latest = None
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


def x_freeze_month__mutmut_26(
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
    latest = Snapshot.objects.filter(month=month).aggregate(v=None)["v"]
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


def x_freeze_month__mutmut_27(
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
    latest = Snapshot.objects.filter(month=None).aggregate(v=Max("version"))["v"]
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


def x_freeze_month__mutmut_28(
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
    latest = Snapshot.objects.filter(month=month).aggregate(v=Max(None))["v"]
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


def x_freeze_month__mutmut_29(
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
    latest = Snapshot.objects.filter(month=month).aggregate(v=Max("XXversionXX"))["v"]
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


def x_freeze_month__mutmut_30(
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
    latest = Snapshot.objects.filter(month=month).aggregate(v=Max("VERSION"))["v"]
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


def x_freeze_month__mutmut_31(
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
    latest = Snapshot.objects.filter(month=month).aggregate(v=Max("version"))["XXvXX"]
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


def x_freeze_month__mutmut_32(
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
    latest = Snapshot.objects.filter(month=month).aggregate(v=Max("version"))["V"]
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


def x_freeze_month__mutmut_33(
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
    if latest or not reason:
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


def x_freeze_month__mutmut_34(
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
    if latest and reason:
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


def x_freeze_month__mutmut_35(
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
        return FreezeResult(None, created=False)
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


def x_freeze_month__mutmut_36(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=latest), created=None)
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


def x_freeze_month__mutmut_37(
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
        return FreezeResult(created=False)
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


def x_freeze_month__mutmut_38(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=latest), )
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


def x_freeze_month__mutmut_39(
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
        return FreezeResult(Snapshot.objects.get(month=None, version=latest), created=False)
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


def x_freeze_month__mutmut_40(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=None), created=False)
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


def x_freeze_month__mutmut_41(
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
        return FreezeResult(Snapshot.objects.get(version=latest), created=False)
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


def x_freeze_month__mutmut_42(
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
        return FreezeResult(Snapshot.objects.get(month=month, ), created=False)
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


def x_freeze_month__mutmut_43(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=latest), created=True)
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


def x_freeze_month__mutmut_44(
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
    version = None
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


def x_freeze_month__mutmut_45(
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
    version = (latest or 0) - 1
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


def x_freeze_month__mutmut_46(
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
    version = (latest and 0) + 1
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


def x_freeze_month__mutmut_47(
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
    version = (latest or 1) + 1
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


def x_freeze_month__mutmut_48(
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
    version = (latest or 0) + 2
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


def x_freeze_month__mutmut_49(
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
            snapshot = None
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


def x_freeze_month__mutmut_50(
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
            snapshot = _write(None, year, version, user=user, reason=reason, source=source)
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


def x_freeze_month__mutmut_51(
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
            snapshot = _write(month, None, version, user=user, reason=reason, source=source)
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


def x_freeze_month__mutmut_52(
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
            snapshot = _write(month, year, None, user=user, reason=reason, source=source)
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


def x_freeze_month__mutmut_53(
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
            snapshot = _write(month, year, version, user=None, reason=reason, source=source)
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


def x_freeze_month__mutmut_54(
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
            snapshot = _write(month, year, version, user=user, reason=None, source=source)
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


def x_freeze_month__mutmut_55(
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
            snapshot = _write(month, year, version, user=user, reason=reason, source=None)
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


def x_freeze_month__mutmut_56(
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
            snapshot = _write(year, version, user=user, reason=reason, source=source)
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


def x_freeze_month__mutmut_57(
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
            snapshot = _write(month, version, user=user, reason=reason, source=source)
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


def x_freeze_month__mutmut_58(
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
            snapshot = _write(month, year, user=user, reason=reason, source=source)
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


def x_freeze_month__mutmut_59(
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
            snapshot = _write(month, year, version, reason=reason, source=source)
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


def x_freeze_month__mutmut_60(
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
            snapshot = _write(month, year, version, user=user, source=source)
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


def x_freeze_month__mutmut_61(
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
            snapshot = _write(month, year, version, user=user, reason=reason, )
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


def x_freeze_month__mutmut_62(
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
            RenderedExport.objects.filter(None).delete()
            RenderedPage.objects.filter(month_versions_before(month, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_63(
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
            RenderedExport.objects.filter(month_versions_before(None, version)).delete()
            RenderedPage.objects.filter(month_versions_before(month, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_64(
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
            RenderedExport.objects.filter(month_versions_before(month, None)).delete()
            RenderedPage.objects.filter(month_versions_before(month, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_65(
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
            RenderedExport.objects.filter(month_versions_before(version)).delete()
            RenderedPage.objects.filter(month_versions_before(month, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_66(
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
            RenderedExport.objects.filter(month_versions_before(month, )).delete()
            RenderedPage.objects.filter(month_versions_before(month, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_67(
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
            RenderedPage.objects.filter(None).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_68(
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
            RenderedPage.objects.filter(month_versions_before(None, version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_69(
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
            RenderedPage.objects.filter(month_versions_before(month, None)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_70(
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
            RenderedPage.objects.filter(month_versions_before(version)).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_71(
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
            RenderedPage.objects.filter(month_versions_before(month, )).delete()
            _mark_period_frozen(month, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_72(
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
            _mark_period_frozen(None, year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_73(
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
            _mark_period_frozen(month, None, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_74(
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
            _mark_period_frozen(month, year, None)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_75(
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
            _mark_period_frozen(year, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_76(
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
            _mark_period_frozen(month, snapshot.frozen_at)
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_77(
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
            _mark_period_frozen(month, year, )
    except IntegrityError:
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_78(
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
        log.info(None, month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_79(
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
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", None, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_80(
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
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, None)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_81(
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
        log.info(month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_82(
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
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_83(
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
        log.info("Freeze of %s v%s lost a race; keeping the other worker's", month, )
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_84(
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
        log.info("XXFreeze of %s v%s lost a race; keeping the other worker'sXX", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_85(
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
        log.info("freeze of %s v%s lost a race; keeping the other worker's", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_86(
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
        log.info("FREEZE OF %S V%S LOST A RACE; KEEPING THE OTHER WORKER'S", month, version)
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_87(
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
        return FreezeResult(None, created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_88(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=None)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_89(
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
        return FreezeResult(created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_90(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=version), )
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_91(
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
        return FreezeResult(Snapshot.objects.get(month=None, version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_92(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=None), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_93(
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
        return FreezeResult(Snapshot.objects.get(version=version), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_94(
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
        return FreezeResult(Snapshot.objects.get(month=month, ), created=False)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_95(
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
        return FreezeResult(Snapshot.objects.get(month=month, version=version), created=True)
    log.info("Froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_96(
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
    log.info(None, month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_97(
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
    log.info("Froze %s version %s: %s rows", None, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_98(
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
    log.info("Froze %s version %s: %s rows", month, None, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_99(
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
    log.info("Froze %s version %s: %s rows", month, version, None)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_100(
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
    log.info(month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_101(
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
    log.info("Froze %s version %s: %s rows", version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_102(
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
    log.info("Froze %s version %s: %s rows", month, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_103(
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
    log.info("Froze %s version %s: %s rows", month, version, )
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_104(
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
    log.info("XXFroze %s version %s: %s rowsXX", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_105(
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
    log.info("froze %s version %s: %s rows", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_106(
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
    log.info("FROZE %S VERSION %S: %S ROWS", month, version, snapshot.row_count)
    prerender_after_freeze(snapshot)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_107(
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
    prerender_after_freeze(None)
    return FreezeResult(snapshot, created=True)


def x_freeze_month__mutmut_108(
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
    return FreezeResult(None, created=True)


def x_freeze_month__mutmut_109(
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
    return FreezeResult(snapshot, created=None)


def x_freeze_month__mutmut_110(
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
    return FreezeResult(created=True)


def x_freeze_month__mutmut_111(
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
    return FreezeResult(snapshot, )


def x_freeze_month__mutmut_112(
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
    return FreezeResult(snapshot, created=False)

mutants_x_freeze_month__mutmut['_mutmut_orig'] = x_freeze_month__mutmut_orig # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_1'] = x_freeze_month__mutmut_1 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_2'] = x_freeze_month__mutmut_2 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_3'] = x_freeze_month__mutmut_3 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_4'] = x_freeze_month__mutmut_4 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_5'] = x_freeze_month__mutmut_5 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_6'] = x_freeze_month__mutmut_6 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_7'] = x_freeze_month__mutmut_7 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_8'] = x_freeze_month__mutmut_8 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_9'] = x_freeze_month__mutmut_9 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_10'] = x_freeze_month__mutmut_10 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_11'] = x_freeze_month__mutmut_11 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_12'] = x_freeze_month__mutmut_12 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_13'] = x_freeze_month__mutmut_13 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_14'] = x_freeze_month__mutmut_14 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_15'] = x_freeze_month__mutmut_15 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_16'] = x_freeze_month__mutmut_16 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_17'] = x_freeze_month__mutmut_17 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_18'] = x_freeze_month__mutmut_18 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_19'] = x_freeze_month__mutmut_19 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_20'] = x_freeze_month__mutmut_20 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_21'] = x_freeze_month__mutmut_21 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_22'] = x_freeze_month__mutmut_22 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_23'] = x_freeze_month__mutmut_23 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_24'] = x_freeze_month__mutmut_24 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_25'] = x_freeze_month__mutmut_25 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_26'] = x_freeze_month__mutmut_26 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_27'] = x_freeze_month__mutmut_27 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_28'] = x_freeze_month__mutmut_28 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_29'] = x_freeze_month__mutmut_29 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_30'] = x_freeze_month__mutmut_30 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_31'] = x_freeze_month__mutmut_31 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_32'] = x_freeze_month__mutmut_32 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_33'] = x_freeze_month__mutmut_33 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_34'] = x_freeze_month__mutmut_34 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_35'] = x_freeze_month__mutmut_35 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_36'] = x_freeze_month__mutmut_36 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_37'] = x_freeze_month__mutmut_37 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_38'] = x_freeze_month__mutmut_38 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_39'] = x_freeze_month__mutmut_39 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_40'] = x_freeze_month__mutmut_40 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_41'] = x_freeze_month__mutmut_41 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_42'] = x_freeze_month__mutmut_42 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_43'] = x_freeze_month__mutmut_43 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_44'] = x_freeze_month__mutmut_44 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_45'] = x_freeze_month__mutmut_45 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_46'] = x_freeze_month__mutmut_46 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_47'] = x_freeze_month__mutmut_47 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_48'] = x_freeze_month__mutmut_48 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_49'] = x_freeze_month__mutmut_49 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_50'] = x_freeze_month__mutmut_50 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_51'] = x_freeze_month__mutmut_51 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_52'] = x_freeze_month__mutmut_52 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_53'] = x_freeze_month__mutmut_53 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_54'] = x_freeze_month__mutmut_54 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_55'] = x_freeze_month__mutmut_55 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_56'] = x_freeze_month__mutmut_56 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_57'] = x_freeze_month__mutmut_57 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_58'] = x_freeze_month__mutmut_58 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_59'] = x_freeze_month__mutmut_59 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_60'] = x_freeze_month__mutmut_60 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_61'] = x_freeze_month__mutmut_61 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_62'] = x_freeze_month__mutmut_62 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_63'] = x_freeze_month__mutmut_63 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_64'] = x_freeze_month__mutmut_64 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_65'] = x_freeze_month__mutmut_65 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_66'] = x_freeze_month__mutmut_66 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_67'] = x_freeze_month__mutmut_67 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_68'] = x_freeze_month__mutmut_68 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_69'] = x_freeze_month__mutmut_69 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_70'] = x_freeze_month__mutmut_70 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_71'] = x_freeze_month__mutmut_71 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_72'] = x_freeze_month__mutmut_72 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_73'] = x_freeze_month__mutmut_73 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_74'] = x_freeze_month__mutmut_74 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_75'] = x_freeze_month__mutmut_75 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_76'] = x_freeze_month__mutmut_76 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_77'] = x_freeze_month__mutmut_77 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_78'] = x_freeze_month__mutmut_78 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_79'] = x_freeze_month__mutmut_79 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_80'] = x_freeze_month__mutmut_80 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_81'] = x_freeze_month__mutmut_81 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_82'] = x_freeze_month__mutmut_82 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_83'] = x_freeze_month__mutmut_83 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_84'] = x_freeze_month__mutmut_84 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_85'] = x_freeze_month__mutmut_85 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_86'] = x_freeze_month__mutmut_86 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_87'] = x_freeze_month__mutmut_87 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_88'] = x_freeze_month__mutmut_88 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_89'] = x_freeze_month__mutmut_89 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_90'] = x_freeze_month__mutmut_90 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_91'] = x_freeze_month__mutmut_91 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_92'] = x_freeze_month__mutmut_92 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_93'] = x_freeze_month__mutmut_93 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_94'] = x_freeze_month__mutmut_94 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_95'] = x_freeze_month__mutmut_95 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_96'] = x_freeze_month__mutmut_96 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_97'] = x_freeze_month__mutmut_97 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_98'] = x_freeze_month__mutmut_98 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_99'] = x_freeze_month__mutmut_99 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_100'] = x_freeze_month__mutmut_100 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_101'] = x_freeze_month__mutmut_101 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_102'] = x_freeze_month__mutmut_102 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_103'] = x_freeze_month__mutmut_103 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_104'] = x_freeze_month__mutmut_104 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_105'] = x_freeze_month__mutmut_105 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_106'] = x_freeze_month__mutmut_106 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_107'] = x_freeze_month__mutmut_107 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_108'] = x_freeze_month__mutmut_108 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_109'] = x_freeze_month__mutmut_109 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_110'] = x_freeze_month__mutmut_110 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_111'] = x_freeze_month__mutmut_111 # type: ignore # mutmut generated
mutants_x_freeze_month__mutmut['x_freeze_month__mutmut_112'] = x_freeze_month__mutmut_112 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mark_period_frozen__mutmut)
def _mark_period_frozen(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_orig(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_1(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = None
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_2(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=None, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_3(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults=None
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_4(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_5(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_6(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"XXyearXX": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_7(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"YEAR": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_8(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(None)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_9(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=True).update(frozen_at=None)


def x__mark_period_frozen__mutmut_10(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=None, frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_11(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=None).update(frozen_at=when)


def x__mark_period_frozen__mutmut_12(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(frozen_at__isnull=True).update(frozen_at=when)


def x__mark_period_frozen__mutmut_13(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, ).update(frozen_at=when)


def x__mark_period_frozen__mutmut_14(month: date, year: FinancialYear, when: Any) -> None:
    """The month's period records its first freeze (made if missing, as for a history
    month frozen without returns ever opening): an import for it is now a correction."""
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, frozen_at__isnull=False).update(frozen_at=when)

mutants_x__mark_period_frozen__mutmut['_mutmut_orig'] = x__mark_period_frozen__mutmut_orig # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_1'] = x__mark_period_frozen__mutmut_1 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_2'] = x__mark_period_frozen__mutmut_2 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_3'] = x__mark_period_frozen__mutmut_3 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_4'] = x__mark_period_frozen__mutmut_4 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_5'] = x__mark_period_frozen__mutmut_5 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_6'] = x__mark_period_frozen__mutmut_6 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_7'] = x__mark_period_frozen__mutmut_7 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_8'] = x__mark_period_frozen__mutmut_8 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_9'] = x__mark_period_frozen__mutmut_9 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_10'] = x__mark_period_frozen__mutmut_10 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_11'] = x__mark_period_frozen__mutmut_11 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_12'] = x__mark_period_frozen__mutmut_12 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_13'] = x__mark_period_frozen__mutmut_13 # type: ignore # mutmut generated
mutants_x__mark_period_frozen__mutmut['x__mark_period_frozen__mutmut_14'] = x__mark_period_frozen__mutmut_14 # type: ignore # mutmut generated
mutants_x_month_versions_before__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_month_versions_before__mutmut)
def month_versions_before(month: date, version: int) -> Q:
    return Q(snapshot__month=month, snapshot__version__lt=version)


def x_month_versions_before__mutmut_orig(month: date, version: int) -> Q:
    return Q(snapshot__month=month, snapshot__version__lt=version)


def x_month_versions_before__mutmut_1(month: date, version: int) -> Q:
    return Q(snapshot__month=None, snapshot__version__lt=version)


def x_month_versions_before__mutmut_2(month: date, version: int) -> Q:
    return Q(snapshot__month=month, snapshot__version__lt=None)


def x_month_versions_before__mutmut_3(month: date, version: int) -> Q:
    return Q(snapshot__version__lt=version)


def x_month_versions_before__mutmut_4(month: date, version: int) -> Q:
    return Q(snapshot__month=month, )

mutants_x_month_versions_before__mutmut['_mutmut_orig'] = x_month_versions_before__mutmut_orig # type: ignore # mutmut generated
mutants_x_month_versions_before__mutmut['x_month_versions_before__mutmut_1'] = x_month_versions_before__mutmut_1 # type: ignore # mutmut generated
mutants_x_month_versions_before__mutmut['x_month_versions_before__mutmut_2'] = x_month_versions_before__mutmut_2 # type: ignore # mutmut generated
mutants_x_month_versions_before__mutmut['x_month_versions_before__mutmut_3'] = x_month_versions_before__mutmut_3 # type: ignore # mutmut generated
mutants_x_month_versions_before__mutmut['x_month_versions_before__mutmut_4'] = x_month_versions_before__mutmut_4 # type: ignore # mutmut generated
mutants_x__write__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write__mutmut)
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


def x__write__mutmut_orig(
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


def x__write__mutmut_1(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = None
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


def x__write__mutmut_2(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        None
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


def x__write__mutmut_3(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            None, "service_area__name", "ref"
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


def x__write__mutmut_4(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", None, "ref"
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


def x__write__mutmut_5(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", None
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


def x__write__mutmut_6(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__name", "ref"
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


def x__write__mutmut_7(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "ref"
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


def x__write__mutmut_8(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", )
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


def x__write__mutmut_9(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "XXservice_area__directorate__nameXX", "service_area__name", "ref"
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


def x__write__mutmut_10(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "SERVICE_AREA__DIRECTORATE__NAME", "service_area__name", "ref"
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


def x__write__mutmut_11(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "XXservice_area__nameXX", "ref"
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


def x__write__mutmut_12(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "SERVICE_AREA__NAME", "ref"
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


def x__write__mutmut_13(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "XXrefXX"
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


def x__write__mutmut_14(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "REF"
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


def x__write__mutmut_15(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "ref"
        )
    )
    # A few dozen service areas, shared by every indicator in them: not one copy per row.
    areas = None
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


def x__write__mutmut_16(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "ref"
        )
    )
    # A few dozen service areas, shared by every indicator in them: not one copy per row.
    areas = ServiceArea.objects.select_related(None).in_bulk()
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


def x__write__mutmut_17(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "ref"
        )
    )
    # A few dozen service areas, shared by every indicator in them: not one copy per row.
    areas = ServiceArea.objects.select_related("XXdirectorateXX").in_bulk()
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


def x__write__mutmut_18(
    month: date, year: FinancialYear, version: int, *, user: Any, reason: str, source: str
) -> Snapshot:
    indicators = list(
        Indicator.objects.active().order_by(
            "service_area__directorate__name", "service_area__name", "ref"
        )
    )
    # A few dozen service areas, shared by every indicator in them: not one copy per row.
    areas = ServiceArea.objects.select_related("DIRECTORATE").in_bulk()
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


def x__write__mutmut_19(
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
        _AREA.set_cached_value(None, areas[indicator.service_area_id])
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


def x__write__mutmut_20(
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
        _AREA.set_cached_value(indicator, None)
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


def x__write__mutmut_21(
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
        _AREA.set_cached_value(areas[indicator.service_area_id])
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


def x__write__mutmut_22(
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
        _AREA.set_cached_value(indicator, )
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


def x__write__mutmut_23(
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
    figures = None
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


def x__write__mutmut_24(
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
    figures = _approved(None, year.start_year)
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


def x__write__mutmut_25(
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
    figures = _approved(month, None)
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


def x__write__mutmut_26(
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
    figures = _approved(year.start_year)
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


def x__write__mutmut_27(
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
    figures = _approved(month, )
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


def x__write__mutmut_28(
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
    targets = None
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


def x__write__mutmut_29(
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
    targets = _targets(None, year)
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


def x__write__mutmut_30(
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
    targets = _targets(indicators, None)
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


def x__write__mutmut_31(
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
    targets = _targets(year)
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


def x__write__mutmut_32(
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
    targets = _targets(indicators, )
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


def x__write__mutmut_33(
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
    actions = None
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


def x__write__mutmut_34(
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
    actions = _actions(None)
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


def x__write__mutmut_35(
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
    snapshot = None
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


def x__write__mutmut_36(
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
        month=None,
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


def x__write__mutmut_37(
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
        version=None,
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


def x__write__mutmut_38(
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
        year=None,
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


def x__write__mutmut_39(
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
        frozen_at=None,
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


def x__write__mutmut_40(
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
        frozen_by=None,
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


def x__write__mutmut_41(
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
        source=None,
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


def x__write__mutmut_42(
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
        reason=None,
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


def x__write__mutmut_43(
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
        row_count=None,
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


def x__write__mutmut_44(
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


def x__write__mutmut_45(
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


def x__write__mutmut_46(
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


def x__write__mutmut_47(
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


def x__write__mutmut_48(
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


def x__write__mutmut_49(
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


def x__write__mutmut_50(
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


def x__write__mutmut_51(
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


def x__write__mutmut_52(
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
        None,
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


def x__write__mutmut_53(
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
        None,
    )
    return snapshot


def x__write__mutmut_54(
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


def x__write__mutmut_55(
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
        )
    return snapshot


def x__write__mutmut_56(
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
                None,
                month,
                figures.get(indicator.pk, {}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_57(
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
                None,
                figures.get(indicator.pk, {}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_58(
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
                None,
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_59(
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
                None,
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_60(
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
                None,
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_61(
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
                month,
                figures.get(indicator.pk, {}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_62(
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
                figures.get(indicator.pk, {}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_63(
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
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_64(
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
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_65(
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
                )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_66(
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
                figures.get(None, {}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_67(
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
                figures.get(indicator.pk, None),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_68(
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
                figures.get({}),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_69(
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
                figures.get(indicator.pk, ),
                targets.get(indicator.pk, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_70(
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
                targets.get(None, {}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_71(
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
                targets.get(indicator.pk, None),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_72(
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
                targets.get({}),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_73(
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
                targets.get(indicator.pk, ),
                actions.get(indicator.pk, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_74(
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
                actions.get(None, ()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_75(
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
                actions.get(indicator.pk, None),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_76(
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
                actions.get(()),
            )
            for indicator in indicators
        ),
    )
    return snapshot


def x__write__mutmut_77(
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
                actions.get(indicator.pk, ),
            )
            for indicator in indicators
        ),
    )
    return snapshot

mutants_x__write__mutmut['_mutmut_orig'] = x__write__mutmut_orig # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_1'] = x__write__mutmut_1 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_2'] = x__write__mutmut_2 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_3'] = x__write__mutmut_3 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_4'] = x__write__mutmut_4 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_5'] = x__write__mutmut_5 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_6'] = x__write__mutmut_6 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_7'] = x__write__mutmut_7 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_8'] = x__write__mutmut_8 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_9'] = x__write__mutmut_9 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_10'] = x__write__mutmut_10 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_11'] = x__write__mutmut_11 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_12'] = x__write__mutmut_12 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_13'] = x__write__mutmut_13 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_14'] = x__write__mutmut_14 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_15'] = x__write__mutmut_15 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_16'] = x__write__mutmut_16 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_17'] = x__write__mutmut_17 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_18'] = x__write__mutmut_18 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_19'] = x__write__mutmut_19 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_20'] = x__write__mutmut_20 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_21'] = x__write__mutmut_21 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_22'] = x__write__mutmut_22 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_23'] = x__write__mutmut_23 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_24'] = x__write__mutmut_24 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_25'] = x__write__mutmut_25 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_26'] = x__write__mutmut_26 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_27'] = x__write__mutmut_27 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_28'] = x__write__mutmut_28 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_29'] = x__write__mutmut_29 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_30'] = x__write__mutmut_30 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_31'] = x__write__mutmut_31 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_32'] = x__write__mutmut_32 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_33'] = x__write__mutmut_33 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_34'] = x__write__mutmut_34 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_35'] = x__write__mutmut_35 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_36'] = x__write__mutmut_36 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_37'] = x__write__mutmut_37 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_38'] = x__write__mutmut_38 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_39'] = x__write__mutmut_39 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_40'] = x__write__mutmut_40 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_41'] = x__write__mutmut_41 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_42'] = x__write__mutmut_42 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_43'] = x__write__mutmut_43 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_44'] = x__write__mutmut_44 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_45'] = x__write__mutmut_45 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_46'] = x__write__mutmut_46 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_47'] = x__write__mutmut_47 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_48'] = x__write__mutmut_48 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_49'] = x__write__mutmut_49 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_50'] = x__write__mutmut_50 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_51'] = x__write__mutmut_51 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_52'] = x__write__mutmut_52 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_53'] = x__write__mutmut_53 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_54'] = x__write__mutmut_54 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_55'] = x__write__mutmut_55 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_56'] = x__write__mutmut_56 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_57'] = x__write__mutmut_57 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_58'] = x__write__mutmut_58 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_59'] = x__write__mutmut_59 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_60'] = x__write__mutmut_60 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_61'] = x__write__mutmut_61 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_62'] = x__write__mutmut_62 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_63'] = x__write__mutmut_63 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_64'] = x__write__mutmut_64 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_65'] = x__write__mutmut_65 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_66'] = x__write__mutmut_66 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_67'] = x__write__mutmut_67 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_68'] = x__write__mutmut_68 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_69'] = x__write__mutmut_69 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_70'] = x__write__mutmut_70 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_71'] = x__write__mutmut_71 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_72'] = x__write__mutmut_72 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_73'] = x__write__mutmut_73 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_74'] = x__write__mutmut_74 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_75'] = x__write__mutmut_75 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_76'] = x__write__mutmut_76 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_77'] = x__write__mutmut_77 # type: ignore # mutmut generated
mutants_x__targets__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__targets__mutmut)
def _targets(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_orig(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_1(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = None
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_2(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets(None, (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_3(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), None)
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_4(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_5(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), )
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_6(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year + 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_7(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 2))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_8(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = None
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_9(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(None)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = held
    return targets


def x__targets__mutmut_10(indicators: list[Indicator], year: FinancialYear) -> dict[int, dict[int, YearTargets]]:
    """Each indicator's targets by financial year: this year's and last year's (a row rates
    a figure against its own year's, which is last year's for one with none yet this year)."""
    loaded = load_targets((i.pk for i in indicators), (year.start_year, year.start_year - 1))
    targets: dict[int, dict[int, YearTargets]] = defaultdict(dict)
    for (indicator_id, start_year), held in loaded.items():
        targets[indicator_id][start_year] = None
    return targets

mutants_x__targets__mutmut['_mutmut_orig'] = x__targets__mutmut_orig # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_1'] = x__targets__mutmut_1 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_2'] = x__targets__mutmut_2 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_3'] = x__targets__mutmut_3 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_4'] = x__targets__mutmut_4 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_5'] = x__targets__mutmut_5 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_6'] = x__targets__mutmut_6 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_7'] = x__targets__mutmut_7 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_8'] = x__targets__mutmut_8 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_9'] = x__targets__mutmut_9 # type: ignore # mutmut generated
mutants_x__targets__mutmut['x__targets__mutmut_10'] = x__targets__mutmut_10 # type: ignore # mutmut generated


_AREA = Indicator._meta.get_field("service_area")
mutants_x__insert_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__insert_rows__mutmut)
def _insert_rows(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_orig(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_1(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = None
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_2(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_3(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = None
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_4(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} & {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_5(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"XXsnapshot_idXX": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_6(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"SNAPSHOT_ID": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_7(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor == "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_8(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "XXpostgresqlXX":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_9(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "POSTGRESQL":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_10(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = None
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_11(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_12(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, ) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_13(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(None, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_14(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=None)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_15(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_16(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, )
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_17(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1001)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_18(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = None
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_19(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = None
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_20(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(None)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_21(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = "XX, XX".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_22(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(None) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_23(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = None
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_24(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(None)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_25(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(None) as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_26(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = None
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_27(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults & row
            copy.write_row([Jsonb(values[n]) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_28(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row(None)


def x__insert_rows__mutmut_29(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if (n in as_json) and False else values[n] for n in defaults])


def x__insert_rows__mutmut_30(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if (n in as_json) or True else values[n] for n in defaults])


def x__insert_rows__mutmut_31(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(None) if n in as_json else values[n] for n in defaults])


def x__insert_rows__mutmut_32(snapshot: Snapshot, rows: Iterable[dict[str, Any]]) -> None:
    """Insert the snapshot's rows: one COPY on PostgreSQL, `bulk_create` on SQLite (the demo).

    `bulk_create` on PostgreSQL sends every column as an array that psycopg quotes element
    by element in Python, a second more at 5,000 indicators (docs/performance.md). COPY
    takes each row's values as they are, psycopg dumping them as for any query, the JSON
    columns through its own `Jsonb`; a column a row leaves out takes the field's default.
    """
    fields = [f for f in SnapshotRow._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields} | {"snapshot_id": snapshot.pk}
    if connection.vendor != "postgresql":
        made = (SnapshotRow(**defaults, **row) for row in rows)
        SnapshotRow.objects.bulk_create(made, batch_size=1000)
        return
    as_json = {f.attname for f in fields if isinstance(f, JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(SnapshotRow._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = defaults | row
            copy.write_row([Jsonb(values[n]) if n not in as_json else values[n] for n in defaults])

mutants_x__insert_rows__mutmut['_mutmut_orig'] = x__insert_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_1'] = x__insert_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_2'] = x__insert_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_3'] = x__insert_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_4'] = x__insert_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_5'] = x__insert_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_6'] = x__insert_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_7'] = x__insert_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_8'] = x__insert_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_9'] = x__insert_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_10'] = x__insert_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_11'] = x__insert_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_12'] = x__insert_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_13'] = x__insert_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_14'] = x__insert_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_15'] = x__insert_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_16'] = x__insert_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_17'] = x__insert_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_18'] = x__insert_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_19'] = x__insert_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_20'] = x__insert_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_21'] = x__insert_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_22'] = x__insert_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_23'] = x__insert_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_24'] = x__insert_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_25'] = x__insert_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_26'] = x__insert_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_27'] = x__insert_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_28'] = x__insert_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_29'] = x__insert_rows__mutmut_29 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_30'] = x__insert_rows__mutmut_30 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_31'] = x__insert_rows__mutmut_31 # type: ignore # mutmut generated
mutants_x__insert_rows__mutmut['x__insert_rows__mutmut_32'] = x__insert_rows__mutmut_32 # type: ignore # mutmut generated
mutants_x__actions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__actions__mutmut)
def _actions(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_orig(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_1(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = None
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_2(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(None)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_3(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by(None, "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_4(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", None):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_5(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_6(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", ):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_7(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        None, opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_8(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=None
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_9(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_10(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_11(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) & Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_12(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=None) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_13(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=None), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_14(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("XXdueXX", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_15(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("DUE", "pk"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_16(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "XXpkXX"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_17(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "PK"):
        found[action.indicator_id].append(action)
    return found


def x__actions__mutmut_18(month: date) -> dict[int, list[Action]]:
    """Each indicator's actions as they stand: recorded by this month's return or before,
    and open, or closed since the month began."""
    found: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(
        Q(status__in=Action.OPEN) | Q(closed_on__gte=month), opened_for__month__lte=month
    ).order_by("due", "pk"):
        found[action.indicator_id].append(None)
    return found

mutants_x__actions__mutmut['_mutmut_orig'] = x__actions__mutmut_orig # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_1'] = x__actions__mutmut_1 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_2'] = x__actions__mutmut_2 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_3'] = x__actions__mutmut_3 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_4'] = x__actions__mutmut_4 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_5'] = x__actions__mutmut_5 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_6'] = x__actions__mutmut_6 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_7'] = x__actions__mutmut_7 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_8'] = x__actions__mutmut_8 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_9'] = x__actions__mutmut_9 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_10'] = x__actions__mutmut_10 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_11'] = x__actions__mutmut_11 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_12'] = x__actions__mutmut_12 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_13'] = x__actions__mutmut_13 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_14'] = x__actions__mutmut_14 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_15'] = x__actions__mutmut_15 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_16'] = x__actions__mutmut_16 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_17'] = x__actions__mutmut_17 # type: ignore # mutmut generated
mutants_x__actions__mutmut['x__actions__mutmut_18'] = x__actions__mutmut_18 # type: ignore # mutmut generated
mutants_x__approved__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__approved__mutmut)
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


def x__approved__mutmut_orig(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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


def x__approved__mutmut_1(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = None
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


def x__approved__mutmut_2(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(None)
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


def x__approved__mutmut_3(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year + 1)
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


def x__approved__mutmut_4(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 2)
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


def x__approved__mutmut_5(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = None
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


def x__approved__mutmut_6(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(None, -12 * RECENT_PERIODS + 1)
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


def x__approved__mutmut_7(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, None)
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


def x__approved__mutmut_8(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(-12 * RECENT_PERIODS + 1)
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


def x__approved__mutmut_9(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, )
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


def x__approved__mutmut_10(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS - 1)
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


def x__approved__mutmut_11(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 / RECENT_PERIODS + 1)
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


def x__approved__mutmut_12(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, +12 * RECENT_PERIODS + 1)
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


def x__approved__mutmut_13(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -13 * RECENT_PERIODS + 1)
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


def x__approved__mutmut_14(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 2)
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


def x__approved__mutmut_15(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = None
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


def x__approved__mutmut_16(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "XXindicator_idXX",
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


def x__approved__mutmut_17(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "INDICATOR_ID",
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


def x__approved__mutmut_18(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "XXperiod__monthXX",
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


def x__approved__mutmut_19(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "PERIOD__MONTH",
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


def x__approved__mutmut_20(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "XXvalueXX",
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


def x__approved__mutmut_21(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "VALUE",
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


def x__approved__mutmut_22(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "XXnumeratorXX",
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


def x__approved__mutmut_23(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "NUMERATOR",
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


def x__approved__mutmut_24(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "numerator",
        "XXdenominatorXX",
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


def x__approved__mutmut_25(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "numerator",
        "DENOMINATOR",
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


def x__approved__mutmut_26(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "numerator",
        "denominator",
        "XXcommentaryXX",
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


def x__approved__mutmut_27(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
    """Approved returns by indicator and month, up to `month`: only these figures count."""
    since = periods.year_start(start_year - 1)
    annual_since = periods.add_months(month, -12 * RECENT_PERIODS + 1)
    columns = (
        "indicator_id",
        "period__month",
        "value",
        "numerator",
        "denominator",
        "COMMENTARY",
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


def x__approved__mutmut_28(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "XXnot_availableXX",
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


def x__approved__mutmut_29(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "NOT_AVAILABLE",
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


def x__approved__mutmut_30(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "XXnot_available_reasonXX",
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


def x__approved__mutmut_31(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "NOT_AVAILABLE_REASON",
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


def x__approved__mutmut_32(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "XXforecastXX",
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


def x__approved__mutmut_33(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "FORECAST",
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


def x__approved__mutmut_34(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "XXforecast_reasonXX",
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


def x__approved__mutmut_35(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        "FORECAST_REASON",
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


def x__approved__mutmut_36(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
    wanted = None
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


def x__approved__mutmut_37(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
    wanted = Q(period__month__gte=since) & Q(
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


def x__approved__mutmut_38(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
    wanted = Q(period__month__gte=None) | Q(
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


def x__approved__mutmut_39(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        period__month__gte=None, indicator__frequency=Indicator.Frequency.ANNUAL
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


def x__approved__mutmut_40(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        period__month__gte=annual_since, indicator__frequency=None
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


def x__approved__mutmut_41(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        indicator__frequency=Indicator.Frequency.ANNUAL
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


def x__approved__mutmut_42(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        period__month__gte=annual_since, )
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


def x__approved__mutmut_43(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
    rows = None
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_44(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            None,
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


def x__approved__mutmut_45(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            status=None,
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


def x__approved__mutmut_46(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            period__month__lte=None,
            indicator__is_active=True,
        )
        .order_by()
        .values_list(*columns)
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_47(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            indicator__is_active=None,
        )
        .order_by()
        .values_list(*columns)
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_48(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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


def x__approved__mutmut_49(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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


def x__approved__mutmut_50(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            indicator__is_active=True,
        )
        .order_by()
        .values_list(*columns)
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_51(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            )
        .order_by()
        .values_list(*columns)
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_52(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
            indicator__is_active=False,
        )
        .order_by()
        .values_list(*columns)
    )
    found: dict[int, dict[date, Approved]] = defaultdict(dict)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_53(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
    found: dict[int, dict[date, Approved]] = None
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_54(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
    found: dict[int, dict[date, Approved]] = defaultdict(None)
    for row in rows:
        found[row[0]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_55(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        found[row[0]][row[1]] = None
    return found


def x__approved__mutmut_56(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        found[row[1]][row[1]] = Approved(*row[2:])
    return found


def x__approved__mutmut_57(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        found[row[0]][row[2]] = Approved(*row[2:])
    return found


def x__approved__mutmut_58(month: date, start_year: int) -> dict[int, dict[date, Approved]]:
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
        found[row[0]][row[1]] = Approved(*row[3:])
    return found

mutants_x__approved__mutmut['_mutmut_orig'] = x__approved__mutmut_orig # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_1'] = x__approved__mutmut_1 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_2'] = x__approved__mutmut_2 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_3'] = x__approved__mutmut_3 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_4'] = x__approved__mutmut_4 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_5'] = x__approved__mutmut_5 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_6'] = x__approved__mutmut_6 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_7'] = x__approved__mutmut_7 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_8'] = x__approved__mutmut_8 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_9'] = x__approved__mutmut_9 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_10'] = x__approved__mutmut_10 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_11'] = x__approved__mutmut_11 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_12'] = x__approved__mutmut_12 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_13'] = x__approved__mutmut_13 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_14'] = x__approved__mutmut_14 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_15'] = x__approved__mutmut_15 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_16'] = x__approved__mutmut_16 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_17'] = x__approved__mutmut_17 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_18'] = x__approved__mutmut_18 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_19'] = x__approved__mutmut_19 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_20'] = x__approved__mutmut_20 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_21'] = x__approved__mutmut_21 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_22'] = x__approved__mutmut_22 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_23'] = x__approved__mutmut_23 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_24'] = x__approved__mutmut_24 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_25'] = x__approved__mutmut_25 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_26'] = x__approved__mutmut_26 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_27'] = x__approved__mutmut_27 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_28'] = x__approved__mutmut_28 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_29'] = x__approved__mutmut_29 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_30'] = x__approved__mutmut_30 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_31'] = x__approved__mutmut_31 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_32'] = x__approved__mutmut_32 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_33'] = x__approved__mutmut_33 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_34'] = x__approved__mutmut_34 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_35'] = x__approved__mutmut_35 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_36'] = x__approved__mutmut_36 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_37'] = x__approved__mutmut_37 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_38'] = x__approved__mutmut_38 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_39'] = x__approved__mutmut_39 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_40'] = x__approved__mutmut_40 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_41'] = x__approved__mutmut_41 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_42'] = x__approved__mutmut_42 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_43'] = x__approved__mutmut_43 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_44'] = x__approved__mutmut_44 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_45'] = x__approved__mutmut_45 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_46'] = x__approved__mutmut_46 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_47'] = x__approved__mutmut_47 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_48'] = x__approved__mutmut_48 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_49'] = x__approved__mutmut_49 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_50'] = x__approved__mutmut_50 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_51'] = x__approved__mutmut_51 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_52'] = x__approved__mutmut_52 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_53'] = x__approved__mutmut_53 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_54'] = x__approved__mutmut_54 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_55'] = x__approved__mutmut_55 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_56'] = x__approved__mutmut_56 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_57'] = x__approved__mutmut_57 # type: ignore # mutmut generated
mutants_x__approved__mutmut['x__approved__mutmut_58'] = x__approved__mutmut_58 # type: ignore # mutmut generated
