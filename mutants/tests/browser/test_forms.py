"""Forms as GOV.UK's are (WCAG 3.3.1, 3.3.3, 1.3.1, 4.1.2): after a failed submit an error
summary takes focus, each error links to its field, the title starts with "Error:", and
each message sits beside its field, tied to it with aria-invalid and aria-describedby.
"""

from datetime import date
from decimal import Decimal as D

import pytest
from playwright.sync_api import expect

from submissions.models import Return
from tests.browser.a11y import background, contrast

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_tied_to_its_field(page, link):
    """The link's field says it is invalid and is described by the link's message."""
    field = page.locator(link.get_attribute("href"))
    expect(field).to_have_attribute("aria-invalid", "true")
    described = field.get_attribute("aria-describedby").split()
    said = " ".join(page.locator(f"#{name}").inner_text() for name in described)
    message = link.inner_text().split(": ", 1)[-1]
    assert message in said, f"{message!r} is not in what describes the field: {said!r}"


def test_a_failed_submit_lists_each_error_with_a_link_to_its_field(
    page, live_server, sign_in, axe, alices_october
):
    card = page.locator(f"#return-{alices_october.pk}")
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    card.get_by_label("Figure (percentage)").fill("40")
    card.get_by_role("button", name="Submit this return").click()

    expect(page).to_have_title("Error: My returns: October 2023 – kpiportal")
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("There is a problem: 1 return needs your attention")
    links = summary.get_by_role("link")
    expect(links).to_have_count(3)
    expect(links.nth(0)).to_have_text(
        "CS01: This is far from the last 12 figures (usually between 76.9% and 99.1%). "
        "Check it, then tick “I have checked this figure”."
    )
    expect(links.nth(1)).to_contain_text("CS01: This figure rates RED")
    # September was red too (88%): a second red month needs an action or a reason.
    expect(links.nth(2)).to_contain_text("CS01: This is the second red month running")
    for i in range(3):
        assert_tied_to_its_field(page, links.nth(i))
    axe.check(page)

    # The card speaks of the figure just typed: RED, an outlier, and the box to tick.
    expect(card.locator("[data-role=rag]")).to_have_text("RED")
    expect(card.get_by_label("I have checked this figure")).to_be_visible()
    expect(card.get_by_label("Figure (percentage)")).to_have_value("40")

    links.nth(0).click()
    expect(card.get_by_label("Figure (percentage)")).to_be_focused()
    card.get_by_label("Commentary").fill("The phone system failed for three days.")
    card.get_by_label("I have checked this figure").check()
    card.get_by_label("Why no action is open").fill("The system is fixed: no action is needed.")
    card.get_by_role("button", name="Submit this return").click()
    expect(page.get_by_text("Submitted 1 return for review.")).to_be_visible()
    expect(page).to_have_title("My returns: October 2023 – kpiportal")
    saved = Return.objects.get(pk=alices_october.pk)
    assert (saved.status, saved.value, saved.outlier_confirmed) == ("submitted", D(40), True)


def test_the_sign_in_page_has_an_error_summary_tied_to_its_fields(page, live_server, axe, alice):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_title("Error: Sign in – kpiportal")
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    links = summary.get_by_role("link")
    expect(links).to_have_text(["Enter your username.", "Enter your password."])
    for i in range(2):
        assert_tied_to_its_field(page, links.nth(i))
    axe.check(page)

    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("not her password")
    page.get_by_role("button", name="Sign in").click()
    expect(summary).to_be_focused()
    expect(links).to_have_text(["The username or password is not right. Both are case-sensitive."])
    assert_tied_to_its_field(page, links.nth(0))
    links.nth(0).click()
    expect(page.get_by_label("Username")).to_be_focused()
    axe.check(page)


def test_the_commentary_counts_its_characters(page, live_server, sign_in, alices_october):
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    commentary = page.locator(f"#return-{alices_october.pk}").get_by_label("Commentary")
    count = page.locator(".character-count")
    expect(count).to_have_text("You have 4,000 characters remaining")
    commentary.fill("Calls fell.")
    expect(count).to_have_text("You have 3,989 characters remaining")
    commentary.fill("x" * 4002)  # pasted: not cut short, and told
    expect(count).to_have_text("You have 2 characters too many")
    expect(page.locator("[aria-live=polite]", has_text="2 characters too many")).to_have_count(1)


def test_colours_meet_contrast_minimums(page, live_server, sign_in, alice, alices_october):
    """Text 4.5:1 (1.4.3); the borders that show a control is there 3:1 (1.4.11)."""
    september = Return.objects.filter(
        indicator=alices_october.indicator, period__month=date(2023, 9, 1)
    )
    september.update(status=Return.Status.RETURNED)  # so the page has its alert
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/2023-10/")
    link = page.locator(".alert-warning a", has_text="September 2023")
    colour = link.evaluate("el => getComputedStyle(el).color")
    assert contrast(page, colour, background(page, ".alert-warning a")) >= 4.5
    for selector in ("input[type=checkbox]", "input.form-control", "textarea", "select"):
        border = page.locator(selector).first.evaluate("el => getComputedStyle(el).borderTopColor")
        ratio = contrast(page, border, background(page, selector))
        assert ratio >= 3, f"{selector} border {border} is {ratio:.2f}:1"


def test_the_spreadsheet_round_trip_in_the_browser(
    page, live_server, sign_in, axe, alices_october, tmp_path
):
    """Download, fill in offline, upload, check the preview (axe), submit."""
    from openpyxl import load_workbook

    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    page.get_by_text("Work offline in a spreadsheet").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download October 2023 as a spreadsheet").click()
    saved = tmp_path / "my-returns.xlsx"
    download.value.save_as(saved)
    book = load_workbook(saved)
    sheet = book["Returns"]
    headers = [c.value for c in sheet[2]]
    sheet.cell(3, headers.index("Figure") + 1).value = 94.2
    book.save(saved)

    page.get_by_label("Your filled-in spreadsheet").set_input_files(saved)
    page.get_by_role("button", name="Upload and check").click()
    expect(page.get_by_role("heading", name="Check your spreadsheet: October 2023")).to_be_visible()
    expect(page.get_by_role("cell", name="Figure (percentage): – → 94.2")).to_be_visible()
    axe.check(page)
    page.get_by_role("button", name="Submit 1 for review").click()
    expect(page.get_by_text("Submitted 1 return for review.")).to_be_visible()
    assert Return.objects.get(pk=alices_october.pk).value == D("94.2")
