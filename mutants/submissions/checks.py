"""Checks on a figure before it is submitted. Plain Python, no Django.

An outlier is a figure far outside the indicator's own history: more than
`OUTLIER_MADS` median absolute deviations from the median of its last 12 figures. The MAD
is scaled by 1.4826 so that, for normally distributed figures, it estimates the standard
deviation. It is a warning that the owner confirms, never a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

OUTLIER_MADS = 3
MIN_HISTORY = 6
MAD_SCALE = Decimal("1.4826")
# With a flat history the MAD is 0 and every change would be "far": allow 1% of the level.
MIN_SPREAD_SHARE = Decimal("0.01")


@dataclass(frozen=True)
class Outlier:
    median: Decimal
    low: Decimal
    high: Decimal


def outlier(value: Decimal | None, history: Sequence[Decimal], *, step: Decimal) -> Outlier | None:
    """An Outlier if `value` is far outside `history` (the last 12 figures), else None.

    `step` is the smallest difference the indicator shows (1 for a count, 0.1 at one place).
    """
    figures = [Decimal(h) for h in history if h is not None][-12:]
    if value is None or len(figures) < MIN_HISTORY:
        return None
    centre = Decimal(median(figures))
    mad = Decimal(median(abs(f - centre) for f in figures)) * MAD_SCALE
    spread = max(mad, abs(centre) * MIN_SPREAD_SHARE, step)
    low, high = centre - OUTLIER_MADS * spread, centre + OUTLIER_MADS * spread
    if low <= value <= high:
        return None
    return Outlier(median=centre, low=low, high=high)
