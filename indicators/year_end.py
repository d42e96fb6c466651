"""An indicator's year end at a month: the projection, its RAG, and the owner's own forecast.

Query-free: given the indicator's figures by month (anything with a value, numerator and
denominator: an approved return, a Figure) and its targets for the year. Used by My
returns, Review and the freeze alike, so that all of them forecast the same figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from . import periods, rating
from .forecast import forecast, outlook
from .models import Indicator
from .targets import YearTargets


@dataclass(frozen=True)
class YearEnd:
    value: Decimal | None
    rag: rating.Rag | None
    target: rating.ThresholdsLike | None

    @property
    def outlook(self) -> str:
        return outlook(self.rag.value if self.rag else "")

    def rate(self, value: Decimal | None, indicator: Indicator) -> rating.Rag | None:
        """An owner's own forecast, rated against the same year-end target."""
        return indicator.rate(value, self.target) if value is not None else None


NO_YEAR_END = YearEnd(None, None, None)


@cache  # a few frequencies and years, asked for twice a projection, several a card
def due_in_year(frequency: str, start_year: int) -> tuple[date, ...]:
    """The months a figure is due in a financial year, in order."""
    return tuple(m for m in periods.months_of_year(start_year) if periods.is_due(frequency, m))


def project(
    indicator: Indicator,
    month: date,
    figures: Mapping[date, Any],
    targets: YearTargets | None,
) -> YearEnd:
    """Where `indicator` will finish the financial year holding `month`, from its figures
    up to `month` and last year's, rated against the year's target (or, under a profile,
    the whole profile: the year end is the profile's end)."""
    if not indicator.is_kpi:
        return NO_YEAR_END
    year = periods.financial_year_of(month)
    due = due_in_year(indicator.frequency, year)

    def figure(m: date) -> rating.Figure | None:
        found = figures.get(m)
        return rating.Figure(found.value, found.numerator, found.denominator) if found else None

    value = forecast(
        indicator.ytd_method,
        [figure(m) for m in due if m <= month],
        [figure(m) for m in due_in_year(indicator.frequency, year - 1)],
        periods=len(due),
        scale=indicator.ratio_scale,
    )
    target = targets.to_date(indicator.ytd_method, due) if targets else None
    return YearEnd(value, indicator.rate(value, target), target)
