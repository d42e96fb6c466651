"""The year-end forecast: where a KPI will finish the year if it goes on as it has.

Plain Python on Decimal, no Django, beside the rating rules. A forecast is made by the
indicator's year-to-date method, from this year's figures so far and, where there is
one, last year's pattern for the rest of the year:

- sum: the year so far, plus the remaining periods at this year's run rate, shaped by
  last year's profile where last year has a figure for every period (its remaining
  periods scaled by this year against last year to the same point);
- mean: the year so far, with the remaining periods taken as last year's, scaled the same
  way (with no such history, the year-to-date mean: a straight run rate);
- ratio: as a mean, on numerators and denominators, so that busy months weigh more;
- latest: the trend of this year's figures (a least-squares line) carried to the year's
  last period;
- none: no year-end figure.

It needs at least `MIN_FIGURES` figures this year. Periods are the indicator's due
periods of the financial year, oldest first: 12 for a monthly indicator, 4 quarterly.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .rating import Figure, Rag, YtdMethod, derive_ratio

MIN_FIGURES = 3


def _values(figures: Sequence[Figure | None]) -> list[Decimal | None]:
    return [None if f is None else f.value for f in figures]


def _parts(figures: Sequence[Figure | None]) -> list[tuple[Decimal, Decimal] | None]:
    return [
        (f.numerator, f.denominator)
        if f is not None and f.numerator is not None and f.denominator is not None
        else None
        for f in figures
    ]


def forecast(
    method: YtdMethod | str,
    this_year: Sequence[Figure | None],
    last_year: Sequence[Figure | None] = (),
    *,
    periods: int,
    scale: int = 100,
) -> Decimal | None:
    """The projected year-end figure; None where it cannot be made.

    `this_year` holds the periods so far (None where there is no figure yet), `last_year`
    the whole of last year's, and `periods` how many the year has.
    """
    method = YtdMethod(method)
    values = _values(this_year)
    reported = [i for i, v in enumerate(values) if v is not None]
    if method is YtdMethod.RATIO:  # what a ratio is made of: its parts
        reported = [i for i, p in enumerate(_parts(this_year)) if p is not None]
    if method is YtdMethod.NONE or len(reported) < MIN_FIGURES or periods <= 0:
        return None
    so_far = [v for v in values if v is not None]
    future = [i for i in range(periods) if i not in reported]
    history = _values(last_year)
    full = len(history) == periods and all(v is not None for v in history)
    if method is YtdMethod.SUM:
        return _sum(so_far, reported, future, history if full else None)
    if method is YtdMethod.MEAN:
        return _mean(so_far, reported, future, history if full else None, periods)
    if method is YtdMethod.RATIO:
        parts = _parts(last_year)
        whole = len(parts) == periods and all(p is not None for p in parts)
        return _ratio(_parts(this_year), reported, future, parts if whole else None, scale)
    return _trend(reported, so_far, periods - 1)


def _sum(
    so_far: list[Decimal],
    reported: list[int],
    future: list[int],
    history: list[Decimal | None] | None,
) -> Decimal:
    """The total so far, plus the periods still to come (and any missed) at the run rate,
    shaped by last year's where there is a whole year of it."""
    total = sum(so_far, Decimal(0))
    if history is not None:
        then = sum((history[i] or Decimal(0) for i in reported), Decimal(0))
        if then:
            return (
                total + sum((history[i] or Decimal(0) for i in future), Decimal(0)) * total / then
            )
    return total + total / len(so_far) * len(future)


def _mean(
    so_far: list[Decimal],
    reported: list[int],
    future: list[int],
    history: list[Decimal | None] | None,
    periods: int,
) -> Decimal:
    """The year's mean with the periods to come taken as last year's, scaled by how this
    year compares with last year so far; with no such history, the mean so far."""
    mean = sum(so_far, Decimal(0)) / len(so_far)
    if history is not None:
        then = sum((history[i] or Decimal(0) for i in reported), Decimal(0)) / len(reported)
        if then:
            rest = sum((history[i] or Decimal(0) for i in future), Decimal(0)) * mean / then
            return (sum(so_far, Decimal(0)) + rest) / periods
    return mean


def _ratio(
    this_year: list[tuple[Decimal, Decimal] | None],
    reported: list[int],
    future: list[int],
    history: list[tuple[Decimal, Decimal] | None] | None,
    scale: int,
) -> Decimal | None:
    """As a mean, on numerators and denominators: busy periods weigh more."""
    parts = [p for p in this_year if p is not None]
    if not parts:
        return None
    numerator = sum((n for n, _ in parts), Decimal(0))
    denominator = sum((d for _, d in parts), Decimal(0))
    if history is not None:
        past = [history[i] for i in reported]
        then_num = sum((p[0] for p in past if p), Decimal(0))
        then_den = sum((p[1] for p in past if p), Decimal(0))
        if then_num and then_den:
            rest = [history[i] for i in future]
            numerator_rest = sum((p[0] for p in rest if p), Decimal(0)) * numerator / then_num
            denominator_rest = sum((p[1] for p in rest if p), Decimal(0)) * denominator / then_den
            return derive_ratio(
                numerator + numerator_rest, denominator + denominator_rest, scale=scale
            )
    return derive_ratio(numerator, denominator, scale=scale)


def _trend(reported: list[int], values: list[Decimal], last: int) -> Decimal:
    """A least-squares line through this year's figures, read at the year's last period."""
    xs = [Decimal(i) for i in reported]
    n = Decimal(len(xs))
    mean_x, mean_y = sum(xs, Decimal(0)) / n, sum(values, Decimal(0)) / n
    spread = sum(((x - mean_x) ** 2 for x in xs), Decimal(0))
    slope = (
        sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, values, strict=True)), Decimal(0))
        / spread
        if spread
        else Decimal(0)
    )
    return mean_y + slope * (Decimal(last) - mean_x)


OUTLOOK = {Rag.GREEN: "on track", Rag.AMBER: "at risk", Rag.RED: "off track"}


def outlook(rag: str | None) -> str:
    """A forecast RAG in words, as a committee asks it: will it be green by March?"""
    return OUTLOOK.get(str(rag or ""), "")
