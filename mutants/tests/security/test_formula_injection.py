"""Issue 11, item 13: no text the portal writes into a spreadsheet runs as a formula."""

import csv
import io
from decimal import Decimal as D

import pytest
import tablib
from django.urls import reverse
from openpyxl import load_workbook

from indicators.resources import IndicatorResource, TargetResource
from reports.freeze import freeze_month
from submissions.models import Return
from submissions.resources import ResultResource
from tests.factories import (
    DirectorateFactory,
    IndicatorFactory,
    ServiceAreaFactory,
    TargetFactory,
    period_for,
)
from tests.reports.conftest import OCTOBER, TODAY, approve

pytestmark = pytest.mark.django_db
EVIL = '=HYPERLINK("http://evil.example","click")'


def cells(book):
    return [c.value for s in book for row in s.iter_rows() for c in row if isinstance(c.value, str)]


def test_the_admin_exports_of_indicators_targets_and_results_are_neutralised(db):
    area = ServiceAreaFactory(name=EVIL, directorate=DirectorateFactory(name="+SUM(1)"))
    kpi = IndicatorFactory(ref="CS01", title="@cmd", service_area=area, minimum=D(-100))
    TargetFactory(indicator=kpi, target=D(-5), floor=None, note=EVIL)
    approve(kpi, OCTOBER, -7, commentary=EVIL)
    # Each export's negative figure, by its column: the indicator's minimum, the target, the result.
    negatives = {IndicatorResource: ("minimum", -100), TargetResource: ("target", -5)}
    negatives[ResultResource] = ("value", -7)
    for resource, (column, figure) in negatives.items():
        data = resource().export()
        for file_format in ("csv", "xlsx"):
            text = data.export(file_format)
            rows = tablib.Dataset().load(text, format=file_format)
            values = [str(v) for row in rows for v in row if v not in (None, "")]
            assert not any(v.startswith(("=", "+", "@")) for v in values), (resource, values)
            # Figures stay figures: the negative one is there, as the number, not neutralised.
            (written,) = rows[column]
            assert str(written) == str(figure), (resource, file_format, written)
            assert not any(v.startswith("'-") for v in values), (resource, values)
    assert "'=HYPERLINK" in ResultResource().export().csv


def test_the_dashboard_workbook_neutralises_names_as_well_as_commentary(client, rita, db):
    area = ServiceAreaFactory(
        name=EVIL, head_of_service="-2+3", directorate=DirectorateFactory(name="@SUM(A1)")
    )
    kpi = IndicatorFactory(ref="CS01", title=EVIL, service_area=area)
    TargetFactory(indicator=kpi, year=period_for(OCTOBER).year)
    approve(kpi, OCTOBER, 80, commentary=EVIL)
    # A figure that starts with a minus: a number, where "-2+3" typed as a name is text.
    change = IndicatorFactory(
        ref="EC01", unit="number", decimals=0, polarity="lower", service_area=area,
        minimum=D(-100), maximum=D(100),
    )  # fmt: skip
    TargetFactory(indicator=change, year=period_for(OCTOBER).year, target=D(-10), floor=None)
    approve(change, OCTOBER, -16)
    freeze_month(OCTOBER, today=TODAY)
    client.force_login(rita)
    response = client.get(reverse("reports-export", args=["2023-10", "xlsx"]))
    book = load_workbook(io.BytesIO(response.content))
    values = cells(book)
    assert not any(v.startswith(("=", "+", "-", "@")) for v in values)
    assert '\'=HYPERLINK("http://evil.example","click")' in values
    figures = [
        c.value for s in book for row in s.iter_rows() for c in row
        if isinstance(c.value, int | float) and not isinstance(c.value, bool)
    ]  # fmt: skip
    assert -16 in figures and -10 in figures  # EC01's figure and target, as numbers
    raw = client.get(reverse("reports-export", args=["2023-10", "csv"])).content
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0]["service_area"].startswith("'=")
    ec01 = next(r for r in table if r["ref"] == "EC01")
    assert (ec01["latest_value"], ec01["latest_shown"], ec01["target"]) == ("-16", "-16", "-10")
    assert Return.objects.count() == 2
