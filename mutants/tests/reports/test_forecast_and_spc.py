"""The year-end forecast and the control chart, as the committee reads them."""

import csv
import io
import re
from decimal import Decimal as D

import pytest
from django.urls import reverse

from reports.charts import trend_svg
from reports.freeze import freeze_month
from submissions.models import Return
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_each_kpi_is_forecast_and_rated_at_the_freeze(rows):
    calls = rows["CS01"]
    # A ratio with no whole year of history: the year to date, 6 × 930 + 850 of 7,000.
    assert (calls.forecast, calls.forecast_rag, calls.outlook) == (
        D("91.857143"), "AMBER", "at risk",
    )  # fmt: skip
    assert rows["FN06"].forecast is None  # a point-in-time measure has no year end
    assert rows["CS05"].forecast is None  # nor has an activity indicator


def test_the_owner_s_forecast_is_kept_beside_the_projection(client, rita, council):
    Return.objects.filter(indicator=council["calls"], period__month=OCTOBER).update(
        forecast=D(95), forecast_reason="New staff start in December."
    )
    snapshot = freeze_month(OCTOBER, today=TODAY).snapshot
    calls = snapshot.rows.get(ref="CS01")
    assert (calls.owner_forecast, calls.owner_forecast_rag, calls.year_end_rag) == (
        95, "GREEN", "GREEN",
    )  # fmt: skip
    assert calls.forecast == D("91.857143")  # the projection is kept too
    client.force_login(rita)
    page = text_of(client.get(reverse("reports-dashboard", args=["2023-10"])))
    assert "95.0% owner's forecast; projected 91.9%" in page
    assert "GREEN on track" in page
    assert "Owner's forecast of 95.0%: New staff start in December." in page
    raw = client.get(reverse("reports-export", args=["2023-10", "csv"])).content
    table = {r["ref"]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert (table["CS01"]["forecast"], table["CS01"]["forecast_rag"]) == ("91.857143", "AMBER")
    assert table["CS01"]["owner_forecast"] == "95"


def test_the_cover_summary_says_how_many_are_forecast_to_miss(snapshot):
    from reports.summary import cover_summary

    text = cover_summary(snapshot, list(snapshot.rows.all()))
    assert "1 KPI is forecast to miss its target by the end of the year." in text


def points(*values):
    months = ["Oct-22", "Nov-22", "Dec-22", "Jan-23", "Feb-23", "Mar-23", "Apr-23", "May-23",
              "Jun-23", "Jul-23", "Aug-23", "Sep-23", "Oct-23"]  # fmt: skip
    return [
        {"month": "", "label": label, "value": None if v is None else str(v)}
        for label, v in zip(months, values, strict=False)
    ]


def test_the_trend_marks_special_causes_and_says_them_in_words():
    svg = str(
        trend_svg(
            points(92, 96, 92, 96, 92, 96, 92, 96, 92, 96, 92, 96, 70),
            target=D(95), floor=D(90), unit="percent", decimals=1, title="CS01 Calls answered",
        )
    )  # fmt: skip
    assert svg.count('stroke="#b35900"') == 1  # one ringed point: October
    label = re.search(r'aria-label="([^"]+)"', svg).group(1)
    assert "Oct-23 70.0%" in label and "target 95.0% (dashed line)" in label
    assert "mean" in label and "process limits" in label
    assert "special cause: Oct-23 below the lower limit" in label


def test_a_run_of_six_is_a_special_cause_too():
    svg = str(
        trend_svg(
            points(80, 81, 80, 81, 80, 81, 90, 91, 90, 91, 90, 91, 90),
            target=None, floor=None, unit="count", decimals=0, title="X",
        )
    )  # fmt: skip
    assert "a run of 7 above the mean from Apr-23 to Oct-23" in svg
    assert "a run of 6 below the mean from Oct-22 to Mar-23" in svg
