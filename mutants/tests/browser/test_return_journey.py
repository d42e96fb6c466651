"""The whole journey of a return, as people do it in a browser.

An owner enters a red figure, is told commentary is needed, adds it and submits; a
reviewer returns it with a reason; the owner corrects and resubmits; a second reviewer
approves. axe-core checks every page on the way.
"""

from datetime import date
from decimal import Decimal as D

import pytest
from playwright.sync_api import expect

from submissions.models import Return
from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
OCTOBER = date(2023, 10, 1)


@pytest.fixture
def october_return(alice):
    period = period_for(OCTOBER)
    indicator = IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    TargetFactory(indicator=indicator, year=period.year, target=D(95), floor=D(90))
    approved_history(indicator, [88, 85, 91, 84, 90, 87, 93, 86, 89, 92, 85, 88], before=OCTOBER)
    return Return.objects.create(indicator=indicator, period=period)


def test_a_return_from_red_figure_to_approval(
    page, live_server, sign_in, axe, alice, priya, tom, october_return
):
    card = f"#return-{october_return.pk}"

    # Alice enters a red figure and is told, as she types, that commentary is needed.
    sign_in(page, "alice")
    axe.check(page)
    page.get_by_role("link", name="My returns").first.click()
    expect(page.get_by_role("heading", name="My returns: October 2023")).to_be_visible()
    axe.check(page)
    page.locator(card).get_by_label("Figure (percentage)").fill("85")
    expect(page.locator(f"{card} [data-role=rag]")).to_have_text("RED")
    expect(page.locator(card)).to_contain_text("Commentary is required: this figure rates RED")
    axe.check(page)

    # Submitting without it is refused beside the field, and the figure is kept.
    page.locator(card).get_by_role("button", name="Submit this return").click()
    expect(page.locator(card)).to_contain_text("This figure rates RED: say what happened")
    expect(page.locator(card).get_by_label("Figure (percentage)")).to_have_value("85")
    axe.check(page)

    page.locator(card).get_by_label("Commentary").fill(
        "Two advisers left in September; agency staff start on 6 November."
    )
    # September was red too: a second red month running needs an action, or a reason.
    page.locator(card).get_by_role("button", name="Submit this return").click()
    expect(page.locator(card)).to_contain_text("This is the second red month running")
    page.locator(card).get_by_label("Why no action is open").fill(
        "Recruitment already under way covers it; an action follows if November is red."
    )
    page.locator(card).get_by_role("button", name="Submit this return").click()
    expect(page.get_by_text("Submitted 1 return for review.")).to_be_visible()
    expect(page.locator(card)).to_contain_text("awaiting review")

    # Priya returns it with a reason.
    sign_in(page, "priya")
    page.get_by_role("link", name="Review", exact=True).first.click()
    expect(page.get_by_role("heading", name="Review: October 2023")).to_be_visible()
    axe.check(page)
    page.get_by_role("link", name="CS01").click()
    axe.check(page)
    page.get_by_label("Reason").fill("The September figure was 88%: please check the call logs.")
    page.get_by_role("button", name="Return to owner").click()
    expect(page.get_by_text("is back with its owner")).to_be_visible()

    # Alice sees why, corrects the figure and resubmits.
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    expect(page.locator(card)).to_contain_text("please check the call logs")
    axe.check(page)
    page.locator(card).get_by_label("Figure (percentage)").fill("86")
    page.locator(card).get_by_role("button", name="Submit this return").click()
    expect(page.get_by_text("Submitted 1 return for review.")).to_be_visible()

    # Tom, a second reviewer, approves it from the queue.
    sign_in(page, "tom")
    page.goto(f"{live_server.url}/review/")
    page.get_by_label("Select CS01 to approve").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.get_by_text("Approved 1 return.")).to_be_visible()
    axe.check(page)

    done = Return.objects.get(pk=october_return.pk)
    assert (done.status, done.value, done.decided_by) == ("approved", D(86), tom)
    reasons = list(
        done.history.order_by("history_date").values_list("history_change_reason", flat=True)
    )
    assert reasons[-4:] == [
        "Submitted",
        "Returned: The September figure was 88%: please check the call logs.",
        "Submitted",
        "Approved",
    ]
    assert len(axe.checked) >= 10


def test_copying_last_months_commentary_in_the_browser(
    page, live_server, sign_in, axe, alice, october_return
):
    said = "Two advisers left in September; agency staff start on 6 November."
    Return.objects.filter(indicator=october_return.indicator, period__month="2023-09-01").update(
        commentary=said
    )
    card = page.locator(f"#return-{october_return.pk}")
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    marker = card.locator("[data-role=copied]")
    expect(marker).to_be_hidden()
    card.get_by_role("button", name="Copy Sep-23's commentary").click()
    expect(card.get_by_label("Commentary")).to_have_value(said)  # no round trip
    expect(card.get_by_label("Commentary")).to_be_focused()
    expect(marker).to_be_visible()
    axe.check(page)
    card.get_by_label("Commentary").press("End")
    card.get_by_label("Commentary").press_sequentially(" Both now in post.")
    expect(marker).to_be_hidden()  # edited: no longer last month's words
