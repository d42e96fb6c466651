"""A leaving owner's indicators handed to someone else, with their returns in flight.

It lives with the returns, not the catalogue: it moves returns as well as owners.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import QuerySet

from core.roles import Role
from indicators.models import Indicator

from .models import Return, person_name


def in_flight(indicators: Any) -> QuerySet[Return]:
    """The returns of `indicators` not yet approved: they go with their indicators."""
    return (
        Return.objects.filter(indicator__in=indicators)
        .exclude(status=Return.Status.APPROVED)
        .select_related("indicator", "period")
    )


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
    if leaving.pk == successor.pk:
        raise ValueError("Choose a different person to hand the indicators to.")
    successor.groups.add(Group.objects.get(name=Role.OWNER.value))
    reason = f"Handed over from {person_name(leaving)} to {person_name(successor)}"
    indicators = list(Indicator.objects.filter(owners=leaving).order_by("ref"))
    for indicator in indicators:
        # Each change to the owners writes a history row, with who and why.
        indicator._history_user = user
        indicator._change_reason = reason
        indicator.owners.add(successor)
        indicator.owners.remove(leaving)
    moving = list(in_flight(indicators))
    for ret in moving:
        ret._history_user = user
        ret._change_reason = reason
        ret.save(update_fields=["updated_at"])
    return Handover(indicators=[i.ref for i in indicators], returns_in_flight=len(moving))
