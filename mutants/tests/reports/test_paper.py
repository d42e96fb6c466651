"""The committee paper: each thing a careful reader found wrong, as the reader meets it."""

import io
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal as D

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from reports.freeze import freeze_month
from reports.models import RenderedExport, SnapshotRow
from reports.summary import counts, cover_summary
from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, period_for
from tests.reports.conftest import OCTOBER, TODAY, approve

pytestmark = pytest.mark.django_db
URL = reverse("reports-dashboard", args=["2023-10"])


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def row(ref, frequency="monthly", latest_month=OCTOBER, direction="", rag="GREEN", **more):
    return SnapshotRow(
        ref=ref, kind="kpi", frequency=frequency, latest_month=latest_month,
        direction=direction, latest_rag=rag, **more,
    )  # fmt: skip


class TestDirectionInTheMonth:
    def test_only_kpis_with_a_figure_for_the_month_count(self):
        rows = [
            row("M1", direction="improved"),
            row("M2", direction="worsened"),
            row("M3", direction="unchanged"),
            # Moved, but not in October: last quarter's, an annual outturn, a figure the
            # freeze did not have (shown as *, rated on September's).
            row("Q1", "quarterly", date(2023, 9, 1), "improved"),
            row("A1", "annual", date(2023, 3, 1), "improved"),
            row("M4", latest_month=date(2023, 9, 1), direction="improved"),
        ]
        c = counts(rows, OCTOBER)
        assert (c.improved, c.worsened, c.unchanged) == (1, 1, 1)
        assert (c.quarterly, c.annual, c.not_available) == (1, 1, 1)

    def test_the_summary_says_how_many_others_and_why(self, council):
        quarterly = IndicatorFactory(ref="CS03", title="Satisfied callers", frequency="quarterly")
        TargetFactory(indicator=quarterly, year=period_for(OCTOBER).year)
        approve(quarterly, date(2023, 6, 1), 88)
        approve(quarterly, date(2023, 9, 1), 91)
        snapshot = freeze_month(OCTOBER, today=TODAY).snapshot
        text = cover_summary(snapshot, list(snapshot.rows.all()))
        assert "with 0 KPIs improving in the month and 1 showing lower results." in text
        assert (
            "The other 2 KPIs had no figure for October: 1 is reported quarterly and 1 was not "
            "available at the time of reporting." in text
        )


class TestCommentary:
    def test_a_missing_commentary_is_a_gap_for_the_team_never_words_in_the_paper(
        self, client, priya, rita, council
    ):
        Return.objects.filter(indicator=council["calls"], period__month=OCTOBER).update(
            commentary=""
        )
        freeze_month(OCTOBER, today=TODAY)
        client.force_login(rita)
        page = text_of(client.get(URL))
        assert "No commentary" not in page and "Commentary missing" not in page
        client.force_login(priya)
        page = text_of(client.get(URL))
        assert "Commentary missing" in page
        assert "2 red or amber KPIs have no commentary" in page
        assert "CS01 Calls answered: RED for Oct-23" in page
        assert "FN06 Debt over 6 months: AMBER for Sep-23" in page
        pdf = client.get(reverse("reports-export", args=["2023-10", "pdf"])).content
        pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "No commentary" not in pdf_text and "Commentary missing" not in pdf_text

    def test_commentary_written_for_an_earlier_period_is_labelled_with_it(
        self, client, rita, council
    ):
        # FN06's October figure is a draft at the freeze: the row shows September's 32%
        # (AMBER), with the commentary written in September.
        Return.objects.filter(indicator=council["debt"], period__month=date(2023, 9, 1)).update(
            commentary="Two disputed debts with health partners."
        )
        freeze_month(OCTOBER, today=TODAY)
        client.force_login(rita)
        assert "Amber commentary for Sep-23: Two disputed debts" in text_of(client.get(URL))


class TestTitleBlockAndLayout:
    def test_the_title_block_names_the_council_year_and_period(
        self, client, rita, snapshot, settings
    ):
        settings.ORGANISATION_NAME = "Kent County Council"
        client.force_login(rita)
        page = text_of(client.get(URL, {"directorate": "Customer and Communities"}))
        assert (
            "Kent County Council Customer and Communities Performance Dashboard "
            "Financial Year 2023/24 · Results up to Oct 2023" in page
        )
        assert "Corporate Director: Amanda Honey" in page

    def test_the_summary_names_the_service_area_for_every_row(self, client, rita, snapshot):
        client.force_login(rita)
        html = client.get(URL).content.decode()
        summary = html[html.index('class="dash dash-summary"') :]
        summary = summary[: summary.index("</table>")]
        assert '<th scope="rowgroup" rowspan="1">Customer Services</th>' in summary
        assert '<th scope="rowgroup" rowspan="1">Finance</th>' in summary

    def test_every_scroll_box_can_be_reached_and_is_named(self, client, rita, snapshot):
        client.force_login(rita)
        html = client.get(URL).content.decode()
        boxes = re.findall(r'<div class="dash-scroll"[^>]*>', html)
        assert boxes and all(
            'role="region"' in b and 'tabindex="0"' in b and "aria-label" in b for b in boxes
        )


class TestVersions:
    def test_a_superseded_version_says_so_and_links_to_the_current_one(
        self, client, rita, snapshot
    ):
        client.force_login(rita)
        first_pdf = client.get(reverse("reports-export", args=["2023-10", "pdf"]))
        assert RenderedExport.objects.filter(snapshot=snapshot, file_format="pdf").exists()
        assert b"superseded" not in first_pdf.content
        freeze_month(OCTOBER, reason="Late debt figure approved", today=TODAY)
        response = client.get(URL, {"version": 1})
        page = text_of(response)
        assert "This version has been superseded." in page
        assert f'href="{URL}?version=2"' in response.content.decode()
        assert "Late debt figure approved" in page  # in the version history
        # The kept PDF of version 1 said nothing: it is rendered again, and now says so.
        pdf = client.get(reverse("reports-export", args=["2023-10", "pdf"]), {"version": 1})
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
        assert "This version has been superseded" in text
        current = client.get(reverse("reports-export", args=["2023-10", "pdf"]), {"version": 2})
        current_text = " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(current.content)).pages
        )
        assert "superseded" not in current_text
        assert "Late debt figure approved" not in current_text  # not the committee's header


class TestFreezeNow:
    def test_it_shows_what_the_freeze_will_contain_before_it_freezes(
        self, client, priya, council, alice
    ):
        council["debt"].owners.add(alice)
        client.force_login(priya)
        index = client.get(reverse("reports-index")).content.decode()
        assert '<option value="2023-10" selected>October 2023</option>' in index
        response = client.get(reverse("reports-freeze-check"), {"month": "2023-10"})
        page = text_of(response)
        assert "The snapshot will hold 2 approved returns" in page
        assert "1 indicator is not approved and will show as *" in page
        assert "Draft: 1" in page
        assert "FN06 Debt over 6 months Draft Alice" in page
        assert not SnapshotRow.objects.exists()  # nothing frozen yet
        done = client.post(reverse("reports-freeze"), {"month": "2023-10"}, follow=True)
        assert "October 2023 is frozen" in done.content.decode()


class TestCoverSummary:
    def test_it_downloads_as_a_word_document(self, client, priya, snapshot):
        client.force_login(priya)
        response = client.get(reverse("reports-cover-docx", args=["2023-10"]))
        assert response["Content-Disposition"].endswith('-cover.docx"')
        document = Document(io.BytesIO(response.content))
        paragraphs = [p.text for p in document.paragraphs]
        assert "Of the 2 KPIs, current performance is Green for 0, Amber for 1 and Red for 1." in (
            paragraphs
        )
        bullet = next(p for p in document.paragraphs if p.text.startswith("Calls answered"))
        assert bullet.style.name == "List Bullet"
        assert bullet.text == "Calls answered (CS01), Oct-23: Phones down for two days."

    def test_the_command_prints_it(self, snapshot):
        out = io.StringIO()
        call_command("cover_summary", "2023-10", stdout=out)
        assert out.getvalue().startswith(
            "The dashboard includes results up to the end of October 2023 for 2 Key "
            "Performance Indicators (KPIs)."
        )

    def test_only_the_performance_team_gets_the_word_document(self, client, rita, snapshot):
        client.force_login(rita)
        assert client.get(reverse("reports-cover-docx", args=["2023-10"])).status_code == 403


class TestTheTaggedPdf:
    def test_it_is_tagged_with_its_title_shown(self, client, rita, snapshot, tmp_path):
        client.force_login(rita)
        pdf = client.get(reverse("reports-export", args=["2023-10", "pdf"])).content
        reader = PdfReader(io.BytesIO(pdf))
        root = reader.trailer["/Root"]
        assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
        assert root["/Lang"] == "en-GB"
        assert reader.metadata.title == "Whole Council Performance Dashboard: October 2023"
        if shutil.which("pdfinfo"):
            path = tmp_path / "dashboard.pdf"
            path.write_bytes(pdf)
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
            assert re.search(r"^Tagged:\s+yes$", info, re.M)

    def test_every_chart_has_its_figures_in_words(self, client, rita, snapshot):
        from pypdf.generic import ArrayObject, DictionaryObject

        client.force_login(rita)
        pdf = client.get(reverse("reports-export", args=["2023-10", "pdf"])).content
        root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
        alts = []

        def walk(node):
            node = node.get_object()
            if isinstance(node, DictionaryObject):
                if node.get("/S") == "/Figure" and "/Alt" in node:
                    alts.append(str(node["/Alt"]))
                kids = node.get("/K")
                for kid in kids if isinstance(kids, ArrayObject) else [kids] if kids else []:
                    walk(kid)

        walk(root["/StructTreeRoot"])
        calls = next(a for a in alts if a.startswith("CS01"))
        assert (
            "Oct-23 85.0%" in calls and "target 95.0%" in calls and "floor standard 90.0%" in calls
        )


class TestCorrections:
    def test_a_corrected_figure_for_a_frozen_month_shows_in_the_next_snapshot_only(
        self, council, alice, priya, tom
    ):
        october = freeze_month(OCTOBER, today=TODAY).snapshot
        council["calls"].owners.add(alice)
        ret = Return.objects.get(indicator=council["calls"], period__month=OCTOBER)
        ret = services.return_reopen(ret=ret, user=priya, reason="Phones figure was wrong")
        ret = services.return_submit(
            ret=ret,
            user=alice,
            expected_version=ret.version,
            data=ReturnData(
                numerator=D(880),
                denominator=D(1000),
                commentary="Phones down for two days.",
                outlier_confirmed=True,
            ),
        )
        services.return_approve(ret=ret, user=tom)
        approve(council["calls"], date(2023, 11, 1), 90, 900, 1000)
        november = freeze_month(date(2023, 11, 1), today=date(2023, 12, 20)).snapshot
        frozen = october.rows.get(ref="CS01")
        later = november.rows.get(ref="CS01")
        assert frozen.recent[-1]["value"] == "85"  # the frozen month never changes
        assert later.recent[-2] == {"month": "2023-10", "label": "Oct-23", "value": "88"}


class TestCsv:
    def test_it_carries_the_decimals_and_the_figures_as_shown(self, client, rita, snapshot):
        client.force_login(rita)
        raw = client.get(reverse("reports-export", args=["2023-10", "csv"])).content
        assert raw[:3] == b"\xef\xbb\xbf"
        header = raw.decode("utf-8-sig").splitlines()[0].split(",")
        assert header.index("latest_shown") == header.index("latest_value") + 1
        assert "decimals" in header


class TestSchemes:
    def test_the_council_wide_amber_band_rates_a_kpi_with_no_floor(self, council, settings):
        settings.AMBER_TOLERANCE_PERCENT = 10
        debt = council["debt"]
        debt.targets.update(floor=None)  # 30% sought, lower is better, no floor
        Return.objects.filter(indicator=debt, period__month=OCTOBER).update(
            status=Return.Status.APPROVED, value=D(32)
        )
        snapshot = freeze_month(OCTOBER, today=TODAY).snapshot
        row = snapshot.rows.get(ref="FN06")
        assert (row.latest_rag, row.amber_tolerance) == ("AMBER", 10)  # within 33%
        debt.amber_tolerance = D(0)  # this indicator: no band
        debt.save()
        again = freeze_month(OCTOBER, reason="No band for FN06", today=TODAY).snapshot
        assert again.rows.get(ref="FN06").latest_rag == "RED"
