"""Figures that come from elsewhere than the owner's page: a spreadsheet, a source
system (the API), or history imported for months the portal never opened."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from submissions import services
from submissions.figures import ReturnData
from submissions.models import Notification, Return
from submissions.workflow import TransitionNotAllowed
from tests.factories import IndicatorFactory, UserFactory

pytestmark = pytest.mark.django_db


def record(ret: Return, user, *, submit: bool, value: str = "94.5") -> Return:
    return services.return_record_from_source(
        ret=ret, user=user, data=ReturnData(value=D(value), commentary="From the system"),
        submit=submit, source=Return.Source.IMPORT, reason="Imported",
    )  # fmt: skip


def last_reason(ret: Return) -> str:
    return ret.history.order_by("-history_id").first().history_change_reason


def test_a_draft_from_a_source_names_every_owner_it_was_made_for(ret, sam, alice):
    bob = UserFactory(username="bob", first_name="Bob", last_name="Jones")
    ret.indicator.owners.add(bob)
    saved = record(ret, sam, submit=False)
    assert saved.status == Return.Status.DRAFT and saved.value == D("94.5")
    names = sorted([alice.get_full_name() or alice.username, "Bob Jones"])
    assert last_reason(saved) in {
        f"Imported, on behalf of {', '.join(names)}",
        f"Imported, on behalf of {', '.join(reversed(names))}",
    }


def test_an_indicator_with_no_owner_is_recorded_on_behalf_of_its_owner(period, sam):
    orphan = Return.objects.create(indicator=IndicatorFactory(ref="XX01"), period=period)
    assert last_reason(record(orphan, sam, submit=False)) == "Imported, on behalf of its owner"


def test_a_returned_return_resubmitted_from_a_source_tells_the_reviewer(submitted, sam, priya):
    back = services.return_send_back(
        ret=submitted, user=priya, reason="Check the figure", expected_version=submitted.version
    )
    before = Notification.objects.filter(event=Notification.Event.RESUBMITTED).count()
    again = record(back, sam, submit=True)
    assert again.status == Return.Status.SUBMITTED
    assert again.reason == "" and again.submitted_for is None
    assert last_reason(again).startswith("Submitted: Imported, on behalf of ")
    resubmitted = Notification.objects.filter(event=Notification.Event.RESUBMITTED)
    assert resubmitted.count() == before + 1


def test_a_draft_submitted_from_a_source_tells_no_reviewer(ret, sam):
    record(ret, sam, submit=True)
    assert not Notification.objects.filter(event=Notification.Event.RESUBMITTED).exists()


def test_a_month_not_open_takes_no_figures_from_a_source(ret, sam):
    ret.period.frozen_at = ret.period.opened_at
    ret.period.save()
    ret.refresh_from_db()
    with pytest.raises(TransitionNotAllowed) as refused:
        record(ret, sam, submit=False)
    assert str(refused.value) == f"CS01 for {ret.period.label} is not open for returns."


def test_history_is_refused_for_a_month_open_for_returns_and_checked_like_any_figure(ret, sam):
    with pytest.raises(TransitionNotAllowed) as refused:
        services.return_record_history(
            ret=ret, user=sam, data=ReturnData(value=D(90)), reason="History"
        )
    assert str(refused.value) == (
        f"CS01 for {ret.period.label} is open for returns: its figures go through Review, "
        "not as history."
    )
    ret.period.frozen_at = ret.period.opened_at
    ret.period.save()
    ret.refresh_from_db()
    with pytest.raises(services.IncompleteReturn) as incomplete:
        services.return_record_history(
            ret=ret, user=sam, data=ReturnData(value=D("-5")), reason="Correction"
        )
    assert set(incomplete.value.problems) == {"value"}
    corrected = services.return_record_history(
        ret=ret, user=sam, data=ReturnData(value=D(91)), reason="Correction"
    )
    assert (corrected.status, corrected.source, corrected.reason) == (
        Return.Status.APPROVED, Return.Source.IMPORT, ""
    )  # fmt: skip


def test_a_returned_return_drafted_from_a_source_tells_no_reviewer_yet(submitted, sam, priya):
    back = services.return_send_back(
        ret=submitted, user=priya, reason="Check the figure", expected_version=submitted.version
    )
    again = record(back, sam, submit=False)
    assert again.status == Return.Status.RETURNED
    assert not Notification.objects.filter(event=Notification.Event.RESUBMITTED).exists()


def test_sending_back_clears_the_owners_last_answer_and_refuses_a_stale_page(submitted, priya):
    submitted.owner_reply = "Corrected as asked"
    submitted.save()
    stale_version = submitted.version - 1
    with pytest.raises(services.StaleReturn):
        services.return_send_back(
            ret=submitted, user=priya, reason="Again", expected_version=stale_version
        )
    back = services.return_send_back(
        ret=submitted, user=priya, reason="Again", expected_version=submitted.version
    )
    assert back.owner_reply == "" and back.returned_version == back.version
