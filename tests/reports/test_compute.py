"""Each rule of a snapshot row on its own, without the database (reports/compute.py).

The freeze loads everything and calls these per indicator; here they get unsaved
indicators, targets and figures, so each rule is checked in milliseconds and a change to
one of them fails a test named after it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from indicators import periods
from indicators.models import Directorate, Indicator, ServiceArea, Target
from indicators.rating import Alert, Rag
from indicators.targets import YearTargets
from reports import compute
from reports.compute import Approved

MARCH_25, APRIL_25, SEPTEMBER_25 = date(2025, 3, 1), date(2025, 4, 1), date(2025, 9, 1)


def kpi(**fields: object) -> Indicator:
    area = ServiceArea(name="Customer Services", directorate=Directorate(name="Resources"))
    defaults: dict[str, object] = {
        "ref": "CS01",
        "title": "Calls answered",
        "kind": Indicator.Kind.KPI,
        "unit": Indicator.Unit.NUMBER,
        "decimals": 0,
        "polarity": Indicator.Polarity.HIGHER,
        "frequency": Indicator.Frequency.MONTHLY,
        "ytd_method": Indicator.YtdMethod.SUM,
        "amber_tolerance": D("0"),
        "service_area": area,
    }
    return Indicator(**(defaults | fields))


def activity(**fields: object) -> Indicator:
    return kpi(kind=Indicator.Kind.ACTIVITY, **fields)


def fig(value: int | str | None, commentary: str = "", **more: object) -> Approved:
    number = None if value is None else D(str(value))
    return Approved(number, None, None, commentary, value is None, "", **more)


def monthly(first: date, values: list[int | None]) -> dict[date, Approved]:
    return {periods.add_months(first, i): fig(value) for i, value in enumerate(values)}


def year(target: int | None = None, **fields: object) -> YearTargets:
    return YearTargets(year=Target(target=None if target is None else D(target), **fields))


def cal(indicator: Indicator, month: date) -> compute.Calendar:
    return compute.calendar(indicator.frequency, date(2023, 4, 1), month)


# The calendar


def test_the_calendar_lists_due_months_and_the_due_month_before_each():
    quarterly = compute.calendar(Indicator.Frequency.QUARTERLY, date(2024, 4, 1), SEPTEMBER_25)
    assert quarterly.due == (
        date(2024, 6, 1), date(2024, 9, 1), date(2024, 12, 1), date(2025, 3, 1),
        date(2025, 6, 1), date(2025, 9, 1),
    )  # fmt: skip
    assert quarterly.this_year == (date(2025, 6, 1), date(2025, 9, 1))
    assert quarterly.before[date(2025, 9, 1)] == date(2025, 6, 1)  # the one before, not two
    assert quarterly.last_year_to_date == (date(2024, 6, 1), date(2024, 9, 1))
    assert [m for m, _, _ in quarterly.recent] == list(quarterly.due[-4:])


def test_the_trend_is_the_last_13_months():
    months = compute.calendar(Indicator.Frequency.MONTHLY, date(2023, 4, 1), SEPTEMBER_25).trend
    assert len(months) == 13
    assert months[0][0] == date(2024, 9, 1) and months[-1][0] == SEPTEMBER_25
    assert months[-1][1:] == ("2025-09", "Sep-25")


# The latest figure


def test_the_latest_figure_is_the_last_due_month_with_a_figure():
    figures = monthly(date(2025, 6, 1), [10, 11, None]) | {date(2025, 10, 1): fig(99)}
    due = (date(2025, 6, 1), date(2025, 7, 1), date(2025, 8, 1), date(2025, 9, 1))
    assert compute.latest_figure(due, figures) == (date(2025, 7, 1), D(11))
    assert compute.latest_figure(due, {}) == (None, None)


def test_points_give_each_named_month_its_figure_as_text_or_none():
    named = ((date(2025, 7, 1), "2025-07", "Jul-25"), (date(2025, 8, 1), "2025-08", "Aug-25"))
    assert compute.points(named, {date(2025, 7, 1): fig("12.50")}) == [
        {"month": "2025-07", "label": "Jul-25", "value": "12.5"},
        {"month": "2025-08", "label": "Aug-25", "value": None},
    ]


# Last year's figure


def test_a_kpi_compares_with_last_years_whole_outturn():
    figures = monthly(APRIL_25.replace(year=2024), [10] * 12) | monthly(APRIL_25, [1] * 6)
    assert compute.previous_year(kpi(), cal(kpi(), SEPTEMBER_25), figures) == D(120)


def test_an_activity_compares_with_last_year_to_the_same_point():
    figures = monthly(APRIL_25.replace(year=2024), [10] * 12) | monthly(APRIL_25, [1] * 6)
    indicator = activity()
    assert compute.previous_year(indicator, cal(indicator, SEPTEMBER_25), figures) == D(60)


def test_a_point_in_time_measure_compares_with_last_years_final_figure():
    indicator = kpi(ytd_method=Indicator.YtdMethod.NONE)
    figures = monthly(APRIL_25.replace(year=2024), [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, None])
    assert compute.previous_year(indicator, cal(indicator, SEPTEMBER_25), figures) == D(15)


def test_the_year_to_date_is_kept_to_the_places_the_database_stores():
    indicator = kpi(ytd_method=Indicator.YtdMethod.MEAN)
    months = (date(2025, 4, 1), date(2025, 5, 1), date(2025, 6, 1))
    figures = monthly(APRIL_25, [1, 1, 2])
    assert compute.year_to_date(indicator, months, figures) == D("1.333333")
    assert compute.reported_months(months, monthly(APRIL_25, [1, None, 2])) == [
        date(2025, 4, 1),
        date(2025, 6, 1),
    ]


# Direction of travel


def travel(indicator: Indicator, figures: dict[date, Approved], **kw: object) -> str:
    calendar = cal(indicator, SEPTEMBER_25)
    latest = compute.latest_figure(calendar.due, figures)
    return compute.travel(indicator, calendar, latest, figures, revised_from=kw.get("revised"))


def test_direction_compares_the_latest_figure_with_the_period_before_it():
    figures = monthly(date(2025, 7, 1), [50, 10, 20])  # up on August, down on July
    assert travel(kpi(), figures) == "improved"
    assert travel(kpi(polarity=Indicator.Polarity.LOWER), figures) == "worsened"
    assert travel(kpi(), monthly(date(2025, 8, 1), [20, 20])) == "unchanged"


def test_no_direction_without_the_period_before_for_an_activity_or_across_a_revision():
    assert travel(kpi(), {SEPTEMBER_25: fig(20), date(2025, 7, 1): fig(10)}) == ""
    assert travel(activity(), monthly(date(2025, 8, 1), [10, 20])) == ""
    assert travel(kpi(), monthly(date(2025, 3, 1), [10] + [None] * 5 + [20])) == ""
    spans_april = {MARCH_25: fig(10), APRIL_25: fig(20)}
    calendar = cal(kpi(), APRIL_25)
    latest = (APRIL_25, D(20))
    assert compute.travel(kpi(), calendar, latest, spans_april, revised_from=None) == "improved"
    assert compute.travel(kpi(), calendar, latest, spans_april, revised_from=2025) == ""
    # Within the year it was revised, the months compare with each other.
    assert travel(kpi(), monthly(date(2025, 8, 1), [10, 20]), revised=2025) == "improved"


# Notes and commentary


def test_the_notes_say_what_a_committee_must_know():
    assert compute.notes(year(80, note="Changed source"), None) == "Changed source"
    assert compute.notes(year(80, revised=True), None) == (
        "Revised indicator: not compared with earlier years."
    )
    assert compute.notes(year(80, provisional=True), None) == (
        "Provisional target: last year's, until the committee agrees this year's."
    )
    assert compute.notes(YearTargets(), None) == "No target set for this year."
    missing = Approved(None, None, None, "", True, "System down")
    assert compute.notes(year(80), missing) == "Not available: System down"
    assert compute.notes(year(80, note="Revised definition", revised=True), None) == (
        "Revised definition"
    )


def test_the_commentary_is_the_shown_figures_own():
    figures = {date(2025, 8, 1): fig(10, "August's words"), SEPTEMBER_25: fig(None, "Late")}
    assert compute.commentary(figures, date(2025, 8, 1)) == "August's words"
    assert compute.commentary(figures, None) == ""


# A whole row


def test_a_row_rates_the_latest_figure_and_the_year_to_date_against_this_years_target():
    indicator = kpi()
    figures = monthly(APRIL_25, [10, 10, 10, 10, 10, 4])
    row = compute.row_fields(indicator, SEPTEMBER_25, figures, {2025: year(8, floor=D(5))})
    assert (row["latest_month"], row["latest_value"], row["latest_rag"]) == (
        SEPTEMBER_25,
        D(4),
        Rag.RED,
    )
    assert (row["ytd_value"], row["ytd_rag"]) == (D(54), Rag.GREEN)
    assert (row["target"], row["floor"], row["current_missing"]) == (D(8), D(5), False)
    assert row["indicator_id"] is None and row["directorate"] == "Resources"


def test_a_row_with_no_figure_yet_this_year_rates_the_last_against_last_years_target():
    figures = {MARCH_25: fig(50, "March's words")}
    targets = {2024: year(40), 2025: year(60)}
    row = compute.row_fields(kpi(), APRIL_25, figures, targets)
    assert row["commentary"] == "March's words"  # the shown figure's, though April is due
    assert (row["latest_month"], row["latest_rag"], row["current_missing"]) == (
        MARCH_25,
        Rag.GREEN,
        True,
    )
    assert row["target"] == D(60)  # shown: this year's, which the next figure meets


def test_an_activity_row_has_an_alert_from_its_range_and_no_rag():
    figures = monthly(APRIL_25, [30, 30, 30, 30, 30, 30])
    row = compute.row_fields(
        activity(amber_tolerance=D(5)),
        SEPTEMBER_25,
        figures,
        {2025: year(lower=D(10), upper=D(100))},
    )  # an amber band of its own, which an activity never uses
    assert row["latest_rag"] == row["ytd_rag"] == ""
    assert row["alert"] == Alert.ABOVE  # 180 to date, over the range
    assert (row["lower"], row["upper"], row["amber_tolerance"]) == (D(10), D(100), None)


@pytest.mark.parametrize("revised", [False, True])
def test_a_revised_row_leaves_out_last_year(revised):
    figures = monthly(APRIL_25.replace(year=2024), [10] * 12) | monthly(APRIL_25, [1] * 6)
    row = compute.row_fields(kpi(), SEPTEMBER_25, figures, {2025: year(5, revised=revised)})
    assert row["revised"] is revised
    assert row["previous_year_value"] == (None if revised else D(120))


def test_a_whole_row_holds_exactly_what_the_snapshot_keeps():
    """Every field of a row, by name: a field dropped, renamed or filled from the wrong
    place fails here (mutation testing found single fields unchecked)."""
    from types import SimpleNamespace

    indicator = kpi(unit=Indicator.Unit.PERCENT, decimals=1, ytd_method=Indicator.YtdMethod.MEAN)
    area = indicator.service_area
    area.head_of_service, area.cabinet_member = "Ann Head", "Cllr Bee"
    area.directorate.corporate_director = "Dee Director"
    september = fig("88.5", "Phones down", forecast=D(93), forecast_reason="Recovering")
    figures = (
        monthly(APRIL_25.replace(year=2024), [90] * 12)
        | monthly(APRIL_25, [92, 93, 94, 95, 96])
        | {SEPTEMBER_25: september}
    )
    action = SimpleNamespace(
        description="Recruit", lead="Team lead", due=date(2025, 12, 1),
        get_status_display=lambda: "Planned",
    )  # fmt: skip
    targets = {2025: year(95, floor=D(90), note="Set by cabinet")}
    row = compute.row_fields(indicator, SEPTEMBER_25, figures, targets, [action])

    def point(month: date, value: str) -> dict[str, str]:
        return {"month": f"{month:%Y-%m}", "label": f"{month:%b-%y}", "value": value}

    trend_months = [date(2024, 9, 1), *(date(2024 + (m < 4), m, 1) for m in (10, 11, 12, 1, 2, 3))]
    this_year = ["92", "93", "94", "95", "96", "88.5"]
    trend = [point(m, "90") for m in trend_months] + [
        point(date(2025, 4 + i, 1), v) for i, v in enumerate(this_year)
    ]
    assert row == {
        "indicator_id": None, "ref": "CS01", "title": "Calls answered",
        "directorate": "Resources", "corporate_director": "Dee Director",
        "service_area": "Customer Services", "head_of_service": "Ann Head",
        "cabinet_member": "Cllr Bee",
        "kind": "kpi", "unit": "percent", "decimals": 1, "polarity": "higher",
        "frequency": "monthly", "ytd_method": "mean", "rolling_12": False,
        "recent": trend[-4:], "trend": trend,
        "latest_month": SEPTEMBER_25, "latest_value": D("88.5"),
        "latest_numerator": None, "latest_denominator": None, "current_missing": False,
        "latest_rag": Rag.RED, "ytd_value": D("93.083333"), "ytd_rag": Rag.AMBER,
        "target": D(95), "floor": D(90), "ytd_target": D(95), "ytd_floor": D(90),
        "profiled": False, "amber_tolerance": None, "lower": None, "upper": None,
        "provisional": False, "revised": False, "alert": "",
        "previous_year_value": D(90), "direction": "worsened",
        "commentary": "Phones down", "notes": "Set by cabinet",
        "forecast": D("93.083333"), "forecast_rag": Rag.AMBER,
        "owner_forecast": D(93), "owner_forecast_rag": Rag.AMBER,
        "forecast_reason": "Recovering",
        "actions": [
            {"description": "Recruit", "lead": "Team lead", "due": "2025-12-01",
             "status": "Planned"}
        ],
    }  # fmt: skip


def test_the_owners_forecast_is_the_latest_given_this_year_never_last_years():
    indicator = kpi(ytd_method=Indicator.YtdMethod.SUM)
    targets = year(600, floor=D(500))
    figures = monthly(APRIL_25, [50, 50, 50, 50]) | {
        MARCH_25: fig(50, forecast=D(999), forecast_reason="Last year's"),
        date(2025, 6, 1): fig(50, forecast=D(550), forecast_reason="Winter"),
        date(2025, 8, 1): fig(50, forecast=D(640), forecast_reason="Recovered"),
        SEPTEMBER_25: fig(50),
    }
    end = compute.year_end(indicator, SEPTEMBER_25, figures, targets)
    assert end == {
        "forecast": D("600.000000"),  # 300 in six months, at that rate for twelve
        "forecast_rag": Rag.GREEN,
        "owner_forecast": D(640),
        "owner_forecast_rag": Rag.GREEN,
        "forecast_reason": "Recovered",
    }
    no_forecast = compute.year_end(indicator, SEPTEMBER_25, monthly(APRIL_25, [50] * 6), targets)
    assert (no_forecast["owner_forecast"], no_forecast["owner_forecast_rag"]) == (None, "")
    assert no_forecast["forecast_reason"] == ""
    nothing = compute.year_end(indicator, SEPTEMBER_25, {}, targets)
    assert (nothing["forecast"], nothing["forecast_rag"]) == (None, "")


def test_rows_of_other_kinds_hold_their_own_fields():
    # A ratio: the latest figure's parts, rated on a percentage of the sums.
    ratio = kpi(unit=Indicator.Unit.PERCENT, decimals=1, ytd_method=Indicator.YtdMethod.RATIO,
                amber_tolerance=D(10))  # fmt: skip
    parts = {APRIL_25: Approved(D(90), D(45), D(50), "", False, "")}
    row = compute.row_fields(ratio, APRIL_25, parts, {2025: year(95)})
    assert (row["latest_numerator"], row["latest_denominator"]) == (D(45), D(50))
    assert (row["ytd_value"], row["ytd_rag"], row["latest_rag"]) == (D(90), Rag.AMBER, Rag.AMBER)
    assert (row["target"], row["ytd_target"], row["amber_tolerance"]) == (D(95), D(95), D(10))

    # No target this year: nothing rated, and the notes say why.
    bare = compute.row_fields(kpi(), SEPTEMBER_25, monthly(APRIL_25, [1] * 6), {})
    assert (bare["target"], bare["floor"], bare["ytd_target"], bare["ytd_floor"]) == (None,) * 4
    assert (bare["latest_rag"], bare["ytd_rag"], bare["lower"], bare["upper"]) == (
        "",
        "",
        None,
        None,
    )
    assert bare["notes"] == "No target set for this year."

    # This month not available: its reason is in the notes, and last month's figure shown.
    missing = monthly(APRIL_25, [5, 5, 5, 5, 5]) | {
        SEPTEMBER_25: Approved(None, None, None, "", True, "Supplier late")
    }
    late = compute.row_fields(kpi(), SEPTEMBER_25, missing, {2025: year(4, provisional=True)})
    assert (late["latest_month"], late["current_missing"]) == (date(2025, 8, 1), True)
    assert late["provisional"] is True
    assert late["notes"] == (
        "Provisional target: last year's, until the committee agrees this year's. "
        "Not available: Supplier late"
    )

    # An activity under its range to date; a revised KPI shows no direction across April.
    low = compute.row_fields(activity(), SEPTEMBER_25, monthly(APRIL_25, [1] * 6),
                             {2025: year(lower=D(10), upper=D(100))})  # fmt: skip
    assert (low["alert"], low["lower"], low["upper"]) == (Alert.BELOW, D(10), D(100))
    revised = compute.row_fields(kpi(), APRIL_25, {MARCH_25: fig(10), APRIL_25: fig(20)},
                                 {2025: year(5, revised=True)})  # fmt: skip
    assert (revised["direction"], revised["previous_year_value"]) == ("", None)
    plain = compute.row_fields(kpi(), APRIL_25, {MARCH_25: fig(10), APRIL_25: fig(20)},
                               {2025: year(5)})  # fmt: skip
    assert plain["direction"] == "improved"


# Profiled targets: each month's own


def profile(values: list[int]) -> YearTargets:
    """This year's targets month by month from April (a profile), no year's row."""
    return YearTargets(
        own={periods.add_months(APRIL_25, i): Target(target=D(v)) for i, v in enumerate(values)}
    )


def test_the_target_shown_is_that_of_the_latest_figures_month():
    """September's figure not in yet: the paper shows August's figure beside August's
    target, not September's."""
    figures = monthly(APRIL_25, [10, 20, 30, 40, 50])  # April to August
    row = compute.row_fields(
        kpi(), SEPTEMBER_25, figures, {2025: profile([10, 20, 30, 40, 50, 60])}
    )
    assert (row["latest_month"], row["target"]) == (date(2025, 8, 1), D(50))


def test_with_no_figure_this_year_the_year_to_date_target_is_the_months_own():
    figures = monthly(APRIL_25.replace(year=2024), [10] * 12)  # last year only
    row = compute.row_fields(
        kpi(), SEPTEMBER_25, figures, {2025: profile([10, 20, 30, 40, 50, 60])}
    )
    assert row["ytd_value"] is None
    assert row["ytd_target"] == D(60)  # September's alone, not a sum of months


def test_an_activity_with_no_year_to_date_is_checked_on_its_latest_figure():
    figures = monthly(APRIL_25, [30, 30, 30, 30, 30, 130])
    row = compute.row_fields(
        activity(ytd_method=Indicator.YtdMethod.NONE), SEPTEMBER_25, figures,
        {2025: year(lower=D(10), upper=D(100))},
    )  # fmt: skip
    assert row["ytd_value"] is None
    assert row["alert"] == Alert.ABOVE  # September's 130, over the range


def test_the_year_to_date_rounds_a_half_up_in_the_last_place_kept():
    """0.0000025 is kept as 0.000003, as the paper rounds, not to the even 0.000002."""
    indicator = kpi(ytd_method=Indicator.YtdMethod.MEAN, decimals=6)
    figures = {APRIL_25: fig("0.000002"), date(2025, 5, 1): fig("0.000003")}
    assert compute.year_to_date(indicator, [APRIL_25, date(2025, 5, 1)], figures) == D("0.000003")


def test_a_ratio_year_to_date_is_scaled_by_its_unit():
    """A percentage is numerators over denominators times 100; a plain ratio times 1."""
    months = [APRIL_25, date(2025, 5, 1)]
    figures = {m: Approved(None, D(3), D(4), "", False, "") for m in months}
    percent = kpi(unit=Indicator.Unit.PERCENT, ytd_method=Indicator.YtdMethod.RATIO)
    plain = kpi(unit=Indicator.Unit.NUMBER, ytd_method=Indicator.YtdMethod.RATIO)
    assert compute.year_to_date(percent, months, figures) == D(75)
    assert compute.year_to_date(plain, months, figures) == D("0.75")
