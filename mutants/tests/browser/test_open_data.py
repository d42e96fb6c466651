"""Open data and the API's documentation, as someone who is not signed in meets them."""

from datetime import date

import pytest
from playwright.sync_api import expect

from reports.freeze import freeze_month
from reports.publishing import snapshot_publish, snapshot_withdraw
from tests.browser.test_every_page import check_page
from tests.reports.conftest import OCTOBER, TODAY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def published(council, priya):
    september = freeze_month(date(2023, 9, 1), today=TODAY).snapshot
    snapshot_publish(snapshot=september, user=priya)
    snapshot_withdraw(snapshot=september, user=priya, reason="A figure was wrong")
    october = freeze_month(OCTOBER, today=TODAY).snapshot
    calls = october.rows.get(ref="CS01")
    return snapshot_publish(snapshot=october, user=priya, commentary_rows=[calls.pk])


def test_open_data_pages_pass_axe_signed_out(page, live_server, axe, published):
    visited: set[str] = set()
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/open/")
        check_page(page, axe, width, None, None, visited)
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Open data: performance indicators"
        )
        page.get_by_role("link", name="October 2023", exact=True).click()
        check_page(page, axe, width, None, None, visited)
        expect(page.get_by_text("Phones down for two days.")).to_be_visible()
        page.get_by_role("navigation", name="Scope").get_by_role(
            "link", name="Customer and Communities"
        ).click()
        check_page(page, axe, width, None, None, visited)
        response = page.goto(f"{live_server.url}/open/2023-09/")
        assert response.status == 410
        check_page(page, axe, width, None, None, visited)
        expect(page.get_by_text("This snapshot was withdrawn on")).to_contain_text(
            "A figure was wrong"
        )
    assert visited == {"open-index", "open-month"}


def test_the_api_docs_load_from_our_own_files_under_the_csp(page, live_server):
    """Swagger UI from drf-spectacular-sidecar: any CSP violation or script error fails
    the test (the page fixture), as would a file fetched from anywhere but the portal."""
    outside: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith(live_server.url) else outside.append(r.url),
    )
    page.goto(f"{live_server.url}/api/docs/")
    expect(page.get_by_role("heading", name="kpiportal API")).to_be_visible()
    expect(page.get_by_text("/api/v1/figures/")).to_be_visible()
    assert outside == []
