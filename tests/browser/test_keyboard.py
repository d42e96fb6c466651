"""An owner's and a reviewer's month with the keyboard alone (WCAG 2.1.1, 2.4.7, 2.4.11).

At every stop of Tab the focused element must show a 3px outline at 3:1 and be wholly in
view, with nothing painted over it: not the navbar, not the sticky Save / Submit bar on
My returns. The owner's journey runs at 1280 × 900 and at the same screen zoomed to 200%.
"""

from datetime import date
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from kpiportal.demo.catalogue import DEMO_PASSWORD
from submissions.models import Return
from tests.browser.a11y import assert_focus_shown, focused_is, tab_until
from tests.browser.conftest import demo_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TODAY = date(2026, 11, 24)
OCTOBER = date(2026, 10, 1)


@pytest.fixture
def demo():
    demo_on(TODAY)


def active(page, expression):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def change_the_select_as_arrow_down_does_on_windows(page):
    """On Windows, ArrowDown on a closed select picks the next option and fires "change"
    (Linux's chromium opens the list instead): the page must not go anywhere (3.2.2)."""
    page.evaluate(
        """() => { const select = document.activeElement;
            select.selectedIndex += 1;
            select.dispatchEvent(new Event('input', {bubbles: true}));
            select.dispatchEvent(new Event('change', {bubbles: true})); }"""
    )
    page.wait_for_timeout(500)


def sign_in_with_the_keyboard(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.keyboard.press("Tab")
    assert active(page, "el.textContent") == "Skip to main content"
    assert_focus_shown(page, "(the skip link)")
    page.keyboard.press("Enter")
    assert active(page, "el.id") == "main"
    page.keyboard.press("Tab")
    assert active(page, "el.id") == "id_username"
    assert_focus_shown(page)
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    assert_focus_shown(page)
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlparse(url).path == "/")  # a redirect keeps #main


def test_the_skip_link_shows_above_the_navbar_on_every_page(page, live_server, demo):
    sign_in_with_the_keyboard(page, live_server, "perf")
    for path in ("/", "/review/", "/indicators/", "/audit/", "/dashboard/"):
        page.goto(live_server.url + path)
        page.keyboard.press("Tab")
        assert active(page, "el.textContent") == "Skip to main content"
        assert_focus_shown(page, f"(the skip link on {path})")


@pytest.mark.parametrize(
    "screen",
    [{"width": 1280, "height": 900}, {"width": 640, "height": 450}],
    ids=["1280x900", "1280x900-at-200%"],
)
def test_an_owner_does_their_returns_with_the_keyboard_alone(page, live_server, demo, screen):
    page.set_viewport_size(screen)
    sign_in_with_the_keyboard(page, live_server, "owner")
    if screen["width"] < 992:  # the navbar folds into a menu button
        tab_until(page, focused_is(text="Show menu"))
        page.keyboard.press("Enter")
        expect(page.locator("#nav-menu")).to_have_class("navbar-collapse collapse show")
    tab_until(page, focused_is(tag="a", text="My returns"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/returns/")

    # Choosing another month takes the button: ArrowDown alone goes nowhere (3.2.2).
    tab_until(page, focused_is(id="month-select"))
    change_the_select_as_arrow_down_does_on_windows(page)
    assert page.url == f"{live_server.url}/returns/"
    page.keyboard.press("Tab")
    assert active(page, "el.textContent.trim()") == "Show"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/returns/2026-09/")
    page.go_back()
    page.wait_for_url(f"{live_server.url}/returns/")

    # CS01, far lower than usual and red: typed, submitted, refused.
    tab_until(page, focused_is(name_end="-numerator"))
    page.keyboard.type("50")
    page.keyboard.press("Tab")
    page.keyboard.type("100")
    tab_until(page, focused_is(tag="button", text="Submit this return: CS01"))
    page.keyboard.press("Enter")
    expect(page).to_have_title("Error: My returns: October 2026 – kpiportal")
    assert active(page, "el.className") == "error-summary"
    assert_focus_shown(page, "(the error summary)")

    # From the summary to each field, fixed, and submitted.
    page.keyboard.press("Tab")
    assert_focus_shown(page, "(the first error)")
    page.keyboard.press("Enter")
    assert active(page, "el.name").endswith("-numerator")
    assert_focus_shown(page, "(the field of the first error)")
    tab_until(page, focused_is(name_end="-commentary"))
    page.keyboard.type("The phone system failed for three days; it is replaced.")
    tab_until(page, focused_is(name_end="-outlier_confirmed"))
    page.keyboard.press("Space")
    tab_until(page, focused_is(tag="button", text="Submit this return: CS01"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Submitted 1 return for review.")).to_be_visible()
    assert Return.objects.get(indicator__ref="CS01", period__month=OCTOBER).status == "submitted"

    # Every other stop on the page, down to the footer, with focus in view.
    passed = tab_until(page, focused_is(text="Accessibility statement"))
    assert any("Save draft" in stop for stop in passed)


def test_a_reviewer_does_the_queue_with_the_keyboard_alone(page, live_server, demo):
    sign_in_with_the_keyboard(page, live_server, "perf")
    tab_until(page, focused_is(tag="a", text="Review"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/review/")

    tab_until(page, focused_is(id="review-month"))
    change_the_select_as_arrow_down_does_on_windows(page)
    assert page.url == f"{live_server.url}/review/"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/review/2026-09/")
    page.go_back()
    page.wait_for_url(f"{live_server.url}/review/")

    # Approve the first return that may be approved, through every stop before it.
    tab_until(page, focused_is(tag="input", type="checkbox", text="to approve"))
    ticked = active(page, "el.value").split(":")[0]
    page.keyboard.press("Space")
    tab_until(page, focused_is(tag="button", text="Approve selected"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Approved 1 return.")).to_be_visible()
    assert Return.objects.get(pk=ticked).status == "approved"

    # Send one back: first without a reason (the error summary), then with one.
    waiting = (
        Return.objects.filter(period__month=OCTOBER, status="submitted")
        .select_related("indicator")
        .order_by("indicator__ref")
        .first()
    )
    tab_until(page, focused_is(tag="a", text=waiting.indicator.ref))
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/return/{waiting.pk}/")
    tab_until(page, focused_is(tag="button", text="Return to owner"))
    page.keyboard.press("Enter")
    expect(page).to_have_title(
        f"Error: {waiting.indicator.ref} {waiting.indicator.title}: October 2026 – kpiportal"
    )
    assert active(page, "el.className") == "error-summary"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert active(page, "el.name") == "reason"
    assert_focus_shown(page, "(the reason)")
    page.keyboard.type("The September figure looks high: please check the source.")
    tab_until(page, focused_is(tag="button", text="Return to owner"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("is back with its owner")).to_be_visible()
    assert Return.objects.get(pk=waiting.pk).status == "returned"
    tab_until(page, focused_is(text="Accessibility statement"))
