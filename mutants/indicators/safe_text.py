"""Text a spreadsheet would run as a formula, made safe in every file the portal writes.

A commentary or a name starting `=`, `+`, `-`, `@` (or a tab or carriage return) would be
a live formula when the file is opened (`=HYPERLINK(...)`): it gets a leading apostrophe,
which spreadsheets show as nothing. Figures the portal writes itself are left as numbers.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; numbers are left."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeTextMixin:
    """For resources: every exported column is neutralised, but the ones named `numeric`
    (figures the portal writes from numbers: -16 is a figure, not a formula)."""

    numeric: tuple[str, ...] = ()

    def export_field(self, field: Any, instance: Any, **kwargs: Any) -> Any:
        value = super().export_field(field, instance, **kwargs)  # type: ignore[misc]
        return value if field.column_name in self.numeric else neutralise(value)
