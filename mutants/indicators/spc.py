"""Statistical process control on a trend, as the NHS's "Making Data Count" charts show it.

Plain Python on Decimal, no Django. An XmR chart: the mean of the figures, and natural
process limits 2.66 average moving ranges either side of it. A point is a special cause
when it lies outside the limits, or when it is one of a run of `RUN` or more points on
the same side of the mean (a point on the mean breaks a run). Anything else is common
cause: the variation the process always has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

LIMIT_FACTOR = Decimal("2.66")  # 3 sigma, estimated from the average moving range
RUN = 6
MIN_POINTS = 6  # fewer, and limits say nothing


@dataclass(frozen=True)
class Control:
    mean: Decimal
    lower: Decimal
    upper: Decimal
    above: frozenset[int] = field(default_factory=frozenset)  # outside, above the limit
    below: frozenset[int] = field(default_factory=frozenset)
    runs: tuple[tuple[int, int, str], ...] = ()  # (first, last, "above" or "below")

    @property
    def special(self) -> frozenset[int]:
        """Every point that is a special cause, by its place in the series."""
        in_runs = {i for first, last, _ in self.runs for i in range(first, last + 1)}
        return self.above | self.below | frozenset(in_runs)


def control(values: Sequence[Decimal | None]) -> Control | None:
    """The chart's mean, limits and special causes; None with fewer than MIN_POINTS figures.

    Missing figures (None) keep their place, but do not count and break no run: the
    moving range is taken between consecutive figures that are there.
    """
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(known) < MIN_POINTS:
        return None
    figures = [v for _, v in known]
    mean = sum(figures, Decimal(0)) / len(figures)
    moving = [abs(b - a) for a, b in zip(figures, figures[1:], strict=False)]
    spread = LIMIT_FACTOR * sum(moving, Decimal(0)) / len(moving)
    lower, upper = mean - spread, mean + spread
    return Control(
        mean=mean,
        lower=lower,
        upper=upper,
        above=frozenset(i for i, v in known if v > upper),
        below=frozenset(i for i, v in known if v < lower),
        runs=tuple(_runs(known, mean)),
    )


def _runs(known: list[tuple[int, Decimal]], mean: Decimal) -> list[tuple[int, int, str]]:
    found, start, side = [], 0, ""
    for n, (_, value) in enumerate([*known, (-1, mean)]):  # a sentinel ends the last run
        now = "above" if value > mean else "below" if value < mean else ""
        if now != side or not now:
            if side and n - start >= RUN:
                found.append((known[start][0], known[n - 1][0], side))
            start, side = n, now
    return found
