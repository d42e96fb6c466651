"""An owner's action plan, as people do it in a browser: a red figure for the second month
running, an action added with it, updated the month after, and on the committee's
dashboard under the red's commentary."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from reports.freeze import freeze_month
from submissions import services
from submissions.models import Action, Return
from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
OCTOBER, NOVEMBER = date(2023, 10, 1), date(2023, 11, 1)
DUE = timezone.localdate() + timedelta(days=60)  # a new action is due from today on


@pytest.fixture
def red_in_september(alice):
    period = period_for(OCTOBER)
    indicator = IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    TargetFactory(indicator=indicator, year=period.year, target=D(95), floor=D(90))
    approved_history(indicator, [92, 93, 92, 93, 92, 88], before=OCTOBER)
    return Return.objects.create(indicator=indicator, period=period)


def test_an_owner_adds_an_action_updates_it_and_the_committee_reads_it(
    page, live_server, sign_in, axe, alice, priya, red_in_september
):
    card = page.locator(f"#return-{red_in_september.pk}")
    sign_in(page, "alice")
    page.goto(f"{live_server.url}/returns/")
    card.get_by_label("Figure (percentage)").fill("86")
    card.get_by_label("Commentary").fill("Two advisers left; the phones were short-staffed.")
    card.get_by_text("Add an action").click()
    card.get_by_label("What will be done").fill("Recruit and train four advisers")
    card.get_by_label("Who leads it").fill("Des Crilley")
    card.get_by_label("Due by").fill(DUE.isoformat())
    card.get_by_role("button", name="Submit this return").click()
    # 86% is far from the usual 92%: confirmed, then submitted with the action.
    expect(page).to_have_title("Error: My returns: October 2023 – kpiportal")
    card.get_by_label("I have checked this figure").check()
    card.get_by_role("button", name="Submit this return").click()
    expect(page.get_by_text("Submitted 1 return for review.")).to_be_visible()
    axe.check(page)
    action = Action.objects.get()
    assert (action.lead, action.due, action.status) == ("Des Crilley", DUE, "planned")

    ret = Return.objects.get(pk=red_in_september.pk)
    services.return_approve(ret=ret, user=priya)
    freeze_month(OCTOBER, today=date(2023, 11, 20))
    november = Return.objects.create(indicator=ret.indicator, period=period_for(NOVEMBER))

    # The month after: the action is on the return; the owner updates it.
    page.goto(f"{live_server.url}/returns/2023-11/")
    card = page.locator(f"#return-{november.pk}")
    expect(card).to_contain_text(
        f"Recruit and train four advisers – Des Crilley, due {DUE:%-d %b %Y}"
    )
    card.get_by_label("Figure (percentage)").fill("91")
    card.get_by_text("Update this action").click()
    card.get_by_label("Status").select_option("In progress")
    card.get_by_label("Progress note").fill("Two of the four started on 6 November.")
    axe.check(page)
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Actions updated.")).to_be_visible()
    action.refresh_from_db()
    assert action.status == "in_progress"
    assert action.notes.get().text == "Two of the four started on 6 November."

    # The committee's October dashboard shows the action under the red's commentary.
    sign_in(page, "priya")
    page.goto(f"{live_server.url}/dashboard/2023-10/")
    commentary = page.locator("tr.dash-commentary").first
    expect(commentary).to_contain_text("Red commentary: Two advisers left")
    expect(commentary).to_contain_text(
        f"Action: Recruit and train four advisers – Des Crilley, due {DUE:%-d %b %Y}, planned"
    )
    axe.check(page)
