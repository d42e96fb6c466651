"""What a snapshot row holds for one indicator, worked out from its approved figures.

No queries here: the freeze loads everything first and calls `row_fields` per indicator.
Each rule is a small function of its own (the latest figure, the year to date, last
year's figure, the direction of travel, the notes, the commentary), and every rating goes
through the indicator's `rate`, so the freeze rates exactly as the return form does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from indicators import periods, rating
from indicators.models import Indicator
from indicators.targets import YearTargets
from indicators.year_end import project

TREND_MONTHS = 13
RECENT_PERIODS = 4
STORED = Decimal("0.000001")


class Approved(NamedTuple):
    """An approved return as the freeze sees it (a tuple: the freeze loads many thousands).

    It has a Figure's value, numerator and denominator, all that the year to date reads.
    """

    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    commentary: str
    not_available: bool
    not_available_reason: str
    forecast: Decimal | None = None  # the owner's own year-end forecast, if they gave one
    forecast_reason: str = ""


Figures = dict[date, Approved]
NO_TARGETS = YearTargets()


@dataclass(frozen=True)
class Calendar:
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


@lru_cache(maxsize=512)
def calendar(frequency: str, first: date, month: date) -> Calendar:
    due = []
    day = first
    while day <= month:
        if periods.is_due(frequency, day):
            due.append(day)
        day = periods.add_months(day, 1)
    year = periods.financial_year_of(month)
    last_year = tuple(m for m in due if periods.financial_year_of(m) == year - 1)
    same_point = periods.add_months(month, -12)

    def named(months: list[date]) -> tuple[tuple[date, str, str], ...]:
        return tuple((m, periods.month_key(m), periods.period_label(m, frequency)) for m in months)

    return Calendar(
        due=tuple(due),
        this_year=tuple(m for m in due if m >= periods.year_start(year)),
        last_year=last_year,
        last_year_to_date=tuple(m for m in last_year if m <= same_point),
        before=dict(zip(due[1:], due, strict=False)),
        recent=named(due[-RECENT_PERIODS:]),
        trend=named([m for m in due if m > periods.add_months(month, -TREND_MONTHS)]),
    )


def points(named: Sequence[tuple[date, str, str]], figures: Figures) -> list[dict[str, Any]]:
    """[{month, label, value}] for the named months: the figure as text, None if missing."""
    out = []
    for month, key, label in named:
        found = figures.get(month)
        value = None if found is None or found.value is None else found.value.normalize()
        out.append({"month": key, "label": label, "value": None if value is None else f"{value:f}"})
    return out


def latest_figure(due: Sequence[date], figures: Figures) -> tuple[date | None, Decimal | None]:
    """The latest due month with a figure, and the figure; (None, None) if there is none."""
    for month in reversed(due):
        found = figures.get(month)
        if found is not None and found.value is not None:
            return month, found.value
    return None, None


def year_to_date(indicator: Indicator, months: Sequence[date], figures: Figures) -> Decimal | None:
    """The year-to-date figure, to the places the database keeps, so it is rated as stored."""
    approved = [f for m in months if (f := figures.get(m)) is not None]
    value = rating.ytd_value(indicator.ytd_method, approved, scale=indicator.ratio_scale)
    return None if value is None else value.quantize(STORED, rounding=ROUND_HALF_UP)


def reported_months(months: Sequence[date], figures: Figures) -> list[date]:
    """The months that have a figure: what a year to date is made of."""
    return [m for m in months if (f := figures.get(m)) is not None and f.value is not None]


def previous_year(indicator: Indicator, cal: Calendar, figures: Figures) -> Decimal | None:
    """Last year's figure to compare with. A KPI: last year's outturn (its year to date, or
    for a point-in-time measure its final figure). An activity: last year to the same point."""
    months = cal.last_year if indicator.is_kpi else cal.last_year_to_date
    if indicator.ytd_method == Indicator.YtdMethod.NONE:
        found = rating.latest_available([(m, figures[m].value) for m in months if m in figures])
        return found[1] if found else None
    return year_to_date(indicator, months, figures)


def travel(
    indicator: Indicator,
    cal: Calendar,
    latest: tuple[date | None, Decimal | None],
    figures: Figures,
    *,
    revised_from: int | None,
) -> str:
    """Direction of travel of a KPI's latest figure against the due period before it.

    Not compared across a revised definition: with `revised_from` (the year it changed),
    a figure from before that year is not a comparison.
    """
    month, value = latest
    if not indicator.is_kpi or month is None:
        return ""
    before = cal.before.get(month)
    if before is None or before not in figures:
        return ""
    if revised_from is not None and periods.financial_year_of(before) < revised_from:
        return ""
    found = rating.direction(
        value, figures[before].value, polarity=indicator.polarity, decimals=indicator.decimals
    )
    return found.value if found else ""


NOT_AVAILABLE_NOTE = "Not available: "  # then the owner's reason, last in the notes


def notes(targets: YearTargets, current: Approved | None) -> str:
    """The notes a committee reads beside the indicator."""
    main = targets.main
    out = []
    if main is not None and main.note:
        out.append(main.note)
    if main is not None and main.revised and "revised" not in main.note.lower():
        out.append("Revised indicator: not compared with earlier years.")
    if main is not None and main.provisional:
        out.append("Provisional target: last year's, until the committee agrees this year's.")
    if main is None:
        out.append("No target set for this year.")
    if current and current.not_available and current.not_available_reason:
        out.append(f"{NOT_AVAILABLE_NOTE}{current.not_available_reason}")
    return " ".join(out)


def commentary(figures: Figures, month: date | None) -> str:
    """The commentary written with the figure shown: the latest one's."""
    found = figures.get(month) if month else None
    return found.commentary if found else ""


def _rag(found: rating.Rag | None) -> str:
    return found.value if found else ""


def year_end(
    indicator: Indicator, month: date, figures: Figures, targets: YearTargets
) -> dict[str, Any]:
    """The projected year end and its RAG; the owner's own forecast (given with this
    year's latest figure) and its RAG beside it."""
    projected = project(indicator, month, figures, targets)
    this_year = periods.financial_year_of(month)
    given = next(
        (
            found
            for m in sorted(figures, reverse=True)
            if periods.financial_year_of(m) == this_year
            and (found := figures[m]).forecast is not None
        ),
        None,
    )
    owner = given.forecast if given else None
    return {
        "forecast": None if projected.value is None else projected.value.quantize(STORED),
        "forecast_rag": _rag(projected.rag),
        "owner_forecast": owner,
        "owner_forecast_rag": _rag(projected.rate(owner, indicator)),
        "forecast_reason": given.forecast_reason if given else "",
    }


def action_records(actions: Sequence[Any]) -> list[dict[str, str]]:
    """The actions as they stood at the freeze, as the snapshot keeps them."""
    return [
        {
            "description": a.description,
            "lead": a.lead,
            "due": a.due.isoformat(),
            "status": a.get_status_display(),
        }
        for a in actions
    ]


def row_fields(
    indicator: Indicator,
    month: date,
    figures: Figures,
    targets: dict[int, YearTargets],
    actions: Sequence[Any] = (),
) -> dict[str, Any]:
    """Everything a snapshot row holds for `indicator` frozen at `month`.

    `figures` are its approved returns by month (as far back as the freeze loaded);
    `targets` its targets by financial year start; `actions` its actions still open, or
    closed since the month began.
    """
    year = periods.financial_year_of(month)
    this_year = targets.get(year, NO_TARGETS)
    main = this_year.main
    area = indicator.service_area
    cal = calendar(
        indicator.frequency, min(min(figures, default=month), periods.year_start(year - 1)), month
    )
    latest_month, latest_value = latest_figure(cal.due, figures)
    current = cal.due[-1] if cal.due else None
    # The latest figure is rated against its own period's target (last year's, for an
    # indicator with no figure yet this year).
    latest_targets = (
        targets.get(periods.financial_year_of(latest_month), NO_TARGETS) if latest_month else None
    )
    latest_target = latest_targets.for_month(latest_month) if latest_targets else None
    shown_target = this_year.for_month(latest_month or month) or main

    ytd = year_to_date(indicator, cal.this_year, figures)
    ytd_target = this_year.to_date(
        indicator.ytd_method, reported_months(cal.this_year, figures) or cal.this_year[-1:]
    )
    alert = ""
    if not indicator.is_kpi and main is not None:
        found = rating.activity_alert(
            rating.alert_figure(indicator.ytd_method, ytd, latest_value),
            lower=main.lower,
            upper=main.upper,
            decimals=indicator.decimals,
        )
        alert = _rag(found)
    revised = bool(main and main.revised)
    parts = figures.get(latest_month) if latest_month else None
    trend = points(cal.trend, figures)
    recent = points(cal.recent, figures)
    return {
        "indicator_id": indicator.pk,
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
        "latest_numerator": parts.numerator if parts else None,
        "latest_denominator": parts.denominator if parts else None,
        "current_missing": current is not None and latest_month != current,
        "latest_rag": _rag(indicator.rate(latest_value, latest_target)),
        "ytd_value": ytd,
        "ytd_rag": _rag(indicator.rate_ytd(ytd, ytd_target)),
        "target": shown_target.target if shown_target else None,
        "floor": shown_target.floor if shown_target else None,
        "ytd_target": ytd_target.target if ytd_target else None,
        "ytd_floor": ytd_target.floor if ytd_target else None,
        "profiled": this_year.profiled,
        "amber_tolerance": indicator.tolerance if indicator.is_kpi else None,
        "lower": main.lower if main else None,
        "upper": main.upper if main else None,
        "provisional": bool(main and main.provisional),
        "revised": revised,
        "alert": alert,
        "previous_year_value": None if revised else previous_year(indicator, cal, figures),
        "direction": travel(
            indicator,
            cal,
            (latest_month, latest_value),
            figures,
            revised_from=year if revised else None,
        ),
        "commentary": commentary(figures, latest_month),
        "notes": notes(this_year, figures.get(current) if current else None),
        **year_end(indicator, month, figures, this_year),
        "actions": action_records(actions),
    }
