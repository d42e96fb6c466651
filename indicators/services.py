"""Changes to the catalogue that touch many rows at once: the year rollover and a handover."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from kpiportal.roles import Role

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


@dataclass(frozen=True)
class Handover:
    indicators: list[str]
    returns_in_flight: int


@transaction.atomic
def ownership_handover(*, leaving: Any, successor: Any, user: Any) -> Handover:
    """Hand every indicator `leaving` owns to `successor`, in one step.

    1. Make the successor an indicator owner if they are not one yet.
    2. On each indicator, swap the owner, recording who did it and why in its history.
    3. Returns in flight (not yet approved) go with their indicators; each gets a line in
       its audit trail saying whose it now is.
    """
    from submissions.models import Return  # returns build on the catalogue

    if leaving.pk == successor.pk:
        raise ValueError("Choose a different person to hand the indicators to.")
    successor.groups.add(Group.objects.get(name=Role.OWNER.value))
    reason = (
        f"Handed over from {leaving.get_full_name() or leaving.username} to "
        f"{successor.get_full_name() or successor.username}"
    )
    indicators = list(Indicator.objects.filter(owners=leaving).order_by("ref"))
    for indicator in indicators:
        # Each change to the owners writes a history row, with who and why.
        indicator._history_user = user
        indicator._change_reason = reason
        indicator.owners.add(successor)
        indicator.owners.remove(leaving)
    in_flight = list(
        Return.objects.filter(indicator__in=indicators)
        .exclude(status=Return.Status.APPROVED)
        .select_related("indicator", "period")
    )
    for ret in in_flight:
        ret._history_user = user
        ret._change_reason = reason
        ret.save(update_fields=["updated_at"])
    return Handover(indicators=[i.ref for i in indicators], returns_in_flight=len(in_flight))
