"""Enough time (WCAG 2.2.1): a warning before an idle session ends, typing that counts as
activity, and what was typed on My returns put back after signing in again.

The session lasts seconds here, not 30 minutes: SESSION_COOKIE_AGE and
SESSION_WARNING_SECONDS are read on every request, so the live server sees the override.
"""

import time
from decimal import Decimal as D

import pytest
from playwright.sync_api import expect

from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return
from tests.browser.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_warning_comes_before_the_session_ends_and_staying_keeps_it(
    page, live_server, sign_in, axe, settings, alices_october
):
    settings.SESSION_COOKIE_AGE = 10
    settings.SESSION_WARNING_SECONDS = 7
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    loaded = time.monotonic()
    dialog = page.get_by_role("dialog", name="You will be signed out soon")
    expect(dialog).to_be_visible(timeout=6000)
    assert time.monotonic() - loaded >= 2  # not before the warning time
    stay = dialog.get_by_role("button", name="Stay signed in")
    expect(stay).to_be_focused()
    expect(dialog).to_contain_text("Anything you have not saved will be lost.")
    axe.check(page)
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()

    # Past the first session's end, the page still opens: staying pushed it back.
    time.sleep(max(0, 11 - (time.monotonic() - loaded)))
    page.goto(f"{live_server.url}/returns/")
    expect(page).to_have_title("My returns: October 2023 – kpiportal")


def test_typing_a_reason_counts_as_activity(
    page, live_server, sign_in, settings, alice, priya, alices_october
):
    services.return_submit(
        ret=alices_october, user=alice, expected_version=1, data=ReturnData(value=D("91"))
    )
    settings.SESSION_COOKIE_AGE = 8
    settings.SESSION_WARNING_SECONDS = 3
    sign_in(page, "priya")
    page.goto(f"{live_server.url}/return/{alices_october.pk}/")
    page.get_by_label("Reason").click()
    for _ in range(11):  # 11 seconds of slow typing, past the session's first end
        page.keyboard.type("a")
        page.wait_for_timeout(1000)
        expect(page.get_by_role("dialog")).to_be_hidden()
    page.get_by_role("button", name="Return to owner").click()
    expect(page.get_by_text("is back with its owner")).to_be_visible()
    assert Return.objects.get(pk=alices_october.pk).reason == "a" * 11


def test_what_was_typed_comes_back_after_signing_in_again(
    page, live_server, sign_in, axe, settings, alices_october
):
    settings.SESSION_COOKIE_AGE = 4
    settings.SESSION_WARNING_SECONDS = 2
    card = page.locator(f"#return-{alices_october.pk}")
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    card.get_by_label("Figure (percentage)").fill("86")
    card.get_by_label("Commentary").fill("Two advisers left in September.")
    dialog = page.get_by_role("dialog", name="You have been signed out")
    expect(dialog).to_be_visible(timeout=8000)
    expect(dialog).to_contain_text("What you typed on this page is still here.")
    keep = dialog.get_by_role("button", name="Sign in again and keep what you typed")
    expect(keep).to_be_focused()
    axe.check(page)
    page.wait_for_timeout(1000)  # the server's clock started a moment after the page's
    keep.click()

    expect(page).to_have_title("Sign in – kpiportal")
    expect(page.get_by_role("status")).to_contain_text(
        "You were signed out after 4 seconds without activity."
    )
    settings.SESSION_COOKIE_AGE = 600
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_title("My returns: October 2023 – kpiportal")
    expect(page.get_by_text("What you typed is back on the page, not saved yet")).to_be_visible()
    expect(card.get_by_label("Figure (percentage)")).to_have_value("86")
    expect(card.get_by_label("Commentary")).to_have_value("Two advisers left in September.")
    assert Return.objects.get(pk=alices_october.pk).value is None  # put back, not saved
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Saved 1 draft.")).to_be_visible()
    assert Return.objects.get(pk=alices_october.pk).commentary == "Two advisers left in September."


def test_the_admin_warns_too(page, live_server, axe, settings, sam):
    settings.SESSION_COOKIE_AGE = 10
    settings.SESSION_WARNING_SECONDS = 8
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{live_server.url}/admin/indicators/target/import/")
    dialog = page.get_by_role("dialog", name="You will be signed out soon")
    expect(dialog).to_be_visible(timeout=6000)
    expect(dialog.get_by_role("button", name="Stay signed in")).to_be_focused()
    axe.check(page)
    page.keyboard.press("Escape")  # closing the warning counts as staying
    expect(dialog).to_be_hidden()
