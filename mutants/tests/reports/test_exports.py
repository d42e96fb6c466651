import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from indicators.safe_text import neutralise
from reports.exports import number_format
from reports.resources import SnapshotRowResource
from submissions.models import Return
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = pytest.mark.django_db
COLUMNS = [
    "period", "version", "ref", "kind", "latest_period", "latest_value", "latest_shown",
    "latest_rag", "ytd_value", "ytd_shown", "ytd_rag", "target", "target_shown", "floor",
    "floor_shown", "lower", "upper", "alert", "direction",
]  # fmt: skip


def download(client, user, file_format, **params):
    client.force_login(user)
    url = reverse("reports-export", args=["2023-10", file_format])
    response = client.get(url, params)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return response


def test_the_xlsx_has_the_summary_and_a_sheet_per_service_area(client, rita, snapshot):
    response = download(client, rita, "xlsx")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Summary", "Customer Services", "Finance"]
    sheet = book["Customer Services"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    assert "CS01" in cells and "CS05" in cells
    row = cells["CS01"].row
    latest = sheet.cell(row=row, column=6)
    assert latest.value == 85 and latest.number_format == '0.0"%"'
    rag = sheet.cell(row=row, column=7)
    assert rag.value == "RED" and rag.fill.fgColor.rgb.endswith("D4351C")
    assert isinstance(sheet.cell(row=row, column=8).value, float)  # YTD as a number


def test_the_pdf_renders(client, rita, snapshot):
    response = download(client, rita, "pdf")
    assert response["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(response.content))
    assert len(pdf.pages) >= 3
    page = pdf.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape
    text = " ".join(p.extract_text() for p in pdf.pages)
    for expected in (
        "Performance Dashboard",
        "CS01",
        "RED",
        "Phones down for two days",
        "Guidance notes",
    ):
        assert expected in text


def test_the_csv_has_the_agreed_columns_and_plain_numbers(client, rita, snapshot):
    raw = download(client, rita, "csv").content
    # A byte-order mark, so that Excel on Windows reads it as UTF-8 (and £ stays £).
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(table[0])[: len(COLUMNS)] == COLUMNS
    calls = next(r for r in table if r["ref"] == "CS01")
    assert {k: calls[k] for k in COLUMNS} == {
        "period": "2023-10", "version": "1", "ref": "CS01", "kind": "kpi",
        "latest_period": "2023-10", "latest_value": "85", "latest_shown": "85.0%",
        "latest_rag": "RED", "ytd_value": "91.857143", "ytd_shown": "91.9%",
        "ytd_rag": "AMBER", "target": "95", "target_shown": "95.0%", "floor": "90",
        "floor_shown": "90.0%", "lower": "", "upper": "", "alert": "", "direction": "worsened",
    }  # fmt: skip
    assert (calls["decimals"], calls["unit"], calls["frequency"]) == ("1", "percent", "monthly")
    volume = next(r for r in table if r["ref"] == "CS05")
    assert (volume["alert"], volume["lower"], volume["latest_rag"]) == ("Yes", "250000", "")
    assert volume["ytd_shown"] == "288,000"
    debt = next(r for r in table if r["ref"] == "FN06")
    assert debt["ytd_shown"] == "n/a"  # no year to date for a point-in-time measure


def test_the_library_export_command_writes_every_row(snapshot, capsys):
    call_command("export", "CSV", "reports.resources.SnapshotRowResource")
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["ref"] for r in table) == ["CS01", "CS05", "FN06"]


def test_every_export_neutralises_formulae(client, rita, council):
    from reports.freeze import freeze_month

    Return.objects.filter(indicator=council["calls"], period__month=OCTOBER).update(
        commentary='=HYPERLINK("http://evil.example","click")'
    )
    freeze_month(OCTOBER, today=TODAY)
    text = download(client, rita, "csv").content.decode()
    assert "'=HYPERLINK" in text
    book = load_workbook(io.BytesIO(download(client, rita, "xlsx").content))
    values = [
        c.value for s in book for row in s.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in values)
    assert any(v.startswith("'=HYPERLINK") for v in values)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1 cmd", "@SUM(A1)", "\tx"])
def test_neutralise_prefixes_formula_starts(text):
    assert neutralise(text) == "'" + text
    assert neutralise("A fine comment") == "A fine comment"
    assert neutralise(-5) == -5


def test_number_formats_match_units():
    assert number_format("percent", 1) == '0.0"%"'
    assert number_format("count", 0) == "#,##0"
    assert number_format("gbp_thousands", 0) == "#,##0"  # 14,969 under "(£000s)"


def test_the_resource_exports_negative_numbers_as_numbers(council, snapshot):
    from datetime import date
    from decimal import Decimal as D

    from reports.freeze import freeze_month
    from tests.factories import IndicatorFactory, TargetFactory, period_for
    from tests.reports.conftest import approve

    change = IndicatorFactory(
        ref="EC01", title="Change in empty homes", unit="number", decimals=0, polarity="lower",
        minimum=D(-100), maximum=D(100),
    )  # fmt: skip
    TargetFactory(indicator=change, year=period_for(OCTOBER).year, target=D(-10), floor=None)
    approve(change, OCTOBER, -16)
    freeze_month(OCTOBER, reason="With EC01", today=date(2023, 11, 20))
    dataset = SnapshotRowResource().export()
    assert dataset.headers[: len(COLUMNS)] == COLUMNS
    row = next(r for r in dataset.dict if r["ref"] == "EC01")
    # A number, not text with an apostrophe put in front of it against formulae.
    assert (row["latest_value"], row["latest_shown"], row["latest_rag"]) == ("-16", "-16", "GREEN")
    assert (row["target"], row["target_shown"]) == ("-10", "-10")
