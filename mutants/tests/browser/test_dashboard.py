"""A reader opens the committee dashboard, and downloads it as XLSX and PDF."""

import pytest
from playwright.sync_api import expect

from tests.reports.conftest import OCTOBER, TODAY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def frozen(council):
    from reports.freeze import freeze_month

    return freeze_month(OCTOBER, today=TODAY).snapshot


def test_a_reader_opens_the_dashboard_and_downloads_it(
    page, live_server, sign_in, axe, rita, frozen
):
    sign_in(page, "rita")
    page.get_by_role("link", name="Dashboards").first.click()
    axe.check(page)
    page.get_by_role("link", name="October 2023", exact=True).click()
    expect(page.get_by_role("heading", name="Whole Council Performance Dashboard")).to_be_visible()
    expect(page.locator("table.dash").first).to_contain_text("RED")
    axe.check(page)

    for label, suffix in (("XLSX", ".xlsx"), ("PDF", ".pdf")):
        with page.expect_download() as info:
            page.get_by_role("link", name=label, exact=True).click()
        download = info.value
        assert download.suggested_filename == f"kpi-dashboard-2023-10-v1{suffix}"
        assert download.path().stat().st_size > 2000

    page.get_by_label("Directorate").select_option("Customer and Communities")
    page.get_by_role("button", name="Show").click()
    expect(
        page.get_by_role("heading", name="Customer and Communities Performance Dashboard")
    ).to_be_visible()
    axe.check(page)


def test_at_320_pixels_nothing_scrolls_the_page_sideways_and_every_table_is_reachable(
    page, live_server, sign_in, axe, rita, frozen
):
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, "rita")
    for path in ("/dashboard/", "/dashboard/2023-10/"):
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        axe.check(page)
    boxes = page.locator(".dash-scroll")
    assert boxes.count() >= 3
    # A keyboard user reaches each scroll box with Tab and scrolls it with the arrow keys.
    box = boxes.nth(1)
    box.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"
    assert box.evaluate("b => b.scrollLeft") == 0
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # Scrolling may be smooth: wait for it to have moved rather than read it at once.
    page.wait_for_function("b => b.scrollLeft > 0", arg=box.element_handle(), timeout=5000)


def test_a_council_too_big_for_a_page_is_read_directorate_by_service_area(
    page, live_server, sign_in, axe, rita, frozen, settings
):
    """Issue 14: at thousands of indicators the whole council is split; here at two a page."""
    settings.DASHBOARD_PAGE_INDICATORS = 2
    sign_in(page, "rita")
    page.goto(f"{live_server.url}/dashboard/2023-10/")
    expect(page.get_by_role("heading", name="By directorate")).to_be_visible()
    axe.check(page)
    page.get_by_role("link", name="Customer and Communities", exact=True).click()
    expect(page.get_by_role("heading", name="By service area")).to_be_visible()
    axe.check(page)
    page.get_by_role("link", name="Customer Services", exact=True).click()
    expect(
        page.get_by_role("heading", name="Customer Services Performance Dashboard")
    ).to_be_visible()
    expect(page.locator("table.dash").nth(2)).to_contain_text("CS01")
    axe.check(page)
    page.get_by_role("navigation", name="Breadcrumb").get_by_role(
        "link", name="Customer and Communities"
    ).click()
    expect(page.get_by_role("heading", name="By service area")).to_be_visible()
