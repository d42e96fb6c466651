"""Reading a figure someone typed: one reader for the return form and every import.

People type figures as they see them written: `1,234`, `95%`, `-16`, `£14,969`. Those
are read. What could be read two ways is refused in words rather than guessed: `1,5`
(one and a half, or fifteen?), `1,2,3`, a `%` on a figure that is not a percentage, and
exponent notation (`1e2`), which nobody means in a performance return.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Digits with commas (or spaces) between thousands only: 1,234 and 1,234,567.8, not 1,5.
GROUPED = re.compile(r"^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$")
PLAIN = re.compile(r"^(?:\d+(?:\.\d*)?|\.\d+)$")
MINUS = ("-", "\u2212")  # a hyphen, or the minus sign a spreadsheet may copy
SPACES = {"\u00a0": " ", "\u202f": " ", "\u2009": " "}  # no-break and thin spaces


class NotAFigure(ValueError):
    """Text that is not a figure, with the reason in words (str of it)."""


def parse_figure(text: str, *, unit: str = "") -> Decimal | None:
    """The figure in `text`, None if it is blank; NotAFigure, saying why, if it is not one.

    `unit` lets a percentage be typed with its `%` (and money in £000s with its £).
    """
    typed = str(text).strip()
    for odd, space in SPACES.items():
        typed = typed.replace(odd, space)
    if not typed:
        return None
    shown = typed
    body = typed
    if body.endswith("%"):
        if unit and unit != "percent":
            raise NotAFigure(f"“{shown}” has a % sign, but this figure is not a percentage.")
        body = body[:-1].strip()
    negative = body.startswith(MINUS)
    if negative:
        body = body[1:].strip()
    if body.startswith("£"):
        if unit and unit != "gbp_thousands":
            raise NotAFigure(f"“{shown}” has a £ sign, but this figure is not money.")
        body = body[1:].strip()
    if "e" in body.lower() and re.search(r"\d[eE][+-]?\d", body):
        raise NotAFigure(
            f"“{shown}” is written with an exponent: write the figure in full (100, not 1e2)."
        )
    if GROUPED.match(body):
        body = body.replace(",", "").replace(" ", "")
    elif "," in body or " " in body:
        raise NotAFigure(
            f"“{shown}” could be read more than one way: use a point for decimals (1.5) and "
            "commas only between thousands (1,500)."
        )
    if not PLAIN.match(body):
        raise NotAFigure(f"“{shown}” is not a number.")
    try:
        number = Decimal(body)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only digits
        raise NotAFigure(f"“{shown}” is not a number.") from None
    return -number if negative else number
