import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.freeze import freeze_month
from reports.summary import cover_summary
from tests.factories import IndicatorFactory, TargetFactory
from tests.reports.conftest import OCTOBER, TODAY, approve

pytestmark = pytest.mark.django_db
URL = reverse("reports-dashboard", args=["2023-10"])


def test_the_cover_summary_of_a_known_snapshot(snapshot):
    rows = list(snapshot.rows.all())
    assert cover_summary(snapshot, rows) == (
        "The dashboard includes results up to the end of October 2023 for 2 Key Performance "
        "Indicators (KPIs).\n"
        "\n"
        "Of the 2 KPIs, current performance is Green for 0, Amber for 1 and Red for 1.\n"
        "\n"
        "Net direction of travel for October was negative, with 0 KPIs improving in the month "
        "and 1 showing lower results. The other KPI had no figure for October: it was not "
        "available at the time of reporting. 1 KPI is forecast to miss its target by the end "
        "of the year.\n"
        "\n"
        "The indicator with a Red rating is:\n"
        "- Calls answered (CS01), Oct-23: Phones down for two days."
    )
    scoped = cover_summary(snapshot, rows, "Resources directorate")
    assert scoped.startswith("The Resources directorate dashboard includes results up to")


def test_the_dashboard_shows_the_snapshots_figures(client, rita, snapshot, rows):
    client.force_login(rita)
    page = client.get(URL).content.decode()
    assert "Whole Council Performance Dashboard" in page
    assert "Results up to Oct 2023" in page and "Financial Year 2023/24" in page
    for text in ("85.0%", "91.9%", "95.0%", "90.0%", "RED", "AMBER", "288,000", "280,000"):
        assert text in page
    assert "Phones down for two days." in page  # commentary under a red
    assert "<svg" in page and 'role="img"' in page  # trend charts
    assert "Guidance notes" in page


def test_a_missing_figure_shows_as_a_star(client, rita, snapshot):
    client.force_login(rita)
    response = client.get(URL)
    debt = next(r for r in response.context["board"].rows if r.ref == "FN06")
    assert debt.cells[-1] == {"month": "2023-10", "label": "Oct-23", "value": None}
    assert '<td class="num">*</td>' in response.content.decode()


def test_rag_changes_since_the_previous_snapshot(client, rita, council):
    freeze_month(OCTOBER.replace(month=9), today=TODAY)
    freeze_month(OCTOBER, today=TODAY)
    client.force_login(rita)
    board = client.get(URL).context["board"]
    assert [(m.row.ref, m.before, m.row.latest_rag, m.up) for m in board.changes] == [
        ("CS01", "AMBER", "RED", False)
    ]
    assert "Changes since September 2023" in client.get(URL).content.decode()


def test_a_directorate_and_a_version_can_be_chosen(client, rita, snapshot):
    freeze_month(OCTOBER, reason="Again", today=TODAY)
    client.force_login(rita)
    board = client.get(URL, {"version": 1, "directorate": "Customer and Communities"}).context[
        "board"
    ]
    assert board.snapshot.version == 1 and [v.version for v in board.versions] == [1, 2]
    assert board.scope == "Customer and Communities"
    assert client.get(URL).context["board"].snapshot.version == 2


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (reverse("reports-dashboard", args=["2023-09"]), {}),
        (reverse("reports-dashboard", args=["not-a-month"]), {}),
        (URL, {"version": "7"}),
        (URL, {"version": "x"}),
        (URL, {"directorate": "Nowhere"}),
    ],
)
def test_what_is_not_frozen_is_a_plain_404(client, rita, snapshot, url, params):
    client.force_login(rita)
    assert client.get(url, params).status_code == 404


def test_someone_without_a_role_cannot_read_it(client, charlie, snapshot):
    client.force_login(charlie)
    assert client.get(URL).status_code == 403


def test_the_dashboard_costs_the_same_queries_for_few_and_many_indicators(client, rita, council):
    client.force_login(rita)
    freeze_month(OCTOBER, today=TODAY)
    client.get(URL)

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured.captured_queries)

    few = count()
    year = council["calls"].targets.first().year
    for _ in range(40):
        indicator = IndicatorFactory()
        TargetFactory(indicator=indicator, year=year)
        approve(indicator, OCTOBER, 91)
    freeze_month(OCTOBER, reason="More indicators", today=TODAY)
    client.get(URL)  # the new version's page, rendered once (tests/reports/test_pages.py)
    assert count() == few


def test_the_team_freezes_now_and_is_told_to_give_a_reason_the_second_time(client, priya, council):
    client.force_login(priya)
    url = reverse("reports-freeze")
    response = client.post(url, {"month": "2023-10"}, follow=True)
    assert "October 2023 is frozen" in response.content.decode()
    again = client.post(url, {"month": "2023-10"}, follow=True).content.decode()
    assert "already frozen" in again and "say why" in again
    third = client.post(url, {"month": "2023-10", "reason": "Late figure"}, follow=True)
    assert "(2023-10 v2)" in third.content.decode()


def test_only_the_performance_team_can_freeze(client, rita, council):
    client.force_login(rita)
    assert client.post(reverse("reports-freeze"), {"month": "2023-10"}).status_code == 403


def test_the_cover_counts_kpis_with_no_rating_in_words(snapshot):
    from reports.summary import cover

    rows = [r for r in snapshot.rows.all() if r.is_kpi]
    assert "no rating" not in cover(snapshot, rows).paragraphs[1]
    rows[0].latest_rag = ""  # in memory only: a frozen row is never saved
    assert cover(snapshot, rows).paragraphs[1].endswith(" 1 has no rating.")
    rows[1].latest_rag = ""
    assert cover(snapshot, rows).paragraphs[1] == (
        "Of the 2 KPIs, current performance is Green for 0, Amber for 0 and Red for 0. "
        "2 have no rating."
    )
    assert cover(snapshot, rows).paragraphs[0].startswith("The dashboard includes")


def test_the_cover_lists_every_red_with_its_words_or_a_full_stop(snapshot):
    from reports.summary import cover

    rows = sorted((r for r in snapshot.rows.all() if r.is_kpi), key=lambda r: r.ref)
    for row in rows:  # in memory only
        row.latest_rag = "RED"
    rows[1].commentary = "  "
    said = cover(snapshot, rows)
    assert said.reds_heading == "The indicators with a Red rating are:"
    assert said.reds == [
        f"{rows[0].title} ({rows[0].ref}), {rows[0].latest_label}: {rows[0].commentary.strip()}",
        f"{rows[1].title} ({rows[1].ref}), {rows[1].latest_label}.",
    ]
