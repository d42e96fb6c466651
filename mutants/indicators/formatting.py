"""How figures are written for people: 95.0%, 258,260, 14,969 (£000s), 45 s, 12.5 days."""

from __future__ import annotations

from decimal import Decimal

from .rating import quantize

SUFFIX = {"percent": "%", "seconds": " s", "days": " days"}


def format_figure(value: Decimal | None, unit: str, decimals: int, *, missing: str = "*") -> str:
    """A figure as a committee paper shows it; `missing` (the paper's `*`) where there is none."""
    if value is None:
        return missing
    text = f"{quantize(Decimal(value), decimals):,.{decimals}f}"
    # Money in £000s is written as the paper writes it, 14,969, under a "(£000s)" title.
    return text + SUFFIX.get(unit, "")


def format_plain(value: Decimal | None, decimals: int) -> str:
    """A figure rounded as shown, without unit or thousands separators: for inputs and CSV."""
    if value is None:
        return ""
    return f"{quantize(Decimal(value), decimals):.{decimals}f}"
