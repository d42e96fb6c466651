"""Checks on a year's target, floor and thresholds, in plain words.

Pure Python so that the admin form, the model and the spreadsheet import all give the
same messages. Each function returns {field: [message, ...]}; empty means all is well.
"""

from __future__ import annotations

from decimal import Decimal

from .rating import Polarity, is_better

NON_NEGATIVE_UNITS = {"percent", "count", "seconds", "days"}


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def _places(value: Decimal) -> int:
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
) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        problems.setdefault(field, []).append(message)

    given = {"target": target, "floor": floor, "lower": lower, "upper": upper}
    if kind == "kpi":
        for field in ("lower", "upper"):
            if given[field] is not None:
                add(field, "A KPI has a target and floor standard, not an expected range.")
        if (target is None) != (floor is None):
            missing = "floor" if floor is None else "target"
            add(missing, "Give both a target and a floor standard, or neither.")
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
        if unit == "percent" and not Decimal(0) <= value <= Decimal(100):
            add(field, f"{_fmt(value)} is not a percentage: give a number from 0 to 100.")
        elif unit in NON_NEGATIVE_UNITS and value < 0:
            add(field, f"{_fmt(value)} is negative, which this unit cannot be.")
        if _places(value) > decimals:
            places = (
                "a whole number"
                if decimals == 0
                else ("1 decimal place" if decimals == 1 else f"{decimals} decimal places")
            )
            add(
                field, f"{_fmt(value)} has more decimal places than the indicator shows ({places})."
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
