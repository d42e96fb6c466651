"""Which target rates which figure: the year's, or under a profile the period's own.

A profiled target (a collection profile, a cumulative count) gives some periods a target
of their own; a period without one uses the year's. A year-to-date figure is rated
against the profile to date (`rating.profile_to_date`). No queries here but `load`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from core.prepared import Prepared

from . import rating
from .models import Target


@dataclass
class YearTargets:
    """One indicator's targets for one financial year."""

    year: Target | None = None
    own: dict[date, Target] = field(default_factory=dict)  # the periods' own, by month

    @property
    def profiled(self) -> bool:
        return bool(self.own)

    @property
    def main(self) -> Target | None:
        """The year's row, or where only periods were given, the latest period's: for the
        year's notes, flags and an activity indicator's expected range."""
        if self.year is not None:
            return self.year
        return self.own[max(self.own)] if self.own else None

    def for_month(self, month: date) -> Target | None:
        """What a figure for `month` is rated against: the period's own, else the year's."""
        return self.own.get(month, self.year)

    def to_date(self, method: str, months: Sequence[date]) -> rating.ThresholdsLike | None:
        """What the year to date is rated against, given the months it is made of.

        Without a profile, the year's target and floor; under one, the profile to date.
        """
        if not self.profiled:
            return self.year
        chosen = [self.for_month(m) for m in months]
        return rating.Thresholds(
            target=rating.profile_to_date(method, [t.target if t else None for t in chosen]),
            floor=_floor_to_date(method, chosen),
        )


def _floor_to_date(method: str, chosen: Sequence[Target | None]) -> Decimal | None:
    """A profile's floors combine like its targets; a scheme with no floors has none."""
    if all(t is None or t.floor is None for t in chosen):
        return None
    return rating.profile_to_date(method, [t.floor if t else None for t in chosen])


_INDICATOR = Target._meta.get_field("indicator")
_TARGETS = Prepared(
    lambda ids, years: (
        Target.objects.filter(indicator_id__in=ids, year__start_year__in=years)
        .select_related("year")
        .order_by()
    )
)


def load(
    indicator_ids: Iterable[Any],
    start_years: Iterable[int],
    *,
    indicators: Mapping[int, Any] | None = None,
) -> dict[tuple[int, int], YearTargets]:
    """Every target of these indicators (ids, or a query giving them) in these financial
    years, by (indicator, year): one query. A pair with no targets is not in the answer.

    Given the indicators already read (`indicators`, by id), each target knows its own, so
    that what it says of itself (a profile's "for Sep-26") reads no indicator again."""
    found: dict[tuple[int, int], YearTargets] = defaultdict(YearTargets)
    ids = list(indicator_ids) if isinstance(indicator_ids, list | tuple) else indicator_ids
    for target in _TARGETS.list(ids=ids, years=list(start_years)):
        if indicators is not None and target.indicator_id in indicators:
            _INDICATOR.set_cached_value(target, indicators[target.indicator_id])
        held = found[(target.indicator_id, target.year.start_year)]
        if target.period is None:
            held.year = target
        else:
            held.own[target.period] = target
    return dict(found)


def for_month(indicator_id: int, month: date) -> Target | None:
    """The target a figure of one indicator for one month is rated against (one query)."""
    from .periods import financial_year_of

    held = load([indicator_id], [financial_year_of(month)]).get(
        (indicator_id, financial_year_of(month))
    )
    return held.for_month(month) if held else None
