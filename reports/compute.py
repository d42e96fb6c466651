"""What a snapshot row holds for one indicator, worked out from its approved figures.

No queries here: the freeze loads everything first and calls `row_fields` per indicator.
Every rating goes through `indicators.rating`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, NamedTuple, cast

from indicators import periods, rating
from indicators.models import Indicator, Target

TREND_MONTHS = 13
RECENT_PERIODS = 4


class Approved(NamedTuple):
    """An approved return as the freeze sees it (a tuple: the freeze loads many thousands)."""

    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    commentary: str
    not_available: bool
    not_available_reason: str

    def figure(self) -> rating.Figure:
        return rating.Figure(self.value, self.numerator, self.denominator)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def due_months(indicator: Indicator, first: date, last: date) -> list[date]:
    return list(_calendar(indicator.frequency, first, last).due)


@dataclass(frozen=True)
class _Calendar:
    """The months an indicator of one frequency is due, frozen at a month, and their names.

    The same for every indicator of that frequency whose figures start at `first`, so the
    freeze works it out once per frequency rather than once per indicator.
    """

    due: tuple[date, ...]
    this_year: tuple[date, ...]
    last_year: tuple[date, ...]
    last_year_to_date: tuple[date, ...]  # last year's, up to the same point in the year
    before: dict[date, date]  # the due month before each due month
    recent: tuple[tuple[date, str, str], ...]  # (month, key, label) of the last four
    trend: tuple[tuple[date, str, str], ...]  # the same for the last 13 months
    recent_ends_trend: bool  # the last four are the trend's last four (not so for annual)


@lru_cache(maxsize=512)
def _calendar(frequency: str, first: date, month: date) -> _Calendar:
    due, day = [], first
    while day <= month:
        if periods.is_due(frequency, day):
            due.append(day)
        day = periods.add_months(day, 1)
    year = periods.financial_year_of(month)
    last_year = tuple(m for m in due if periods.financial_year_of(m) == year - 1)
    same_point = periods.add_months(month, -12)

    def named(months: list[date]) -> tuple[tuple[date, str, str], ...]:
        return tuple((m, periods.month_key(m), periods.period_label(m, frequency)) for m in months)

    recent = named(due[-RECENT_PERIODS:])
    trend = named([m for m in due if m > periods.add_months(month, -TREND_MONTHS)])
    return _Calendar(
        due=tuple(due),
        this_year=tuple(m for m in due if m >= periods.year_start(year)),
        last_year=last_year,
        last_year_to_date=tuple(m for m in last_year if m <= same_point),
        before=dict(zip(due[1:], due, strict=False)),
        recent=recent,
        trend=trend,
        recent_ends_trend=bool(recent) and trend[-len(recent) :] == recent,
    )


def _points(
    named: Sequence[tuple[date, str, str]], figures: dict[date, Approved]
) -> list[dict[str, Any]]:
    """[{month, label, value}] for the named months: the figure as text, None if missing."""
    points = []
    for month, key, label in named:
        found = figures.get(month)
        value = None if found is None else _text(found.value)
        points.append({"month": key, "label": label, "value": value})
    return points


STORED = Decimal("0.000001")


def _ytd(
    indicator: Indicator, months: Sequence[date], figures: dict[date, Approved]
) -> Decimal | None:
    """The year-to-date figure, to the places the database keeps, so it is rated as stored."""
    get = figures.get
    # Approved has Figure's value, numerator and denominator, all that the YTD reads: no
    # need to copy each into a Figure (the freeze does this for every indicator).
    approved = cast(Sequence[rating.Figure], [f for m in months if (f := get(m)) is not None])
    value = rating.ytd_value(indicator.ytd_method, approved, scale=indicator.ratio_scale)
    return None if value is None else value.quantize(STORED, rounding=ROUND_HALF_UP)


def _outturn(
    indicator: Indicator, months: Sequence[date], figures: dict[date, Approved]
) -> Decimal | None:
    """A year's figure to compare with: its YTD, or for a point-in-time measure its last figure."""
    if indicator.ytd_method == Indicator.YtdMethod.NONE:
        found = rating.latest_available([(m, figures[m].value) for m in months if m in figures])
        return found[1] if found else None
    return _ytd(indicator, months, figures)


def _rate(indicator: Indicator, target: Target | None, value: Decimal | None) -> str:
    if not indicator.is_kpi or target is None:
        return ""
    found = rating.rag(
        value,
        target=target.target,
        floor=target.floor,
        polarity=indicator.polarity,
        decimals=indicator.decimals,
    )
    return found.value if found else ""


def row_fields(
    indicator: Indicator,
    month: date,
    figures: dict[date, Approved],
    targets: dict[int, Target],
) -> dict[str, Any]:
    """Everything a snapshot row holds for `indicator` frozen at `month`.

    `figures` are its approved returns by month (as far back as the freeze loaded);
    `targets` its targets by financial year start.
    """
    year = periods.financial_year_of(month)
    target = targets.get(year)
    area = indicator.service_area
    history_start = min(figures, default=month)
    calendar = _calendar(
        indicator.frequency, min(history_start, periods.year_start(year - 1)), month
    )
    due = calendar.due
    latest_month, latest_value = None, None
    for m in reversed(due):  # the latest figure there is
        found = figures.get(m)
        if found is not None and found.value is not None:
            latest_month, latest_value = m, found.value
            break
    current = due[-1] if due else None
    latest_target = targets.get(periods.financial_year_of(latest_month)) if latest_month else None

    ytd = _ytd(indicator, calendar.this_year, figures)
    ytd_rag = ""
    if indicator.is_kpi and target is not None:
        found = rating.ytd_rag(
            indicator.ytd_method,
            ytd,
            target=target.target,
            floor=target.floor,
            polarity=indicator.polarity,
            decimals=indicator.decimals,
        )
        ytd_rag = found.value if found else ""

    alert = ""
    if not indicator.is_kpi and target is not None:
        found = rating.activity_alert(
            rating.alert_figure(indicator.ytd_method, ytd, latest_value),
            lower=target.lower,
            upper=target.upper,
            decimals=indicator.decimals,
        )
        alert = found.value if found else ""

    revised = bool(target and target.revised)
    if indicator.is_kpi:
        previous_year = _outturn(indicator, calendar.last_year, figures)
    else:
        previous_year = _outturn(indicator, calendar.last_year_to_date, figures)
    if revised:
        previous_year = None  # a changed definition is not compared with earlier years

    direction = ""
    if indicator.is_kpi and latest_month is not None:
        before = calendar.before.get(latest_month)  # the due month before the latest
        comparable = before is not None and not (
            revised and periods.financial_year_of(before) < year
        )
        if comparable and before in figures:
            found = rating.direction(
                latest_value,
                figures[before].value,
                polarity=indicator.polarity,
                decimals=indicator.decimals,
            )
            direction = found.value if found else ""

    notes = []
    if target and target.note:
        notes.append(target.note)
    if revised and "revised" not in (target.note or "").lower():
        notes.append("Revised indicator: not compared with earlier years.")
    if target and target.provisional:
        notes.append("Provisional target: last year's, until the committee agrees this year's.")
    if target is None:
        notes.append("No target set for this year.")
    shown = figures.get(current) if current else None
    if shown and shown.not_available and shown.not_available_reason:
        notes.append(f"Not available: {shown.not_available_reason}")
    commentary = figures[latest_month].commentary if latest_month in figures else ""
    trend = _points(calendar.trend, figures)
    if calendar.recent_ends_trend:  # the same points: made once
        recent = trend[-len(calendar.recent) :]
    else:
        recent = _points(calendar.recent, figures)

    return {
        "indicator": indicator,
        "ref": indicator.ref,
        "title": indicator.title,
        "directorate": area.directorate.name,
        "corporate_director": area.directorate.corporate_director,
        "service_area": area.name,
        "head_of_service": area.head_of_service,
        "cabinet_member": area.cabinet_member,
        "kind": indicator.kind,
        "unit": indicator.unit,
        "decimals": indicator.decimals,
        "polarity": indicator.polarity,
        "frequency": indicator.frequency,
        "ytd_method": indicator.ytd_method,
        "rolling_12": indicator.rolling_12,
        "recent": recent,
        "trend": trend,
        "latest_month": latest_month,
        "latest_value": latest_value,
        "current_missing": current is not None and latest_month != current,
        "latest_rag": _rate(indicator, latest_target, latest_value),
        "ytd_value": ytd,
        "ytd_rag": ytd_rag,
        "target": target.target if target else None,
        "floor": target.floor if target else None,
        "lower": target.lower if target else None,
        "upper": target.upper if target else None,
        "provisional": bool(target and target.provisional),
        "revised": revised,
        "alert": alert,
        "previous_year_value": previous_year,
        "direction": direction,
        "commentary": commentary,
        "notes": " ".join(notes),
    }
