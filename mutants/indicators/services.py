"""Changes to the catalogue that touch many rows at once: the year rollover and a handover."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from .models import FinancialYear, Indicator, Target


@dataclass(frozen=True)
class Rollover:
    year: FinancialYear
    carried: int
    already: int
    without: list[str]


@transaction.atomic
def year_rollover(*, start_year: int, user: Any = None) -> Rollover:
    """Open a financial year: every active indicator gets last year's target, floor and
    thresholds, marked provisional until the committee's figures are loaded. Safe to run
    again: indicators that have this year's targets already are left alone."""
    year, _ = FinancialYear.objects.get_or_create(start_year=start_year)
    have = set(Target.objects.filter(year=year).values_list("indicator_id", flat=True))
    last = {
        t.indicator_id: t
        for t in Target.objects.filter(year__start_year=start_year - 1, indicator__is_active=True)
    }
    new, without = [], []
    for indicator in Indicator.objects.active().order_by("ref"):
        if indicator.pk in have:
            continue
        previous = last.get(indicator.pk)
        if previous is None:
            without.append(indicator.ref)
            continue
        new.append(
            Target(
                indicator=indicator,
                year=year,
                target=previous.target,
                floor=previous.floor,
                lower=previous.lower,
                upper=previous.upper,
                provisional=True,
                note=f"Provisional: {previous.year.label}'s target until the committee agrees "
                f"{year.label}'s",
            )
        )
    bulk_create_with_history(
        new,
        Target,
        default_user=user,
        default_change_reason=f"Carried over from {start_year - 1}/{start_year % 100:02d}",
    )
    return Rollover(year=year, carried=len(new), already=len(have), without=without)
