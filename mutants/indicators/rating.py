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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_quantize__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_quantize__mutmut)
def quantize(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def x_quantize__mutmut_orig(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def x_quantize__mutmut_1(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(None, rounding=ROUND_HALF_UP)


def x_quantize__mutmut_2(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=None)


def x_quantize__mutmut_3(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(rounding=ROUND_HALF_UP)


def x_quantize__mutmut_4(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(-decimals), )


def x_quantize__mutmut_5(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(None), rounding=ROUND_HALF_UP)


def x_quantize__mutmut_6(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(None).scaleb(-decimals), rounding=ROUND_HALF_UP)


def x_quantize__mutmut_7(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(2).scaleb(-decimals), rounding=ROUND_HALF_UP)


def x_quantize__mutmut_8(value: Decimal, decimals: int) -> Decimal:
    """Round half up to `decimals` places: 84.95 at one place is 85.0, never 84.9."""
    return value.quantize(Decimal(1).scaleb(+decimals), rounding=ROUND_HALF_UP)

mutants_x_quantize__mutmut['_mutmut_orig'] = x_quantize__mutmut_orig # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_1'] = x_quantize__mutmut_1 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_2'] = x_quantize__mutmut_2 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_3'] = x_quantize__mutmut_3 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_4'] = x_quantize__mutmut_4 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_5'] = x_quantize__mutmut_5 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_6'] = x_quantize__mutmut_6 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_7'] = x_quantize__mutmut_7 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_8'] = x_quantize__mutmut_8 # type: ignore # mutmut generated
mutants_x_achieves__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_achieves__mutmut)
def achieves(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(polarity) is Polarity.HIGHER:
        return value >= threshold
    return value <= threshold


def x_achieves__mutmut_orig(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(polarity) is Polarity.HIGHER:
        return value >= threshold
    return value <= threshold


def x_achieves__mutmut_1(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(None) is Polarity.HIGHER:
        return value >= threshold
    return value <= threshold


def x_achieves__mutmut_2(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(polarity) is not Polarity.HIGHER:
        return value >= threshold
    return value <= threshold


def x_achieves__mutmut_3(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(polarity) is Polarity.HIGHER:
        return value > threshold
    return value <= threshold


def x_achieves__mutmut_4(value: Decimal, threshold: Decimal, polarity: Polarity | str) -> bool:
    """Whether `value` meets `threshold`; equality counts as achieved."""
    if Polarity(polarity) is Polarity.HIGHER:
        return value >= threshold
    return value < threshold

mutants_x_achieves__mutmut['_mutmut_orig'] = x_achieves__mutmut_orig # type: ignore # mutmut generated
mutants_x_achieves__mutmut['x_achieves__mutmut_1'] = x_achieves__mutmut_1 # type: ignore # mutmut generated
mutants_x_achieves__mutmut['x_achieves__mutmut_2'] = x_achieves__mutmut_2 # type: ignore # mutmut generated
mutants_x_achieves__mutmut['x_achieves__mutmut_3'] = x_achieves__mutmut_3 # type: ignore # mutmut generated
mutants_x_achieves__mutmut['x_achieves__mutmut_4'] = x_achieves__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_better__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_better__mutmut)
def is_better(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, b, polarity)


def x_is_better__mutmut_orig(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, b, polarity)


def x_is_better__mutmut_1(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b or achieves(a, b, polarity)


def x_is_better__mutmut_2(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a == b and achieves(a, b, polarity)


def x_is_better__mutmut_3(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(None, b, polarity)


def x_is_better__mutmut_4(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, None, polarity)


def x_is_better__mutmut_5(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, b, None)


def x_is_better__mutmut_6(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(b, polarity)


def x_is_better__mutmut_7(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, polarity)


def x_is_better__mutmut_8(a: Decimal, b: Decimal, polarity: Polarity | str) -> bool:
    """Whether figure `a` is strictly better than figure `b`."""
    return a != b and achieves(a, b, )

mutants_x_is_better__mutmut['_mutmut_orig'] = x_is_better__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_1'] = x_is_better__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_2'] = x_is_better__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_3'] = x_is_better__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_4'] = x_is_better__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_5'] = x_is_better__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_6'] = x_is_better__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_7'] = x_is_better__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_better__mutmut['x_is_better__mutmut_8'] = x_is_better__mutmut_8 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_tolerance_floor__mutmut)
def tolerance_floor(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_orig(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_1(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = None
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_2(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance * 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_3(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) / tolerance / 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_4(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(None) * tolerance / 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_5(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 101
    return target - band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_6(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if (Polarity(polarity) is Polarity.HIGHER) and False else target + band


def x_tolerance_floor__mutmut_7(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if (Polarity(polarity) is Polarity.HIGHER) or True else target + band


def x_tolerance_floor__mutmut_8(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target + band if Polarity(polarity) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_9(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if Polarity(None) is Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_10(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if Polarity(polarity) is not Polarity.HIGHER else target + band


def x_tolerance_floor__mutmut_11(target: Decimal, tolerance: Decimal, polarity: Polarity | str) -> Decimal:
    """The edge of an amber band `tolerance` per cent of the target wide, on the worse side.

    95 with 10% is 85.5 where higher is better, 104.5 where lower is; the band's width is
    taken from the target's size, so a negative target (a fall of 16%) has a band too.
    """
    band = abs(target) * tolerance / 100
    return target - band if Polarity(polarity) is Polarity.HIGHER else target - band

mutants_x_tolerance_floor__mutmut['_mutmut_orig'] = x_tolerance_floor__mutmut_orig # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_1'] = x_tolerance_floor__mutmut_1 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_2'] = x_tolerance_floor__mutmut_2 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_3'] = x_tolerance_floor__mutmut_3 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_4'] = x_tolerance_floor__mutmut_4 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_5'] = x_tolerance_floor__mutmut_5 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_6'] = x_tolerance_floor__mutmut_6 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_7'] = x_tolerance_floor__mutmut_7 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_8'] = x_tolerance_floor__mutmut_8 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_9'] = x_tolerance_floor__mutmut_9 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_10'] = x_tolerance_floor__mutmut_10 # type: ignore # mutmut generated
mutants_x_tolerance_floor__mutmut['x_tolerance_floor__mutmut_11'] = x_tolerance_floor__mutmut_11 # type: ignore # mutmut generated
mutants_x_rag__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rag__mutmut)
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


def x_rag__mutmut_orig(
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


def x_rag__mutmut_1(
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
    if value is None and target is None:
        return None
    shown = quantize(value, decimals)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_2(
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
    if value is not None or target is None:
        return None
    shown = quantize(value, decimals)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_3(
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
    if value is None or target is not None:
        return None
    shown = quantize(value, decimals)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_4(
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
    shown = None
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_5(
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
    shown = quantize(None, decimals)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_6(
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
    shown = quantize(value, None)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_7(
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
    shown = quantize(decimals)
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_8(
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
    shown = quantize(value, )
    if achieves(shown, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_9(
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
    if achieves(None, target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_10(
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
    if achieves(shown, None, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_11(
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
    if achieves(shown, target, None):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_12(
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
    if achieves(target, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_13(
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
    if achieves(shown, polarity):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_14(
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
    if achieves(shown, target, ):
        return Rag.GREEN
    if floor is None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_15(
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
    if floor is None or tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_16(
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
    if floor is not None and tolerance:
        floor = tolerance_floor(target, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_17(
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
        floor = None
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_18(
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
        floor = tolerance_floor(None, tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_19(
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
        floor = tolerance_floor(target, None, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_20(
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
        floor = tolerance_floor(target, tolerance, None)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_21(
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
        floor = tolerance_floor(tolerance, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_22(
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
        floor = tolerance_floor(target, polarity)
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_23(
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
        floor = tolerance_floor(target, tolerance, )
    if floor is not None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_24(
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
    if floor is not None or achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_25(
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
    if floor is None and achieves(shown, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_26(
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
    if floor is not None and achieves(None, floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_27(
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
    if floor is not None and achieves(shown, None, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_28(
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
    if floor is not None and achieves(shown, floor, None):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_29(
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
    if floor is not None and achieves(floor, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_30(
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
    if floor is not None and achieves(shown, polarity):
        return Rag.AMBER
    return Rag.RED


def x_rag__mutmut_31(
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
    if floor is not None and achieves(shown, floor, ):
        return Rag.AMBER
    return Rag.RED

mutants_x_rag__mutmut['_mutmut_orig'] = x_rag__mutmut_orig # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_1'] = x_rag__mutmut_1 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_2'] = x_rag__mutmut_2 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_3'] = x_rag__mutmut_3 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_4'] = x_rag__mutmut_4 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_5'] = x_rag__mutmut_5 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_6'] = x_rag__mutmut_6 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_7'] = x_rag__mutmut_7 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_8'] = x_rag__mutmut_8 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_9'] = x_rag__mutmut_9 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_10'] = x_rag__mutmut_10 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_11'] = x_rag__mutmut_11 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_12'] = x_rag__mutmut_12 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_13'] = x_rag__mutmut_13 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_14'] = x_rag__mutmut_14 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_15'] = x_rag__mutmut_15 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_16'] = x_rag__mutmut_16 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_17'] = x_rag__mutmut_17 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_18'] = x_rag__mutmut_18 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_19'] = x_rag__mutmut_19 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_20'] = x_rag__mutmut_20 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_21'] = x_rag__mutmut_21 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_22'] = x_rag__mutmut_22 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_23'] = x_rag__mutmut_23 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_24'] = x_rag__mutmut_24 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_25'] = x_rag__mutmut_25 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_26'] = x_rag__mutmut_26 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_27'] = x_rag__mutmut_27 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_28'] = x_rag__mutmut_28 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_29'] = x_rag__mutmut_29 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_30'] = x_rag__mutmut_30 # type: ignore # mutmut generated
mutants_x_rag__mutmut['x_rag__mutmut_31'] = x_rag__mutmut_31 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_derive_ratio__mutmut)
def derive_ratio(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_orig(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_1(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 101
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_2(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None and denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_3(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None and denominator is None or denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_4(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is not None or denominator is None or denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_5(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is not None or denominator == 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_6(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator != 0:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_7(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 1:
        return None
    return numerator * scale / denominator


def x_derive_ratio__mutmut_8(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator * scale * denominator


def x_derive_ratio__mutmut_9(
    numerator: Decimal | None, denominator: Decimal | None, *, scale: int = 100
) -> Decimal | None:
    """numerator / denominator × scale (100 for a percentage); None if it cannot be formed."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / scale / denominator

mutants_x_derive_ratio__mutmut['_mutmut_orig'] = x_derive_ratio__mutmut_orig # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_1'] = x_derive_ratio__mutmut_1 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_2'] = x_derive_ratio__mutmut_2 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_3'] = x_derive_ratio__mutmut_3 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_4'] = x_derive_ratio__mutmut_4 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_5'] = x_derive_ratio__mutmut_5 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_6'] = x_derive_ratio__mutmut_6 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_7'] = x_derive_ratio__mutmut_7 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_8'] = x_derive_ratio__mutmut_8 # type: ignore # mutmut generated
mutants_x_derive_ratio__mutmut['x_derive_ratio__mutmut_9'] = x_derive_ratio__mutmut_9 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ytd_value__mutmut)
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


def x_ytd_value__mutmut_orig(
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


def x_ytd_value__mutmut_1(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 101
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


def x_ytd_value__mutmut_2(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 100
) -> Decimal | None:
    """The year-to-date figure from this year's figures so far, oldest first.

    Missing figures (value None) are left out; None where nothing can be formed or the
    method is `none` (a point-in-time measure such as debt outstanding today).
    """
    method = None
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


def x_ytd_value__mutmut_3(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 100
) -> Decimal | None:
    """The year-to-date figure from this year's figures so far, oldest first.

    Missing figures (value None) are left out; None where nothing can be formed or the
    method is `none` (a point-in-time measure such as debt outstanding today).
    """
    method = YtdMethod(None)
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


def x_ytd_value__mutmut_4(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 100
) -> Decimal | None:
    """The year-to-date figure from this year's figures so far, oldest first.

    Missing figures (value None) are left out; None where nothing can be formed or the
    method is `none` (a point-in-time measure such as debt outstanding today).
    """
    method = YtdMethod(method)
    values = None
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


def x_ytd_value__mutmut_5(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 100
) -> Decimal | None:
    """The year-to-date figure from this year's figures so far, oldest first.

    Missing figures (value None) are left out; None where nothing can be formed or the
    method is `none` (a point-in-time measure such as debt outstanding today).
    """
    method = YtdMethod(method)
    values = [f.value for f in figures if f.value is None]
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


def x_ytd_value__mutmut_6(
    method: YtdMethod | str, figures: Sequence[Figure], *, scale: int = 100
) -> Decimal | None:
    """The year-to-date figure from this year's figures so far, oldest first.

    Missing figures (value None) are left out; None where nothing can be formed or the
    method is `none` (a point-in-time measure such as debt outstanding today).
    """
    method = YtdMethod(method)
    values = [f.value for f in figures if f.value is not None]
    if method is not YtdMethod.NONE:
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


def x_ytd_value__mutmut_7(
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
    if method is not YtdMethod.RATIO:
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


def x_ytd_value__mutmut_8(
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
        parts = None
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


def x_ytd_value__mutmut_9(
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
            if f.numerator is not None or f.denominator is not None
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


def x_ytd_value__mutmut_10(
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
            if f.numerator is None and f.denominator is not None
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


def x_ytd_value__mutmut_11(
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
            if f.numerator is not None and f.denominator is None
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


def x_ytd_value__mutmut_12(
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
        if parts:
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


def x_ytd_value__mutmut_13(
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
            None,
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


def x_ytd_value__mutmut_14(
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
            None,
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_15(
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
            scale=None,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_16(
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


def x_ytd_value__mutmut_17(
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
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_18(
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
            )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_19(
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
            sum(None, Decimal(0)),
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


def x_ytd_value__mutmut_20(
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
            sum((n for n, _ in parts), None),
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


def x_ytd_value__mutmut_21(
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
            sum(Decimal(0)),
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


def x_ytd_value__mutmut_22(
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
            sum((n for n, _ in parts), ),
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


def x_ytd_value__mutmut_23(
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
            sum((n for n, _ in parts), Decimal(None)),
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


def x_ytd_value__mutmut_24(
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
            sum((n for n, _ in parts), Decimal(1)),
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


def x_ytd_value__mutmut_25(
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
            sum(None, Decimal(0)),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_26(
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
            sum((d for _, d in parts), None),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_27(
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
            sum(Decimal(0)),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_28(
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
            sum((d for _, d in parts), ),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_29(
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
            sum((d for _, d in parts), Decimal(None)),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_30(
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
            sum((d for _, d in parts), Decimal(1)),
            scale=scale,
        )
    if not values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_31(
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
    if values:
        return None
    if method is YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_32(
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
    if method is not YtdMethod.SUM:
        return sum(values, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_33(
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
        return sum(None, Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_34(
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
        return sum(values, None)
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_35(
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
        return sum(Decimal(0))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_36(
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
        return sum(values, )
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_37(
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
        return sum(values, Decimal(None))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_38(
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
        return sum(values, Decimal(1))
    if method is YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_39(
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
    if method is not YtdMethod.MEAN:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_40(
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
        return sum(values, Decimal(0)) * len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_41(
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
        return sum(None, Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_42(
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
        return sum(values, None) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_43(
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
        return sum(Decimal(0)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_44(
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
        return sum(values, ) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_45(
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
        return sum(values, Decimal(None)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_46(
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
        return sum(values, Decimal(1)) / len(values)
    return values[-1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_47(
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
    return values[+1]  # LATEST: a cumulative or point-in-time figure


def x_ytd_value__mutmut_48(
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
    return values[-2]  # LATEST: a cumulative or point-in-time figure

mutants_x_ytd_value__mutmut['_mutmut_orig'] = x_ytd_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_1'] = x_ytd_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_2'] = x_ytd_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_3'] = x_ytd_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_4'] = x_ytd_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_5'] = x_ytd_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_6'] = x_ytd_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_7'] = x_ytd_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_8'] = x_ytd_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_9'] = x_ytd_value__mutmut_9 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_10'] = x_ytd_value__mutmut_10 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_11'] = x_ytd_value__mutmut_11 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_12'] = x_ytd_value__mutmut_12 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_13'] = x_ytd_value__mutmut_13 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_14'] = x_ytd_value__mutmut_14 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_15'] = x_ytd_value__mutmut_15 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_16'] = x_ytd_value__mutmut_16 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_17'] = x_ytd_value__mutmut_17 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_18'] = x_ytd_value__mutmut_18 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_19'] = x_ytd_value__mutmut_19 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_20'] = x_ytd_value__mutmut_20 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_21'] = x_ytd_value__mutmut_21 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_22'] = x_ytd_value__mutmut_22 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_23'] = x_ytd_value__mutmut_23 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_24'] = x_ytd_value__mutmut_24 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_25'] = x_ytd_value__mutmut_25 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_26'] = x_ytd_value__mutmut_26 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_27'] = x_ytd_value__mutmut_27 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_28'] = x_ytd_value__mutmut_28 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_29'] = x_ytd_value__mutmut_29 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_30'] = x_ytd_value__mutmut_30 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_31'] = x_ytd_value__mutmut_31 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_32'] = x_ytd_value__mutmut_32 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_33'] = x_ytd_value__mutmut_33 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_34'] = x_ytd_value__mutmut_34 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_35'] = x_ytd_value__mutmut_35 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_36'] = x_ytd_value__mutmut_36 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_37'] = x_ytd_value__mutmut_37 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_38'] = x_ytd_value__mutmut_38 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_39'] = x_ytd_value__mutmut_39 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_40'] = x_ytd_value__mutmut_40 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_41'] = x_ytd_value__mutmut_41 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_42'] = x_ytd_value__mutmut_42 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_43'] = x_ytd_value__mutmut_43 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_44'] = x_ytd_value__mutmut_44 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_45'] = x_ytd_value__mutmut_45 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_46'] = x_ytd_value__mutmut_46 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_47'] = x_ytd_value__mutmut_47 # type: ignore # mutmut generated
mutants_x_ytd_value__mutmut['x_ytd_value__mutmut_48'] = x_ytd_value__mutmut_48 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ytd_rag__mutmut)
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


def x_ytd_rag__mutmut_orig(
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


def x_ytd_rag__mutmut_1(
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
    if YtdMethod(None) is YtdMethod.NONE:
        return Rag.NA
    return rag(
        value, target=target, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_2(
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
    if YtdMethod(method) is not YtdMethod.NONE:
        return Rag.NA
    return rag(
        value, target=target, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_3(
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
        None, target=target, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_4(
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
        value, target=None, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_5(
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
        value, target=target, floor=None, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_6(
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
        value, target=target, floor=floor, polarity=None, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_7(
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
        value, target=target, floor=floor, polarity=polarity, decimals=None, tolerance=tolerance
    )


def x_ytd_rag__mutmut_8(
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
        value, target=target, floor=floor, polarity=polarity, decimals=decimals, tolerance=None
    )


def x_ytd_rag__mutmut_9(
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
        target=target, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_10(
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
        value, floor=floor, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_11(
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
        value, target=target, polarity=polarity, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_12(
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
        value, target=target, floor=floor, decimals=decimals, tolerance=tolerance
    )


def x_ytd_rag__mutmut_13(
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
        value, target=target, floor=floor, polarity=polarity, tolerance=tolerance
    )


def x_ytd_rag__mutmut_14(
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
        value, target=target, floor=floor, polarity=polarity, decimals=decimals, )

mutants_x_ytd_rag__mutmut['_mutmut_orig'] = x_ytd_rag__mutmut_orig # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_1'] = x_ytd_rag__mutmut_1 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_2'] = x_ytd_rag__mutmut_2 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_3'] = x_ytd_rag__mutmut_3 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_4'] = x_ytd_rag__mutmut_4 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_5'] = x_ytd_rag__mutmut_5 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_6'] = x_ytd_rag__mutmut_6 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_7'] = x_ytd_rag__mutmut_7 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_8'] = x_ytd_rag__mutmut_8 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_9'] = x_ytd_rag__mutmut_9 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_10'] = x_ytd_rag__mutmut_10 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_11'] = x_ytd_rag__mutmut_11 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_12'] = x_ytd_rag__mutmut_12 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_13'] = x_ytd_rag__mutmut_13 # type: ignore # mutmut generated
mutants_x_ytd_rag__mutmut['x_ytd_rag__mutmut_14'] = x_ytd_rag__mutmut_14 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_profile_to_date__mutmut)
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


def x_profile_to_date__mutmut_orig(
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


def x_profile_to_date__mutmut_1(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = None
    if method is YtdMethod.NONE or not thresholds or any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_2(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(None)
    if method is YtdMethod.NONE or not thresholds or any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_3(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is YtdMethod.NONE or not thresholds and any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_4(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is YtdMethod.NONE and not thresholds or any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_5(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is not YtdMethod.NONE or not thresholds or any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_6(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is YtdMethod.NONE or thresholds or any(t is None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_7(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is YtdMethod.NONE or not thresholds or any(None):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_8(
    method: YtdMethod | str, thresholds: Sequence[Decimal | None]
) -> Decimal | None:
    """What a year-to-date figure is rated against under a profiled target.

    `thresholds` are the targets (or floors) of the periods so far, oldest first, each the
    period's own or, where it has none, the year's. A sum is rated against their sum (the
    profile to date), a cumulative or point-in-time figure (latest) against the last, a
    mean or a ratio against their mean. None where any period has none, or for `none`.
    """
    method = YtdMethod(method)
    if method is YtdMethod.NONE or not thresholds or any(t is not None for t in thresholds):
        return None
    known = [t for t in thresholds if t is not None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_9(
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
    known = None
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_10(
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
    known = [t for t in thresholds if t is None]
    if method is YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_11(
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
    if method is not YtdMethod.SUM:
        return sum(known, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_12(
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
        return sum(None, Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_13(
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
        return sum(known, None)
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_14(
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
        return sum(Decimal(0))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_15(
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
        return sum(known, )
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_16(
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
        return sum(known, Decimal(None))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_17(
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
        return sum(known, Decimal(1))
    if method is YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_18(
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
    if method is not YtdMethod.LATEST:
        return known[-1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_19(
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
        return known[+1]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_20(
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
        return known[-2]
    return sum(known, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_21(
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
    return sum(known, Decimal(0)) * len(known)


def x_profile_to_date__mutmut_22(
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
    return sum(None, Decimal(0)) / len(known)


def x_profile_to_date__mutmut_23(
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
    return sum(known, None) / len(known)


def x_profile_to_date__mutmut_24(
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
    return sum(Decimal(0)) / len(known)


def x_profile_to_date__mutmut_25(
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
    return sum(known, ) / len(known)


def x_profile_to_date__mutmut_26(
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
    return sum(known, Decimal(None)) / len(known)


def x_profile_to_date__mutmut_27(
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
    return sum(known, Decimal(1)) / len(known)

mutants_x_profile_to_date__mutmut['_mutmut_orig'] = x_profile_to_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_1'] = x_profile_to_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_2'] = x_profile_to_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_3'] = x_profile_to_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_4'] = x_profile_to_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_5'] = x_profile_to_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_6'] = x_profile_to_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_7'] = x_profile_to_date__mutmut_7 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_8'] = x_profile_to_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_9'] = x_profile_to_date__mutmut_9 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_10'] = x_profile_to_date__mutmut_10 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_11'] = x_profile_to_date__mutmut_11 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_12'] = x_profile_to_date__mutmut_12 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_13'] = x_profile_to_date__mutmut_13 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_14'] = x_profile_to_date__mutmut_14 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_15'] = x_profile_to_date__mutmut_15 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_16'] = x_profile_to_date__mutmut_16 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_17'] = x_profile_to_date__mutmut_17 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_18'] = x_profile_to_date__mutmut_18 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_19'] = x_profile_to_date__mutmut_19 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_20'] = x_profile_to_date__mutmut_20 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_21'] = x_profile_to_date__mutmut_21 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_22'] = x_profile_to_date__mutmut_22 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_23'] = x_profile_to_date__mutmut_23 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_24'] = x_profile_to_date__mutmut_24 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_25'] = x_profile_to_date__mutmut_25 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_26'] = x_profile_to_date__mutmut_26 # type: ignore # mutmut generated
mutants_x_profile_to_date__mutmut['x_profile_to_date__mutmut_27'] = x_profile_to_date__mutmut_27 # type: ignore # mutmut generated
mutants_x_latest_available__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_latest_available__mutmut)
def latest_available(series: Sequence[tuple[P, Decimal | None]]) -> tuple[P, Decimal] | None:
    """The latest (period, figure) with a figure, from a series oldest first."""
    for period, value in reversed(series):
        if value is not None:
            return period, value
    return None


def x_latest_available__mutmut_orig(series: Sequence[tuple[P, Decimal | None]]) -> tuple[P, Decimal] | None:
    """The latest (period, figure) with a figure, from a series oldest first."""
    for period, value in reversed(series):
        if value is not None:
            return period, value
    return None


def x_latest_available__mutmut_1(series: Sequence[tuple[P, Decimal | None]]) -> tuple[P, Decimal] | None:
    """The latest (period, figure) with a figure, from a series oldest first."""
    for period, value in reversed(None):
        if value is not None:
            return period, value
    return None


def x_latest_available__mutmut_2(series: Sequence[tuple[P, Decimal | None]]) -> tuple[P, Decimal] | None:
    """The latest (period, figure) with a figure, from a series oldest first."""
    for period, value in reversed(series):
        if value is None:
            return period, value
    return None

mutants_x_latest_available__mutmut['_mutmut_orig'] = x_latest_available__mutmut_orig # type: ignore # mutmut generated
mutants_x_latest_available__mutmut['x_latest_available__mutmut_1'] = x_latest_available__mutmut_1 # type: ignore # mutmut generated
mutants_x_latest_available__mutmut['x_latest_available__mutmut_2'] = x_latest_available__mutmut_2 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_activity_alert__mutmut)
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


def x_activity_alert__mutmut_orig(
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


def x_activity_alert__mutmut_1(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None and (lower is None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_2(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is not None or (lower is None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_3(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None or upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_4(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is not None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_5(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is not None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_6(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = None
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_7(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(None, decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_8(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(value, None)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_9(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(decimals)
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_10(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(value, )
    if lower is not None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_11(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None or shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_12(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is None and shown < lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_13(
    value: Decimal | None, *, lower: Decimal | None, upper: Decimal | None, decimals: int
) -> Alert | None:
    """`Yes` inside the expected range (bounds included), else `Above` or `Below`.

    None where there is no figure or no thresholds were set.
    """
    if value is None or (lower is None and upper is None):
        return None
    shown = quantize(value, decimals)
    if lower is not None and shown <= lower:
        return Alert.BELOW
    if upper is not None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_14(
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
    if upper is not None or shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_15(
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
    if upper is None and shown > upper:
        return Alert.ABOVE
    return Alert.YES


def x_activity_alert__mutmut_16(
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
    if upper is not None and shown >= upper:
        return Alert.ABOVE
    return Alert.YES

mutants_x_activity_alert__mutmut['_mutmut_orig'] = x_activity_alert__mutmut_orig # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_1'] = x_activity_alert__mutmut_1 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_2'] = x_activity_alert__mutmut_2 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_3'] = x_activity_alert__mutmut_3 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_4'] = x_activity_alert__mutmut_4 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_5'] = x_activity_alert__mutmut_5 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_6'] = x_activity_alert__mutmut_6 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_7'] = x_activity_alert__mutmut_7 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_8'] = x_activity_alert__mutmut_8 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_9'] = x_activity_alert__mutmut_9 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_10'] = x_activity_alert__mutmut_10 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_11'] = x_activity_alert__mutmut_11 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_12'] = x_activity_alert__mutmut_12 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_13'] = x_activity_alert__mutmut_13 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_14'] = x_activity_alert__mutmut_14 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_15'] = x_activity_alert__mutmut_15 # type: ignore # mutmut generated
mutants_x_activity_alert__mutmut['x_activity_alert__mutmut_16'] = x_activity_alert__mutmut_16 # type: ignore # mutmut generated
mutants_x_alert_figure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_alert_figure__mutmut)
def alert_figure(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if YtdMethod(method) is YtdMethod.NONE else ytd


def x_alert_figure__mutmut_orig(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if YtdMethod(method) is YtdMethod.NONE else ytd


def x_alert_figure__mutmut_1(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if (YtdMethod(method) is YtdMethod.NONE) and False else ytd


def x_alert_figure__mutmut_2(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if (YtdMethod(method) is YtdMethod.NONE) or True else ytd


def x_alert_figure__mutmut_3(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if YtdMethod(None) is YtdMethod.NONE else ytd


def x_alert_figure__mutmut_4(
    method: YtdMethod | str, ytd: Decimal | None, latest: Decimal | None
) -> Decimal | None:
    """The figure an activity alert compares: year to date where it has one, else latest."""
    return latest if YtdMethod(method) is not YtdMethod.NONE else ytd

mutants_x_alert_figure__mutmut['_mutmut_orig'] = x_alert_figure__mutmut_orig # type: ignore # mutmut generated
mutants_x_alert_figure__mutmut['x_alert_figure__mutmut_1'] = x_alert_figure__mutmut_1 # type: ignore # mutmut generated
mutants_x_alert_figure__mutmut['x_alert_figure__mutmut_2'] = x_alert_figure__mutmut_2 # type: ignore # mutmut generated
mutants_x_alert_figure__mutmut['x_alert_figure__mutmut_3'] = x_alert_figure__mutmut_3 # type: ignore # mutmut generated
mutants_x_alert_figure__mutmut['x_alert_figure__mutmut_4'] = x_alert_figure__mutmut_4 # type: ignore # mutmut generated
mutants_x_direction__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_direction__mutmut)
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


def x_direction__mutmut_orig(
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


def x_direction__mutmut_1(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None and previous is None:
        return None
    now, before = quantize(current, decimals), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_2(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is not None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_3(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is not None:
        return None
    now, before = quantize(current, decimals), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_4(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = None
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_5(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(None, decimals), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_6(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, None), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_7(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(decimals), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_8(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, ), quantize(previous, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_9(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(None, decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_10(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(previous, None)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_11(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(decimals)
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_12(
    current: Decimal | None,
    previous: Decimal | None,
    *,
    polarity: Polarity | str,
    decimals: int,
) -> Direction | None:
    """Direction of travel against the previous period, as the figures are shown."""
    if current is None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(previous, )
    if now == before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_13(
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
    if now != before:
        return Direction.UNCHANGED
    return Direction.IMPROVED if is_better(now, before, polarity) else Direction.WORSENED


def x_direction__mutmut_14(
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
    return Direction.IMPROVED if (is_better(now, before, polarity)) and False else Direction.WORSENED


def x_direction__mutmut_15(
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
    return Direction.IMPROVED if (is_better(now, before, polarity)) or True else Direction.WORSENED


def x_direction__mutmut_16(
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
    return Direction.IMPROVED if is_better(None, before, polarity) else Direction.WORSENED


def x_direction__mutmut_17(
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
    return Direction.IMPROVED if is_better(now, None, polarity) else Direction.WORSENED


def x_direction__mutmut_18(
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
    return Direction.IMPROVED if is_better(now, before, None) else Direction.WORSENED


def x_direction__mutmut_19(
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
    return Direction.IMPROVED if is_better(before, polarity) else Direction.WORSENED


def x_direction__mutmut_20(
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
    return Direction.IMPROVED if is_better(now, polarity) else Direction.WORSENED


def x_direction__mutmut_21(
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
    return Direction.IMPROVED if is_better(now, before, ) else Direction.WORSENED

mutants_x_direction__mutmut['_mutmut_orig'] = x_direction__mutmut_orig # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_1'] = x_direction__mutmut_1 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_2'] = x_direction__mutmut_2 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_3'] = x_direction__mutmut_3 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_4'] = x_direction__mutmut_4 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_5'] = x_direction__mutmut_5 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_6'] = x_direction__mutmut_6 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_7'] = x_direction__mutmut_7 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_8'] = x_direction__mutmut_8 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_9'] = x_direction__mutmut_9 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_10'] = x_direction__mutmut_10 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_11'] = x_direction__mutmut_11 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_12'] = x_direction__mutmut_12 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_13'] = x_direction__mutmut_13 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_14'] = x_direction__mutmut_14 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_15'] = x_direction__mutmut_15 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_16'] = x_direction__mutmut_16 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_17'] = x_direction__mutmut_17 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_18'] = x_direction__mutmut_18 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_19'] = x_direction__mutmut_19 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_20'] = x_direction__mutmut_20 # type: ignore # mutmut generated
mutants_x_direction__mutmut['x_direction__mutmut_21'] = x_direction__mutmut_21 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rag_movement__mutmut)
def rag_movement(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_orig(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_1(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER and before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_2(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_3(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_4(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 1
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_5(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = None
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_6(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] + RAG_ORDER[before]
    return (change > 0) - (change < 0)


def x_rag_movement__mutmut_7(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) + (change < 0)


def x_rag_movement__mutmut_8(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change >= 0) - (change < 0)


def x_rag_movement__mutmut_9(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 1) - (change < 0)


def x_rag_movement__mutmut_10(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change <= 0)


def x_rag_movement__mutmut_11(now: Rag | None, before: Rag | None) -> int:
    """+1 if a RAG moved up (e.g. RED to AMBER), -1 if down, 0 if not or not comparable."""
    if now not in RAG_ORDER or before not in RAG_ORDER:
        return 0
    change = RAG_ORDER[now] - RAG_ORDER[before]
    return (change > 0) - (change < 1)

mutants_x_rag_movement__mutmut['_mutmut_orig'] = x_rag_movement__mutmut_orig # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_1'] = x_rag_movement__mutmut_1 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_2'] = x_rag_movement__mutmut_2 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_3'] = x_rag_movement__mutmut_3 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_4'] = x_rag_movement__mutmut_4 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_5'] = x_rag_movement__mutmut_5 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_6'] = x_rag_movement__mutmut_6 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_7'] = x_rag_movement__mutmut_7 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_8'] = x_rag_movement__mutmut_8 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_9'] = x_rag_movement__mutmut_9 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_10'] = x_rag_movement__mutmut_10 # type: ignore # mutmut generated
mutants_x_rag_movement__mutmut['x_rag_movement__mutmut_11'] = x_rag_movement__mutmut_11 # type: ignore # mutmut generated
