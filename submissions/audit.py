"""A return's audit trail, read from django-simple-history: who, when, what and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from indicators.formatting import format_figure

from .models import Return

SHOWN_FIELDS = {
    "value": "Figure",
    "numerator": "Numerator",
    "denominator": "Denominator",
    "not_available": "Not available",
    "not_available_reason": "Why not available",
    "commentary": "Commentary",
    "status": "State",
    "outlier_confirmed": "Outlier checked",
}


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Entry:
    when: datetime
    who: str
    what: str
    changes: list[Change]


def _shown(ret: Any, field: str, value: Any) -> str:
    if value is None or value == "":
        return "–"
    if field == "value":
        return format_figure(value, ret.indicator.unit, ret.indicator.decimals)
    if field in ("numerator", "denominator"):
        return format(value.normalize(), ",f")
    if field == "status":
        return Return.Status(value).label
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)


def history_entries(ret: Return) -> list[Entry]:
    """Oldest first: each saved version, with the fields that changed from the one before."""
    records = list(
        ret.history.select_related("history_user").order_by("history_date", "history_id")
    )
    entries = []
    previous = None
    for record in records:
        changes = []
        for field, label in SHOWN_FIELDS.items():
            new = getattr(record, field)
            old = getattr(previous, field) if previous else None
            if previous is None and (new in (None, "", False) or field == "status"):
                continue
            if previous is not None and old == new:
                continue
            changes.append(Change(label, _shown(ret, field, old), _shown(ret, field, new)))
        user = record.history_user
        entries.append(
            Entry(
                when=record.history_date,
                who=(user.get_full_name() or user.username) if user else "The portal",
                what=record.history_change_reason or ("Created" if previous is None else "Changed"),
                changes=changes,
            )
        )
        previous = record
    return entries
