"""What changed between two saved versions of a record, shown as people read it.

The one engine behind every audit trail (a return's own page and the portal-wide search):
django-simple-history's `diff_against()` finds the changed fields, and `shown` writes
each value as the portal shows it elsewhere: a figure rounded to the indicator's decimal
places in its unit, a state by its label, a date as 31 Jan 2027.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .formatting import format_figure

# Fields holding a figure of the indicator, shown in its unit and decimal places.
FIGURE_FIELDS = frozenset({"value", "target", "floor", "lower", "upper", "forecast"})
# Numerators and denominators: counts, or FTEs to two places.
PART_FIELDS = frozenset({"numerator", "denominator"})
EMPTY = "–"


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


def shown(record: Any, field: str, value: Any, indicator: Any = None) -> str:
    """One value of a historical record, as the portal shows it."""
    if value is None or value == "":
        return EMPTY
    choices = dict(record._meta.get_field(field).choices or ())
    if value in choices:
        return str(choices[value])
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return f"{value:%-d %b %Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%-d %b %Y}"
    if isinstance(value, Decimal):
        if field in FIGURE_FIELDS and indicator is not None:
            return format_figure(value, indicator.unit, indicator.decimals)
        if field in PART_FIELDS:
            return format(value.normalize(), ",f")
        return format(value.normalize(), "f")
    return str(value)


def changes(
    record: Any,
    before: Any,
    fields: dict[str, str],
    *,
    indicator: Any = None,
    skip_on_create: Sequence[str] = (),
) -> list[Change]:
    """The fields (name: label, in order) that `record` changed from `before`; for the first
    version (no `before`), those it was created with."""
    if before is None:
        return [
            Change(label, EMPTY, shown(record, name, value, indicator))
            for name, label in fields.items()
            if name not in skip_on_create
            and (value := getattr(record, name)) not in (None, "", False)
        ]
    changed = {
        c.field: c for c in record.diff_against(before, included_fields=list(fields)).changes
    }
    return [
        Change(
            label,
            shown(record, name, changed[name].old, indicator),
            shown(record, name, changed[name].new, indicator),
        )
        for name, label in fields.items()
        if name in changed
    ]
