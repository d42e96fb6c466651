"""The rating rules: figures and thresholds in, ratings out.

Plain Python on Decimal, no Django: the return form, the freeze, the dashboard and
every export call these functions so that a figure is rated the same everywhere.
A figure is rounded (half up) to the indicator's decimal places before it is compared,
so a reader who sees 95% against a target of 95% always sees GREEN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Protocol, TypeVar

P = TypeVar("P")


class Rag(StrEnum):
    GREEN = "GREEN"
    AMBER = "AMBER"
    RED = "RED"
    NA = "N/A"


class Alert(StrEnum):
    YES = "Yes"
    ABOVE = "Above"
    BELOW = "Below"


class Direction(StrEnum):
    IMPROVED = "improved"
    WORSENED = "worsened"
    UNCHANGED = "unchanged"


class Polarity(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class YtdMethod(StrEnum):
    RATIO = "ratio"
    SUM = "sum"
    MEAN = "mean"
    LATEST = "latest"
    NONE = "none"


# How good a rating is, for "never gets better as the figure gets worse" and RAG movements.
RAG_ORDER: dict[Rag, int] = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}


@dataclass(frozen=True)
class Figure:
    """One period's return: the figure, and its parts where the indicator takes them."""

    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None


class ThresholdsLike(Protocol):
    """Anything with a target and a floor standard: a year's targets, a period's, or these."""

    @property
    def target(self) -> Decimal | None: ...

    @property
    def floor(self) -> Decimal | None: ...


@dataclass(frozen=True)
class Thresholds:
    target: Decimal | None
    floor: Decimal | None


def quantize(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def achieves(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(polarity) is Polarity.HIGHER:
        return value >= threshold
    return value <= threshold


def is_better(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, b, polarity)


def tolerance_floor(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def rag(
    value: Decimal | None,
    *,
    target: Decimal | None,
    floor: Decimal | None,
    polarity: Polarity | str,
    decimals: int,
    tolerance: Decimal | None = None,
) -> Rag | None:
    """RAG of one figure; None where there is no figure or no target to rate against.

    GREEN: target achieved. AMBER: floor achieved, target not. RED: floor not achieved.
    With a target but no floor standard, a missed target is RED, unless the council rates
    by an amber band: then AMBER within `tolerance` per cent of the target (edge included).
    """
    if value is None or target is None:
        return None
    shown = quantize(value, decimals)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def derive_ratio(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator * scale / denominator


def ytd_value(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 100
) -> Decimal | None:
    """The year-to-date figure from this year's figures so far, oldest first.

    Missing figures (value None) are left out; None where nothing can be formed or the
    method is `none` (a point-in-time measure such as debt outstanding today).
    """
    method = YtdMethod(method)
    values = [f.value for f in figures if f.value is not None]
    if method is YtdMethod.NONE:
        return None
    if method is YtdMethod.RATIO:
        parts = [
            (f.numerator, f.denominator)
            for f in figures
            if f.numerator is not None and f.denominator is not None
        ]
        if not parts:
            return None
        return derive_ratio(
            sum((n for n, _ in parts), Decimal(0)),
            sum((d for _, d in parts), Decimal(0)),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def ytd_rag(
    method: YtdMethod | str,
    value: Decimal | None,
    *,
    target: Decimal | None,
    floor: Decimal | None,
    polarity: Polarity | str,
    decimals: int,
    tolerance: Decimal | None = None,
) -> Rag | None:
    """YTD RAG: `N/A` where a year-to-date figure means nothing, else rated like a month."""
    if YtdMethod(method) is YtdMethod.NONE:
        return Rag.NA
    return rag(
        value, target=target, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def profile_to_date(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is YtdMethod.NONE or not thresholds or any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def latest_available(series: Sequence[tuple[P, Decimal | None]]) -> tuple[P, Decimal] | None:
    """The latest (period, figure) with a figure, from a series oldest first."""
    for period, value in reversed(series):
        if value is not None:
            return period, value
    return None


def activity_alert(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def alert_figure(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if YtdMethod(method) is YtdMethod.NONE else ytd


def direction(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def rag_movement(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)
