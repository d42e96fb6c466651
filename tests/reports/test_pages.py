"""Issue 14: a frozen snapshot's dashboard page is rendered once for each scope and audience
and served from then on; a council too big for one page is split by directorate and
service area, its files still whole."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.freeze import freeze_month
from reports.models import RenderedExport, RenderedPage
from tests.factories import IndicatorFactory, ServiceAreaFactory, TargetFactory
from tests.reports.conftest import OCTOBER, TODAY, approve

pytestmark = pytest.mark.django_db
URL = reverse("reports-dashboard", args=["2023-10"])
DIRECTORATE = "Customer and Communities"


def get(client, params=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, params or {})
    assert response.status_code == 200
    return response, [q["sql"] for q in captured.captured_queries]


def main_of(response):
    """The page's own part: what is kept (the frame around it is rendered each time)."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


class TestKept:
    def test_a_snapshot_s_page_is_rendered_once_then_served_as_kept(self, client, rita, snapshot):
        client.force_login(rita)
        first, first_sql = get(client)
        again, again_sql = get(client)

        assert "board" in first.context and "board" not in again.context
        assert main_of(again) == main_of(first)
        assert "Phones down for two days." in main_of(again)
        assert RenderedPage.objects.filter(snapshot=snapshot).count() == 1
        # Served: no snapshot row is read, nothing is worked out again.
        assert any("reports_snapshotrow" in q for q in first_sql)
        assert not any("reports_snapshotrow" in q for q in again_sql)
        assert len(again_sql) < len(first_sql)
        assert "<title>Whole Council Performance Dashboard: October 2023 – kpiportal</title>" in (
            again.content.decode()
        )

    def test_the_team_and_everyone_else_each_get_their_own_page(
        self, client, rita, priya, snapshot
    ):
        client.force_login(priya)
        get(client)
        team, _ = get(client)  # served as kept
        client.force_login(rita)
        get(client)
        reader, _ = get(client)

        assert "Draft cover summary" in main_of(team) and "Commentary missing" in main_of(team)
        assert "Draft cover summary" not in main_of(reader)
        assert sorted(RenderedPage.objects.values_list("audience", flat=True)) == [
            "everyone",
            "team",
        ]
        # The frame is the person's own, not whoever's request rendered the page first.
        assert "Rita" in reader.content.decode() and "Priya" not in reader.content.decode()

    def test_each_scope_is_kept_apart(self, client, rita, snapshot):
        client.force_login(rita)
        whole, _ = get(client)
        mine, _ = get(client, {"directorate": DIRECTORATE})
        assert "Whole Council Performance Dashboard" in main_of(whole)
        assert f"{DIRECTORATE} Performance Dashboard" in main_of(mine)
        assert RenderedPage.objects.count() == 2

    def test_a_refreeze_drops_the_earlier_versions_pages_and_they_say_superseded(
        self, client, rita, snapshot
    ):
        client.force_login(rita)
        get(client)
        get(client, {"directorate": DIRECTORATE})
        assert RenderedPage.objects.filter(snapshot=snapshot).count() == 2

        freeze_month(OCTOBER, reason="Late debt figure approved", today=TODAY)

        assert not RenderedPage.objects.filter(snapshot=snapshot).exists()
        old, _ = get(client, {"version": 1})
        assert "This version has been superseded." in main_of(old)
        assert "superseded" in old.context["page"].title
        current, _ = get(client)
        assert "This version has been superseded." not in main_of(current)
        # As before: the files of the earlier version went too.
        assert not RenderedExport.objects.filter(snapshot=snapshot).exists()

    def test_a_page_kept_before_a_later_version_is_not_served_as_current(
        self, client, rita, snapshot
    ):
        """A page rendered while a re-freeze was committing is stored after the freeze
        dropped the old pages; it knows which version was latest, so it is not served."""
        client.force_login(rita)
        get(client)
        kept = RenderedPage.objects.get()
        freeze_month(OCTOBER, reason="Again", today=TODAY)
        RenderedPage.objects.create(
            snapshot=snapshot,
            audience=kept.audience,
            latest_version=1,
            code=kept.code,
            title=kept.title,
            content=kept.content,
        )
        old, _ = get(client, {"version": 1})
        assert "This version has been superseded." in main_of(old)
        assert RenderedPage.objects.get(snapshot=snapshot).latest_version == 2

    def test_a_page_kept_by_other_code_is_rendered_again(self, client, rita, snapshot):
        client.force_login(rita)
        get(client)
        RenderedPage.objects.update(code="an earlier release", content="<p>Old layout</p>")
        response, _ = get(client)
        assert "Old layout" not in main_of(response)
        assert RenderedPage.objects.get().code != "an earlier release"

    def test_what_does_not_exist_is_a_404_and_keeps_nothing(self, client, rita, snapshot):
        client.force_login(rita)
        for params in (
            {"directorate": "Nowhere"},
            {"area": "Finance"},  # a service area is asked for within its directorate
            {"directorate": DIRECTORATE, "area": "Nowhere"},
        ):
            assert client.get(URL, params).status_code == 404
        assert not RenderedPage.objects.exists()


@pytest.fixture
def small_pages(settings):
    """Pages of at most two indicators: the three of the council are split."""
    settings.DASHBOARD_PAGE_INDICATORS = 2


class TestSplit:
    def test_a_council_too_big_for_a_page_shows_its_directorates_with_links(
        self, client, rita, snapshot, small_pages
    ):
        client.force_login(rita)
        response, _ = get(client)
        page = main_of(response)
        assert "By directorate" in page
        link = f'href="{URL}?version=1&amp;directorate=Customer%20and%20Communities"'
        assert f"{link}>{DIRECTORATE}</a>" in page
        # Counts stay: the summary of the whole council, and each directorate's.
        assert "Of the 2 KPIs" in re.sub(r"<[^>]+>", "", page)
        assert '<td class="num">3</td><td class="num">2</td>' in page
        # No indicator's table is on the page, but the files hold every one.
        assert "Phones down for two days." not in page and "CS01" not in page
        assert "The PDF and XLSX files hold every table of the whole council." in page

    def test_a_directorate_too_big_shows_its_service_areas_and_each_area_its_tables(
        self, client, rita, snapshot, small_pages
    ):
        client.force_login(rita)
        directorate, _ = get(client, {"directorate": DIRECTORATE})
        page = main_of(directorate)
        assert "By service area" in page
        area_link = (
            f'href="{URL}?version=1&amp;directorate=Customer%20and%20Communities'
            '&amp;area=Customer%20Services"'
        )
        assert area_link in page and "CS01" not in page

        area, _ = get(client, {"directorate": DIRECTORATE, "area": "Customer Services"})
        page = main_of(area)
        assert "Customer Services Performance Dashboard" in page
        assert "CS01" in page and "Phones down for two days." in page and "FN06" not in page
        # Its breadcrumb leads back up; its files are its directorate's.
        assert f'href="{URL}?version=1&amp;directorate=Customer%20and%20Communities">' in page
        assert "Files of Customer and Communities:" in page

    def test_the_pdf_and_workbook_stay_whole(self, client, rita, snapshot, small_pages):
        from io import BytesIO

        from openpyxl import load_workbook

        client.force_login(rita)
        xlsx = client.get(reverse("reports-export", args=["2023-10", "xlsx"]))
        book = load_workbook(BytesIO(xlsx.content))
        cells = " ".join(
            str(c.value) for ws in book.worksheets for r in ws.iter_rows() for c in r if c.value
        )
        assert all(ref in cells for ref in ("CS01", "CS05", "FN06"))

    def test_a_small_council_keeps_every_table_on_one_page(self, client, rita, snapshot):
        client.force_login(rita)
        page = main_of(get(client)[0])
        assert "By directorate" not in page and "KPI summary" in page
        assert all(ref in page for ref in ("CS01", "CS05", "FN06"))


def add_indicators(count, council, area=None):
    year = council["calls"].targets.first().year
    for _ in range(count):
        indicator = IndicatorFactory(service_area=area) if area else IndicatorFactory()
        TargetFactory(indicator=indicator, year=year)
        approve(indicator, OCTOBER, 91)


@pytest.mark.parametrize("params", [{}, {"directorate": DIRECTORATE}])
def test_rendering_and_serving_cost_the_same_queries_for_few_and_many_indicators(
    client, priya, council, settings, params
):
    settings.DASHBOARD_PAGE_INDICATORS = 10
    client.force_login(priya)
    freeze_month(OCTOBER, today=TODAY)
    client.get(URL, params)  # the session; the page rendered and kept
    few_rendered = len(get(client, {**params, "version": 1})[1])  # same page: served
    RenderedPage.objects.all().delete()
    few_cold = len(get(client, params)[1])
    few_served = len(get(client, params)[1])
    assert few_served == few_rendered < few_cold

    add_indicators(30, council, ServiceAreaFactory(name="Libraries"))  # split from now on
    freeze_month(OCTOBER, reason="More indicators", today=TODAY)
    many_cold = len(get(client, params)[1])
    many_served = len(get(client, params)[1])
    assert (many_cold, many_served) == (few_cold, few_served)


def test_a_kept_page_is_stored_compressed_with_lz4(client, rita, snapshot, postgres):
    """Every dashboard page is read whole from the database: lz4 reads a big one in about
    half pglz's time (docs/performance.md). Where the server has lz4, as here."""
    client.force_login(rita)
    get(client)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        assert cursor.fetchone()[0], "this PostgreSQL has no lz4: the test cannot tell"
        cursor.execute(
            "SELECT pg_column_compression(content), octet_length(content) FROM reports_renderedpage"
        )
        (method, length), *_ = cursor.fetchall()
    assert length > 2000  # long enough for PostgreSQL to compress it at all
    assert method == "lz4"
