"""Checks on a year's target, floor and thresholds, in plain words.

Pure Python so that the admin form, the model and the spreadsheet import all give the
same messages. Each function returns {field: [message, ...]}; empty means all is well.
"""

from __future__ import annotations

from decimal import Decimal

from .rating import Polarity, is_better

# Each unit's usual range of figures: (lowest, highest), None where there is no bound. An
# indicator may set its own (a percentage change of -16%, days ahead of schedule of -28).
USUAL_RANGES: dict[str, tuple[Decimal | None, Decimal | None]] = {
    "percent": (Decimal(0), Decimal(100)),
    "count": (Decimal(0), None),
    "seconds": (Decimal(0), None),
    "days": (Decimal(0), None),
}
# The database keeps 20 digits, 6 of them after the point: anything this size or more is not
# a figure anyone reports, and could not be kept.
STORABLE_LIMIT = Decimal("1e14")


def figure_range(
    unit: str, minimum: Decimal | None = None, maximum: Decimal | None = None
) -> tuple[Decimal | None, Decimal | None]:
    """The lowest and highest figure an indicator takes: its own, else its unit's usual."""
    low, high = USUAL_RANGES.get(unit, (None, None))
    return (low if minimum is None else minimum, high if maximum is None else maximum)


def range_problem(
    value: Decimal, *, unit: str, minimum: Decimal | None = None, maximum: Decimal | None = None
) -> str:
    """Why `value` is outside the indicator's range, in words; "" when it fits.

    One rule for every door a figure comes in by: the return form, the imports, the admin.
    """
    if abs(value) >= STORABLE_LIMIT:
        return "This figure is too large to be right: check it."
    low, high = figure_range(unit, minimum, maximum)
    if (low is None or value >= low) and (high is None or value <= high):
        return ""
    if unit == "percent" and (low, high) == (0, 100):
        return "A percentage must be between 0 and 100."
    if (low, high) == (0, None):
        return "This cannot be negative."
    if low is not None and high is not None:
        return f"Give a figure from {_fmt(low)} to {_fmt(high)}."
    if low is not None:
        return f"Give a figure of at least {_fmt(low)}."
    return f"Give a figure of at most {_fmt(high)}."  # type: ignore[arg-type]


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def places(value: Decimal) -> int:
    """How many decimal places a figure is written with: 95.50 has 1, 95 has 0."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def target_problems(
    *,
    kind: str,
    unit: str,
    polarity: str,
    decimals: int,
    target: Decimal | None,
    floor: Decimal | None,
    lower: Decimal | None,
    upper: Decimal | None,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        problems.setdefault(field, []).append(message)

    given = {"target": target, "floor": floor, "lower": lower, "upper": upper}
    if kind == "kpi":
        for field in ("lower", "upper"):
            if given[field] is not None:
                add(field, "A KPI has a target and floor standard, not an expected range.")
        if target is None and floor is not None:
            # A target with no floor is a scheme some councils use (a missed target is red,
            # or amber within a tolerance); a floor with no target rates nothing.
            add("target", "Give a target as well as the floor standard, or neither.")
    else:
        for field in ("target", "floor"):
            if given[field] is not None:
                add(field, "An activity indicator has an expected range, not a target or floor.")
        if (lower is None) != (upper is None):
            missing = "upper" if upper is None else "lower"
            add(missing, "Give both a lower and an upper threshold, or neither.")

    for field, value in given.items():
        if value is None:
            continue
        if problem := range_problem(value, unit=unit, minimum=minimum, maximum=maximum):
            add(field, f"{_fmt(value)}: {problem}")
        if places(value) > decimals:
            allowed = (
                "a whole number"
                if decimals == 0
                else ("1 decimal place" if decimals == 1 else f"{decimals} decimal places")
            )
            add(
                field,
                f"{_fmt(value)} has more decimal places than the indicator shows ({allowed}).",
            )

    if target is not None and floor is not None and is_better(floor, target, polarity):
        word = "above" if Polarity(polarity) is Polarity.HIGHER else "below"
        add(
            "floor",
            f"The floor standard ({_fmt(floor)}) is {word} the target ({_fmt(target)}): "
            f"for a {polarity}-is-better indicator the floor must not be better than the target.",
        )
    if lower is not None and upper is not None and lower > upper:
        add(
            "lower",
            f"The lower threshold ({_fmt(lower)}) is above the upper threshold ({_fmt(upper)}).",
        )
    return problems
