"""A return's audit trail, read from django-simple-history: who, when, what and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from indicators.history import Change, changes

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
    "no_action_reason": "Why no action is open",
    "forecast": "Owner's year-end forecast",
    "forecast_reason": "Why the forecast differs",
    "owner_reply": "Answer to the reviewer",
}


@dataclass(frozen=True)
class Entry:
    when: datetime
    who: str
    what: str
    changes: list[Change]


def history_entries(ret: Return) -> list[Entry]:
    """Oldest first: each saved version, with the fields that changed from the one before."""
    records = list(
        ret.history.select_related("history_user").order_by("history_date", "history_id")
    )
    entries = []
    previous = None
    for record in records:
        user = record.history_user
        entries.append(
            Entry(
                when=record.history_date,
                who=(user.get_full_name() or user.username) if user else "The portal",
                what=record.history_change_reason or ("Created" if previous is None else "Changed"),
                changes=changes(
                    record,
                    previous,
                    SHOWN_FIELDS,
                    indicator=ret.indicator,
                    skip_on_create=("status",),
                ),
            )
        )
        previous = record
    return entries
