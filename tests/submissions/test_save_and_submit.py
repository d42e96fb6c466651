"""Submit all (returns_save_and_submit) when it cannot go in one batch: with action changes,
or with a return someone changed meanwhile. All of it, or none of it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone

from submissions import services
from submissions.actions import ActionChanges, ActionData
from submissions.figures import ReturnData
from submissions.models import Action, Return
from tests.factories import IndicatorFactory, TargetFactory, approved_history
from tests.submissions.conftest import OCTOBER

pytestmark = pytest.mark.django_db
SOON = date.today() + timedelta(days=30)


@pytest.fixture
def two(ret, alice, period):
    """Alice's October returns: CS01 (the shared fixture's) and CS02, both drafts."""
    other = IndicatorFactory(ref="CS02", title="Calls abandoned", owners=[alice])
    TargetFactory(indicator=other, year=period.year, target=D(95), floor=D(90))
    approved_history(other, [93, 94, 92, 95, 93, 94, 96, 93, 94, 95, 92, 94], before=OCTOBER)
    return ret, Return.objects.create(indicator=other, period=period)


def entry(ret: Return, value: str, **more: object) -> services.Entry:
    return services.Entry(ret=ret, data=ReturnData(value=D(value)), version=ret.version,
                          submit=True, **more)  # fmt: skip


def test_with_an_action_added_every_return_is_still_submitted(two, alice):
    first, second = two
    plan = ActionChanges(new=ActionData("Recruit two advisers", "Team lead", SOON))
    done = services.returns_save_and_submit(
        user=alice, entries=[entry(first, "94.5", actions=plan), entry(second, "93.0")]
    )
    assert (done.saved, done.submitted) == (0, 2)
    october = Return.objects.filter(period__month=OCTOBER)
    assert set(october.values_list("status", flat=True)) == {Return.Status.SUBMITTED}
    assert Action.objects.get().description == "Recruit two advisers"


def test_a_red_figure_without_commentary_is_refused_at_its_place_and_nothing_is_saved(two, alice):
    first, second = two
    plan = ActionChanges(new=ActionData("Recruit two advisers", "Team lead", SOON))
    with pytest.raises(services.EntryRefused) as refused:
        services.returns_save_and_submit(
            user=alice, entries=[entry(first, "94.5", actions=plan), entry(second, "50")]
        )
    assert refused.value.index == 1
    assert str(refused.value).startswith("This figure rates RED: say what happened")
    october = Return.objects.filter(period__month=OCTOBER)
    assert set(october.values_list("status", flat=True)) == {Return.Status.DRAFT}
    assert not Action.objects.exists()


def test_a_return_changed_meanwhile_is_refused_at_its_place_and_nothing_is_saved(two, alice):
    first, second = two
    entries = [entry(first, "94.5"), entry(second, "93.0")]
    services.return_save(ret=second, user=alice,  # in another tab
                         expected_version=second.version,
                         data=ReturnData(value=D(91)))  # fmt: skip
    with pytest.raises(services.EntryRefused) as refused:
        services.returns_save_and_submit(user=alice, entries=entries)
    assert refused.value.index == 1
    assert isinstance(refused.value.error, services.StaleReturn)
    first.refresh_from_db()
    assert first.status == Return.Status.DRAFT and first.value is None


# In one batch (no action changes, nothing changed meanwhile): the service checks again
# what the page's form checked, so nothing gets past it by another way in.


def test_a_batch_refuses_a_red_figure_without_commentary_and_saves_nothing(two, alice):
    first, second = two
    with pytest.raises(services.EntryRefused) as refused:
        services.returns_save_and_submit(
            user=alice, entries=[entry(first, "94.5"), entry(second, "50")]
        )
    assert refused.value.index == 1
    assert str(refused.value).startswith("This figure rates RED: say what happened")
    october = Return.objects.filter(period__month=OCTOBER)
    assert set(october.values_list("status", flat=True)) == {Return.Status.DRAFT}


def test_a_batch_refuses_a_figure_out_of_range_even_as_a_draft(two, alice):
    first, second = two
    draft = services.Entry(ret=second, data=ReturnData(value=D(101)), version=second.version)
    with pytest.raises(services.EntryRefused) as refused:
        services.returns_save_and_submit(user=alice, entries=[entry(first, "94.5"), draft])
    assert refused.value.index == 1
    assert "between 0 and 100" in str(refused.value)
    first.refresh_from_db()
    assert first.status == Return.Status.DRAFT


def test_a_batch_refuses_someone_who_does_not_own_the_return(two, priya):
    first, _ = two
    with pytest.raises(services.EntryRefused) as submitting:
        services.returns_save_and_submit(user=priya, entries=[entry(first, "94.5")])
    draft = services.Entry(ret=first, data=ReturnData(value=D(94)), version=first.version)
    with pytest.raises(services.EntryRefused) as saving:
        services.returns_save_and_submit(user=priya, entries=[draft])
    assert str(submitting.value) == str(saving.value) == "Only the indicator owners can do that."


def test_a_batch_refuses_a_return_already_submitted_naming_what_was_asked(two, alice):
    """A crafted post (the page shows no form for it) at the return's current version."""
    first, second = two
    services.returns_save_and_submit(user=alice, entries=[entry(second, "93.0")])
    second.refresh_from_db()
    draft = services.Entry(ret=second, data=ReturnData(value=D(94)), version=second.version)
    for asked, verb in ((entry(second, "94.0"), "submitted"), (draft, "changed")):
        with pytest.raises(services.EntryRefused) as refused:
            services.returns_save_and_submit(user=alice, entries=[entry(first, "94.5"), asked])
        assert refused.value.index == 1
        assert str(refused.value) == f"CS02 for October 2023 is submitted, so it cannot be {verb}."
    assert Return.objects.get(pk=first.pk).status == Return.Status.DRAFT


def test_a_batch_refuses_a_returned_return_sent_again_unchanged_and_unanswered(two, alice, priya):
    """The page holds it back itself; the service refuses it too, whoever calls it."""
    first, _ = two
    services.returns_save_and_submit(user=alice, entries=[entry(first, "94.5")])
    first.refresh_from_db()
    services.return_send_back(ret=first, user=priya, reason="Is this the whole month?")
    first.refresh_from_db()
    again = services.Entry(ret=first, data=ReturnData.of(first), version=first.version, submit=True)
    with pytest.raises(services.EntryRefused) as refused:
        services.returns_save_and_submit(user=alice, entries=[again])
    assert str(refused.value).startswith("This return was sent back to you: change what the")
    assert Return.objects.get(pk=first.pk).status == Return.Status.RETURNED


def test_a_batch_counts_what_it_saved_and_submitted(two, alice):
    first, second = two
    draft = services.Entry(ret=second, data=ReturnData(value=D(94)), version=second.version)
    done = services.returns_save_and_submit(user=alice, entries=[entry(first, "94.5"), draft])
    assert (done.saved, done.submitted) == (1, 1)
    untouched = services.Entry(ret=first, data=ReturnData(), version=first.version, changed=False)
    assert services.returns_save_and_submit(user=alice, entries=[untouched]) == services.Outcome(
        saved=0, submitted=0
    )


def test_a_deputys_batch_is_recorded_as_theirs_for_the_owner(two, alice, bob):
    """Who typed each figure, who saved or submitted it and for whom: in the return and
    its history, as one return at a time records them."""
    from submissions.models import Deputy

    Deputy.objects.create(owner=alice, deputy=bob, starts=timezone.localdate(), ends=SOON)
    first, second = two
    saved = [
        services.Entry(ret=r, data=ReturnData(value=D(v)), version=r.version)
        for r, v in ((first, "94"), (second, "93"))
    ]
    done = services.returns_save_and_submit(user=bob, entries=saved)
    assert (done.saved, done.submitted) == (2, 0)
    for ret in (first, second):
        ret.refresh_from_db()
        assert (ret.updated_by, ret.figure_by) == (bob, bob)
        latest = ret.history.first()
        assert latest.history_user == bob
        assert latest.history_change_reason == "Saved for Alice, as their deputy"
    done = services.returns_save_and_submit(user=bob, entries=[entry(first, "94.5")])
    assert (done.saved, done.submitted) == (0, 1)
    first.refresh_from_db()
    assert (first.submitted_by, first.submitted_for, first.history.first().history_user) == (
        bob, alice, bob,
    )  # fmt: skip
    assert first.history.first().history_change_reason == ("Submitted for Alice, as their deputy")
