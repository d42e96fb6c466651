"""The project's own admin pages in a browser: named autocompletes (4.1.2) and filter
links big enough to hit (2.5.8: at least 24 px)."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PASSWORD
from tests.factories import IndicatorFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_autocompletes_have_names_and_filter_links_are_24px(page, live_server, axe, sam):
    indicator = IndicatorFactory(ref="CS01")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.goto(f"{live_server.url}/admin/indicators/indicator/{indicator.pk}/change/")
    expect(page.get_by_role("combobox", name="Gives context to")).to_be_visible()
    axe.check(page)

    page.goto(f"{live_server.url}/admin/indicators/indicator/")
    links = page.locator("#changelist-filter li a")
    assert links.count() > 5
    heights = [links.nth(i).bounding_box()["height"] for i in range(links.count())]
    assert min(heights) >= 24, heights
    axe.check(page)
