"""Action plans on red KPIs: recorded on the return, carried over, chased, frozen."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from reports.freeze import freeze_month
from submissions import actions, services
from submissions.actions import ActionData, ActionRefused, IncompleteAction
from submissions.figures import ReturnData
from submissions.models import Action, ActionReminder, Return
from submissions.tasks import send_reminders
from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

pytestmark = pytest.mark.django_db
OCTOBER = date(2023, 10, 1)
LATER = date(2027, 1, 31)


@pytest.fixture
def red_kpi(alice):
    """Alice's KPI, red in September (88% against a floor of 90%)."""
    indicator = IndicatorFactory(ref="CS01", title="Calls answered", owners=[alice])
    TargetFactory(indicator=indicator, year=period_for(OCTOBER).year, target=D(95), floor=D(90))
    approved_history(indicator, [92, 93, 92, 93, 92, 88], before=OCTOBER)
    return indicator


def plan(**changes):
    data = {"description": "Recruit four advisers", "lead": "Des Crilley", "due": LATER}
    return ActionData(**(data | changes))


def test_an_owner_records_an_action_and_it_is_in_the_history(red_kpi, alice):
    action = actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan()
    )
    assert (action.status, action.created_by, action.is_open) == ("planned", alice, True)
    record = action.history.first()
    assert (record.history_user, record.history_change_reason) == (
        alice,
        "Action added with October 2023's return",
    )
    assert action.summary == "Action: Recruit four advisers – Des Crilley, due 31 Jan 2027, planned"


def test_only_an_owner_changes_actions_and_missing_words_are_said(red_kpi, bob):
    with pytest.raises(ActionRefused, match="Only an owner of CS01"):
        actions.action_add(indicator=red_kpi, period=period_for(OCTOBER), user=bob, data=plan())
    alice = red_kpi.owners.get()
    with pytest.raises(IncompleteAction) as refused:
        actions.action_add(
            indicator=red_kpi,
            period=period_for(OCTOBER),
            user=alice,
            data=plan(description=" ", lead="", due=date(2020, 1, 1)),
        )
    assert refused.value.problems == {
        "description": "Say what will be done.",
        "lead": "Say who leads it.",
        "due": "A new action is due today or later.",
    }


def test_an_action_carries_over_until_done_with_a_note_each_month(red_kpi, alice):
    action = actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan()
    )
    november = period_for(date(2023, 11, 1))
    first = actions.action_still_on_track(action=action, period=november, user=alice)
    again = actions.action_still_on_track(action=action, period=november, user=alice)
    assert first == again and action.notes.count() == 1  # once a month is enough
    done = actions.action_update(
        action=action,
        period=period_for(date(2023, 12, 1)),
        user=alice,
        data=plan(status=Action.Status.DONE),
        note="All four started on 4 December.",
    )
    assert (done.status, done.closed_on) == ("done", timezone.localdate())
    assert list(done.notes.values_list("text", flat=True)) == [
        "Still on track.",
        "All four started on 4 December.",
    ]
    assert not Action.objects.open().exists()
    with pytest.raises(ActionRefused, match="closed"):
        actions.action_still_on_track(action=done, period=november, user=alice)


def submit(ret, user, **data):
    data.setdefault("outlier_confirmed", True)  # 85% is far from 92%: checked, and kept
    return services.return_submit(
        ret=ret, user=user, expected_version=ret.version, data=ReturnData(**data)
    )


def test_a_second_red_month_needs_an_open_action_or_a_reason(red_kpi, alice):
    ret = Return.objects.create(indicator=red_kpi, period=period_for(OCTOBER))
    with pytest.raises(services.IncompleteReturn) as refused:
        submit(ret, alice, value=D(85), commentary="Two advisers left.")
    assert "second red month running" in refused.value.problems["no_action_reason"]
    # A reason will do...
    done = submit(
        ret, alice, value=D(85), commentary="Two advisers left.", no_action_reason="Agreed in PMT."
    )
    assert (done.status, done.no_action_reason) == ("submitted", "Agreed in PMT.")


def test_an_open_action_is_enough_and_a_first_red_month_needs_none(red_kpi, alice):
    ret = Return.objects.create(indicator=red_kpi, period=period_for(OCTOBER))
    actions.action_add(indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan())
    assert submit(ret, alice, value=D(85), commentary="Two left.").status == "submitted"
    first_red = IndicatorFactory(ref="CS02", owners=[alice])
    TargetFactory(indicator=first_red, year=period_for(OCTOBER).year, target=D(95), floor=D(90))
    approved_history(first_red, [92, 93, 92, 93, 92, 93], before=OCTOBER)
    other = Return.objects.create(indicator=first_red, period=period_for(OCTOBER))
    assert submit(other, alice, value=D(89), commentary="A bad week.").status == "submitted"


def test_overdue_actions_are_chased_in_the_reminder_run_once_a_day(red_kpi, alice):
    action = actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan()
    )
    Action.objects.filter(pk=action.pk).update(due=date(2023, 11, 10))
    monday = date(2023, 11, 20)
    send_reminders(monday.isoformat())
    chased = [m for m in mail.outbox if m.subject == "Actions overdue on your indicators"]
    assert len(chased) == 1 and chased[0].to == [alice.email]
    assert "Recruit four advisers (lead Des Crilley), due 10 November 2023" in chased[0].body
    send_reminders(monday.isoformat())
    assert ActionReminder.objects.filter(action=action).count() == 1  # not twice a day
    assert len([m for m in mail.outbox if m.subject.startswith("Actions overdue")]) == 1
    send_reminders((monday + timedelta(days=1)).isoformat())
    assert ActionReminder.objects.filter(action=action).count() == 2


def test_the_snapshot_keeps_the_actions_as_they_stood(red_kpi, alice, priya, tom):
    action = actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan()
    )
    ret = Return.objects.create(indicator=red_kpi, period=period_for(OCTOBER))
    ret = submit(ret, alice, value=D(85), commentary="Two advisers left.")
    services.return_approve(ret=ret, user=priya)
    snapshot = freeze_month(OCTOBER, today=date(2023, 11, 20)).snapshot
    actions.action_update(
        action=action, period=period_for(OCTOBER), user=alice, data=plan(lead="Someone else")
    )
    row = snapshot.rows.get(ref="CS01")
    assert row.action_lines == [
        "Action: Recruit four advisers – Des Crilley, due 31 Jan 2027, planned"
    ]


def test_the_team_sees_every_open_action_overdue_first(client, red_kpi, alice, priya):
    late = actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan()
    )
    Action.objects.filter(pk=late.pk).update(due=date(2023, 11, 10))
    actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice,
        data=plan(description="Review the call scripts"),
    )  # fmt: skip
    client.force_login(priya)
    page = client.get(reverse("submissions-actions")).content.decode()
    assert "2 actions open on red and amber KPIs, <strong>1 overdue</strong>" in page
    assert page.index("Recruit four advisers") < page.index("Review the call scripts")
    assert "overdue by" in page
    only_late = client.get(reverse("submissions-actions"), {"overdue": "1"}).content.decode()
    assert "Review the call scripts" not in only_late and "Recruit four advisers" in only_late


def post_mine(client, ret, action="save", **fields):
    data = {"action": action, f"r{ret.pk}-version": ret.version}
    data |= {f"r{ret.pk}-{name}": value for name, value in fields.items()}
    return client.post(reverse("submissions-mine"), data)


def test_on_my_returns_an_owner_adds_an_action_with_a_red_second_month_and_submits(
    client, red_kpi, alice
):
    ret = Return.objects.create(indicator=red_kpi, period=period_for(OCTOBER))
    client.force_login(alice)
    page = client.get(reverse("submissions-mine")).content.decode()
    assert "Why no action is open" in page  # September was red, and no action is open
    half = post_mine(
        client, ret, action=f"submit:{ret.pk}", value="85", commentary="Two left.",
        outlier_confirmed="on", new_action="Recruit four advisers",
    )  # fmt: skip
    text = half.content.decode()
    assert "Say who leads it." in text and "Give the date it is due by." in text
    assert not Action.objects.exists()
    done = post_mine(
        client, ret, action=f"submit:{ret.pk}", value="85", commentary="Two left.",
        outlier_confirmed="on", new_action="Recruit four advisers",
        new_action_lead="Des Crilley", new_action_due="2027-01-31",
    )  # fmt: skip
    assert done.status_code == 302
    assert Return.objects.get(pk=ret.pk).status == "submitted"
    action = Action.objects.get()
    assert (action.description, action.lead, action.due) == (
        "Recruit four advisers", "Des Crilley", date(2027, 1, 31),
    )  # fmt: skip


def test_next_month_the_action_is_on_the_return_still_on_track_in_one_click(client, red_kpi, alice):
    action = actions.action_add(
        indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan()
    )
    november = Return.objects.create(indicator=red_kpi, period=period_for(date(2023, 11, 1)))
    client.force_login(alice)
    page = client.get(reverse("submissions-mine-month", args=["2023-11"])).content.decode()
    assert "Recruit four advisers" in page and "Still on track this month" in page
    # The date picker holds the due date as ISO, so posting it back unchanged is no error.
    assert f'name="r{november.pk}-action_{action.pk}_due" value="2027-01-31"' in page
    post_mine(
        client,
        november,
        value="86",
        **{
            f"action_{action.pk}_on_track": "on",
            f"action_{action.pk}_status": "planned",
            f"action_{action.pk}_due": "2027-01-31",
        },
    )
    assert list(action.notes.values_list("text", "period__month")) == [
        ("Still on track.", date(2023, 11, 1))
    ]
    november.refresh_from_db()
    post_mine(
        client, november, value="86",
        **{f"action_{action.pk}_status": "in_progress", f"action_{action.pk}_due": "2027-02-28",
           f"action_{action.pk}_note": "Two of the four have started."},
    )  # fmt: skip
    action.refresh_from_db()
    assert (action.status, action.due) == ("in_progress", date(2027, 2, 28))
    assert action.notes.last().text == "Two of the four have started."


def test_the_owner_sees_the_projected_year_end_and_may_give_their_own(client, red_kpi, alice):
    ret = Return.objects.create(indicator=red_kpi, period=period_for(OCTOBER))
    client.force_login(alice)
    page = client.get(reverse("submissions-mine")).content.decode()
    # Mean of 92, 93, 92, 93, 92, 88 (April to September), nothing yet for October.
    assert 'Projected year end: <strong data-role="forecast">91.7%</strong>' in page
    refused = post_mine(client, ret, value="93", forecast="95")
    assert "Say why your forecast differs from the projection." in refused.content.decode()
    post_mine(client, ret, value="93", forecast="95", forecast_reason="New staff in December.")
    saved = Return.objects.get(pk=ret.pk)
    assert (saved.forecast, saved.forecast_reason) == (D(95), "New staff in December.")


def test_review_shows_the_year_end_and_the_actions(client, red_kpi, alice, priya):
    actions.action_add(indicator=red_kpi, period=period_for(OCTOBER), user=alice, data=plan())
    ret = Return.objects.create(indicator=red_kpi, period=period_for(OCTOBER))
    submit(ret, alice, value=D(85), commentary="Two advisers left.", forecast=D(90),
           forecast_reason="Recovery by March.")  # fmt: skip
    client.force_login(priya)
    page = client.get(reverse("submissions-review-month", args=["2023-10"])).content.decode()
    assert "Action: Recruit four advisers – Des Crilley, due 31 Jan 2027, planned" in page
    # 92, 93, 92, 93, 92, 88 and October's 85: a mean of 90.7%, AMBER (at risk).
    assert '90.7% <span class="rag-word">at risk</span>' in page
    assert "owner: 90.0%" in page
