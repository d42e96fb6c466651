"""Every transition of a return, and every refusal, through the services."""

from decimal import Decimal as D

import pytest
from django.core import mail

from submissions import services
from submissions.figures import ReturnData
from submissions.models import Return
from submissions.workflow import TransitionNotAllowed

pytestmark = pytest.mark.django_db
S = Return.Status


def submit(ret, user, value="94.5", **data):
    return services.return_submit(
        ret=ret, user=user, expected_version=ret.version, data=ReturnData(value=D(value), **data)
    )


class TestSubmit:
    def test_an_owner_submits_a_draft(self, ret, alice):
        done = submit(ret, alice)
        assert (done.status, done.submitted_by, done.value) == (S.SUBMITTED, alice, D("94.5"))
        assert done.submitted_at is not None

    def test_an_owner_resubmits_a_returned_return(self, submitted, alice, priya):
        back = services.return_send_back(ret=submitted, user=priya, reason="Check it")
        again = submit(back, alice, value="94.6")
        assert again.status == S.SUBMITTED
        assert again.reason == ""

    def test_someone_who_does_not_own_it_cannot_submit(self, ret, bob):
        with pytest.raises(TransitionNotAllowed, match="You do not own CS01"):
            submit(ret, bob)

    def test_only_the_owners_own_deputy_submits_for_them(self, ret, alice, bob):
        """Alice's deputy covers for Alice; Bob, an owner covering for someone else, does
        not cover for her, and cannot submit hers."""
        from datetime import timedelta

        from django.utils import timezone

        from core.roles import Role
        from submissions.models import Deputy
        from submissions.workflow import covering_for, is_owner
        from tests.factories import UserFactory

        dan, carol = (UserFactory(username=n, roles=[Role.OWNER]) for n in ("dan", "carol"))
        today = timezone.localdate()  # the portal's today (London), as covering_for reads it
        Deputy.objects.create(owner=alice, deputy=dan, starts=today, ends=today + timedelta(9))
        Deputy.objects.create(owner=carol, deputy=bob, starts=today, ends=today + timedelta(9))
        assert covering_for(dan, ret.indicator) == alice and is_owner(dan, ret)
        assert covering_for(bob, ret.indicator) is None and not is_owner(bob, ret)
        with pytest.raises(TransitionNotAllowed, match="You do not own CS01"):
            submit(ret, bob)

    def test_the_performance_team_cannot_submit_for_an_owner(self, ret, priya):
        with pytest.raises(TransitionNotAllowed, match="Only the indicator owners"):
            submit(ret, priya)

    def test_a_submitted_return_cannot_be_submitted_again(self, submitted, alice):
        with pytest.raises(TransitionNotAllowed, match="is submitted, so it cannot be submitted"):
            submit(submitted, alice)

    def test_an_approved_return_cannot_be_changed_by_its_owner(self, submitted, alice, priya):
        approved = services.return_approve(ret=submitted, user=priya)
        with pytest.raises(TransitionNotAllowed, match="is approved, so it cannot be changed"):
            services.return_save(
                ret=approved, user=alice, expected_version=approved.version, data=ReturnData()
            )

    def test_a_red_without_commentary_is_refused_by_the_service_too(self, ret, alice):
        with pytest.raises(services.IncompleteReturn) as caught:
            submit(ret, alice, value="80")
        assert "commentary" in caught.value.problems
        assert Return.objects.get(pk=ret.pk).status == S.DRAFT


class TestApprove:
    def test_the_performance_team_approves_a_submitted_return(self, submitted, priya):
        done = services.return_approve(ret=submitted, user=priya)
        assert (done.status, done.decided_by) == (S.APPROVED, priya)

    def test_nobody_approves_a_return_they_submitted(self, ret, richard):
        ret.indicator.owners.add(richard)
        mine = submit(ret, richard)
        with pytest.raises(TransitionNotAllowed, match="someone else on the performance team"):
            services.return_approve(ret=mine, user=richard)

    def test_an_owner_cannot_approve(self, submitted, alice):
        with pytest.raises(TransitionNotAllowed, match="Only the performance team"):
            services.return_approve(ret=submitted, user=alice)

    def test_a_draft_cannot_be_approved(self, ret, priya):
        with pytest.raises(TransitionNotAllowed, match="is draft, so it cannot be approved"):
            services.return_approve(ret=ret, user=priya)


class TestSendBackAndReopen:
    def test_a_submitted_return_goes_back_with_a_reason_the_owner_is_sent(
        self, submitted, priya, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            back = services.return_send_back(ret=submitted, user=priya, reason="Check the month")
        assert (back.status, back.reason) == (S.RETURNED, "Check the month")
        assert len(mail.outbox) == 1
        assert "Check the month" in mail.outbox[0].body
        assert mail.outbox[0].to == ["alice@example.gov.uk"]

    def test_a_return_cannot_go_back_without_a_reason(self, submitted, priya):
        with pytest.raises(TransitionNotAllowed, match="Give a reason"):
            services.return_send_back(ret=submitted, user=priya, reason="  ")

    def test_a_draft_cannot_be_sent_back(self, ret, priya):
        with pytest.raises(TransitionNotAllowed, match="cannot be returned"):
            services.return_send_back(ret=ret, user=priya, reason="x")

    def test_an_approved_return_is_reopened_with_a_reason(self, submitted, priya, tom):
        approved = services.return_approve(ret=submitted, user=priya)
        reopened = services.return_reopen(ret=approved, user=tom, reason="Figure was wrong")
        assert (reopened.status, reopened.reason) == (S.RETURNED, "Figure was wrong")

    def test_only_an_approved_return_can_be_reopened(self, submitted, priya):
        with pytest.raises(TransitionNotAllowed, match="cannot be reopened"):
            services.return_reopen(ret=submitted, user=priya, reason="x")

    def test_an_owner_cannot_reopen(self, submitted, priya, alice):
        approved = services.return_approve(ret=submitted, user=priya)
        with pytest.raises(TransitionNotAllowed, match="Only the performance team"):
            services.return_reopen(ret=approved, user=alice, reason="x")


class TestConcurrency:
    def test_a_stale_save_is_refused_and_says_who_changed_it(self, ret, alice):
        read_by_both = ret.version
        services.return_save(
            ret=ret, user=alice, expected_version=read_by_both, data=ReturnData(value=D(93))
        )
        with pytest.raises(services.StaleReturn, match="Alice changed this return on"):
            services.return_save(
                ret=ret, user=alice, expected_version=read_by_both, data=ReturnData(value=D(50))
            )
        assert Return.objects.get(pk=ret.pk).value == D(93)

    def test_a_stale_approval_is_refused(self, submitted, alice, priya):
        services.return_send_back(ret=submitted, user=priya, reason="x")
        with pytest.raises(services.StaleReturn):
            services.return_approve(ret=submitted, user=priya, expected_version=submitted.version)


class TestAuditTrail:
    def test_every_change_is_kept_with_who_when_and_why(self, ret, alice, priya):
        services.return_save(
            ret=ret, user=alice, expected_version=ret.version, data=ReturnData(value=D(93))
        )
        fresh = Return.objects.get(pk=ret.pk)
        submitted = submit(fresh, alice, value="94")
        services.return_send_back(ret=submitted, user=priya, reason="Check the month")
        records = list(ret.history.order_by("history_date"))
        assert [r.history_change_reason for r in records[1:]] == [
            "Saved",
            "Submitted",
            "Returned: Check the month",
        ]
        assert [r.history_user for r in records[1:]] == [alice, alice, priya]
        assert [r.value for r in records[1:]] == [D(93), D(94), D(94)]


def test_allowed_says_no_to_moves_the_user_may_not_make(ret, submitted, alice, priya):
    from submissions.workflow import Action, allowed

    assert allowed(Action.APPROVE, submitted, priya)
    assert not allowed(Action.APPROVE, submitted, alice)  # an owner never approves
    assert not allowed(Action.SUBMIT, submitted, alice)  # submitted already
    assert not allowed(Action.REOPEN, submitted, priya)  # not approved yet
