"""Issue 14: the PDF is typeset by Typst from data: fast, tagged, and whatever a title or a
commentary holds is printed as written, never read as markup."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from reports.freeze import freeze_month
from reports.paper import paper_data
from reports.selectors import dashboard
from submissions.models import Return
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = pytest.mark.django_db
AWKWARD = 'Calls #answered $5 *not bold* _x_ [link](y) <b>"quoted"</b> \\ = heading'


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_titles_and_commentary_are_printed_as_written(client, rita, council):
    calls = council["calls"]
    calls.title = AWKWARD
    calls.save()
    Return.objects.filter(indicator=calls, period__month=OCTOBER).update(
        commentary="#set text(fill: red) // $x$ #pagebreak()"
    )
    freeze_month(OCTOBER, today=TODAY)
    client.force_login(rita)
    text = " ".join(
        text_of(client.get(reverse("reports-export", args=["2023-10", "pdf"])).content).split()
    )
    assert AWKWARD in text
    assert "#set text(fill: red) // $x$ #pagebreak()" in text


def test_the_paper_s_data_is_the_dashboard_s(snapshot):
    data = paper_data(dashboard(snapshot))
    assert data["title"] == "Whole Council Performance Dashboard: October 2023"
    (section,) = [s for s in data["sections"] if s["name"] == "Customer Services"]
    kpis = next(t for t in section["tables"] if t["kpi"])
    (calls,) = kpis["rows"]
    assert calls["cells"][-1] == "85.0%" and calls["rag"] == "RED"
    assert calls["commentary"]["heading"] == "Red commentary:"
    assert calls["chart"]["alt"].startswith("CS01 Calls answered, last 13 months:")
    assert calls["chart"]["svg"].startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    # Not available at the freeze: a star, as on the page.
    debt = next(
        r for s in data["sections"] for t in s["tables"] for r in t["rows"] if r["ref"] == "FN06"
    )
    assert debt["cells"][-1] == "*"
