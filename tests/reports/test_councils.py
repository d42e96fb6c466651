"""Acceptance: two councils' dashboards loaded through the import files alone, frozen, and
read as their committees read them.

tests/fixtures/kent_2023_10: a county's directorate dashboard for October 2023, as the
committee papers in shared/seeds show it (monthly, quarterly and annual KPIs, a
point-in-time measure, money in £000s, a figure not available at the time of reporting);
paper.csv is the paper's Latest RAG and YTD RAG columns.

tests/fixtures/district_2023_q2: a district's published quarterly KPIs (profiled targets,
negative figures, no floor standards, amber within a tolerance of the target);
published.csv is what the district published for the quarter to September 2023.
"""

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from core.roles import Role
from reports.models import Snapshot
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def load_council(folder: Path) -> None:
    """As an administrator would from the command line, in the README's order."""
    for resource, name in (
        ("indicators.resources.IndicatorResource", "indicators.csv"),
        ("indicators.resources.TargetResource", "targets.csv"),
        ("submissions.resources.ResultResource", "results.csv"),
    ):
        out = io.StringIO()
        call_command("import", resource, str(folder / name), "--no-input", stdout=out, stderr=out)


def table(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {row["ref"]: row for row in csv.DictReader(f)}


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def kent():
    load_council(FIXTURES / "kent_2023_10")
    call_command("freeze", "2023-10", stdout=io.StringIO())
    return Snapshot.objects.get(month=date(2023, 10, 1))


@pytest.fixture
def district():
    load_council(FIXTURES / "district_2023_q2")
    call_command("freeze", "2023-09", stdout=io.StringIO())
    return Snapshot.objects.get(month=date(2023, 9, 1))


class TestACountysPaper:
    def test_every_kpi_is_rated_as_the_paper_rates_it(self, kent):
        paper = table(FIXTURES / "kent_2023_10" / "paper.csv")
        rows = {row.ref: row for row in kent.rows.filter(kind="kpi")}
        assert set(rows) == set(paper)
        found = {
            ref: {"latest_period": r.latest_label, "latest_rag": r.latest_rag, "ytd_rag": r.ytd_rag}
            for ref, r in rows.items()
        }
        expected = {ref: {k: v for k, v in p.items() if k != "ref"} for ref, p in paper.items()}
        assert found == expected

    def test_the_cover_summary_counts_match_the_papers_latest_rag_column(self, kent):
        out = io.StringIO()
        call_command("cover_summary", "2023-10", stdout=out)
        paper = table(FIXTURES / "kent_2023_10" / "paper.csv")
        rags = [p["latest_rag"] for p in paper.values()]
        text = out.getvalue()
        assert (
            f"Of the 12 KPIs, current performance is Green for {rags.count('GREEN')}, "
            f"Amber for {rags.count('AMBER')} and Red for {rags.count('RED')}." in text
        )
        # Only the six monthly KPIs with an October figure moved in October.
        assert (
            "Net direction of travel for October was negative, with 2 KPIs improving in the "
            "month and 3 showing lower results; 1 was unchanged. The other 6 KPIs had no figure "
            "for October: 4 are reported quarterly, 1 is reported annually and 1 was not "
            "available at the time of reporting." in text
        )
        assert "- Percentage of births registered within 42 days (LRA01), Oct-23: Two" in text
        assert (
            "- Customer satisfaction with registration ceremonies (LRA03), Sep-23 (Q2): Two" in text
        )

    def test_the_dashboard_renders_as_the_paper_does(self, client, kent):
        client.force_login(UserFactory(roles=[Role.READER]))
        html = client.get(reverse("reports-dashboard", args=["2023-10"])).content.decode()
        page = text_of(html)
        # The title block.
        assert "Whole Council Performance Dashboard" in page
        assert "Financial Year 2023/24" in page and "Results up to Oct 2023" in page
        assert page.index("Guidance notes") < page.index("KPI summary")
        # Quarterly KPIs in a table of their own, headed by their own periods.
        assert "Key Performance Indicators – Quarterly" in page
        assert "Key Performance Indicators – Annual" in page
        for heading in ("Qtr RAG", "Sep-23 (Q2)", "Jun-23 (Q1)", "Year RAG", "2022/23"):
            assert f">{heading}</th>" in html
        # n/a where there is no year to date, * footnoted, £000s as the paper writes them.
        fn06 = html[html.index('<th scope="row" class="ref">FN06</th>') :]
        assert "n/a" in fn06[: fn06.index("</tr>")]
        assert "* not available at the time of reporting" in page
        assert "14,969" in page and "£14,969" not in page and "14,969k" not in page
        assert "(£000s)" in page
        # Commentary for an earlier period says so; nothing is invented where there is none.
        assert "Amber commentary for Sep-23: Winter pressure" in page
        assert "No commentary" not in page

    def test_the_workbook_puts_every_figure_under_its_own_period(self, client, kent):
        client.force_login(UserFactory(roles=[Role.READER]))
        url = reverse("reports-export", args=["2023-10", "xlsx"])
        book = load_workbook(io.BytesIO(client.get(url).content))
        sheet = book["Community Safety and Youth Just"]  # a sheet's name has 31 characters
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        header = rows[[r[0] for r in rows].index("Key Performance Indicators – Quarterly") + 1]
        quarterly = next(r for r in rows if r[0] == "CSY01")
        cells = dict(zip(header, quarterly, strict=False))
        assert header[2:7] == [
            "Dec-22 (Q3)",
            "Mar-23 (Q4)",
            "Jun-23 (Q1)",
            "Sep-23 (Q2)",
            "Qtr RAG",
        ]
        assert cells["Jun-23 (Q1)"] == 75 and cells["Sep-23 (Q2)"] == 72
        assert (cells["Qtr RAG"], cells["YTD"], cells["YTD RAG"]) == ("AMBER", 73.5, "AMBER")
        assert sheet.cell(row=rows.index(quarterly) + 1, column=6).number_format == '0.0"%"'
        annual = book["Business Support"]
        values = [[c.value for c in row] for row in annual.iter_rows()]
        head = values[[r[0] for r in values].index("Key Performance Indicators – Annual") + 1]
        hr04 = dict(zip(head, next(r for r in values if r[0] == "HR04"), strict=False))
        assert head[2:6] == ["2019/20", "2020/21", "2021/22", "2022/23"]
        assert hr04["2022/23"] == 89 and hr04["Year RAG"] == "AMBER"
        fn06 = next(r for r in values if r[0] == "FN06")
        assert "n/a" in fn06


class TestADistrictsPublishedKpis:
    def test_it_is_rated_as_the_district_publishes(self, district):
        published = table(FIXTURES / "district_2023_q2" / "published.csv")
        from reports.templatetags.dashboard import shown, ytd_cell

        found = {}
        for row in district.rows.filter(kind="kpi"):
            found[row.ref] = {
                "latest_period": row.latest_label,
                "latest": shown(row.latest_value, row),
                "latest_rag": row.latest_rag,
                "ytd": ytd_cell(row),
                "ytd_rag": row.ytd_rag,
            }
        expected = {ref: {k: v for k, v in p.items() if k != "ref"} for ref, p in published.items()}
        assert found == expected

    def test_a_profiled_target_rates_each_quarter_against_its_own(self, district):
        collected = district.rows.get(ref="PC01")
        # 56.2% against September's 57.0% (within 2%): AMBER; against the year's 97.5% it
        # would be far below.
        assert (collected.target, collected.latest_rag, collected.profiled) == (57, "AMBER", True)
        homes = district.rows.get(ref="PC05")
        # The year to date (55 + 58) against the profile to date (50 + 60).
        assert (homes.ytd_value, homes.ytd_target, homes.ytd_rag) == (113, 110, "GREEN")

    def test_negative_figures_are_kept_and_the_activity_range_holds(self, district):
        base = district.rows.get(ref="PC06")
        assert (base.latest_value, base.alert) == (-1250, "Yes")
