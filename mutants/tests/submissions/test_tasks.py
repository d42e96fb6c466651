from datetime import date
from decimal import Decimal as D

import pytest
from django.core import mail

from submissions import services
from submissions.figures import ReturnData
from submissions.models import Reminder, Return, ReturnPeriod
from submissions.tasks import open_due_periods, send_reminders
from tests.factories import IndicatorFactory, UserFactory

pytestmark = pytest.mark.django_db


class TestOpeningPeriods:
    def test_a_month_opens_on_the_first_working_day_after_it_ends(self, kpi):
        quarterly = IndicatorFactory(ref="Q1", frequency="quarterly")
        assert open_due_periods("2024-01-01") is None  # New Year's Day: a bank holiday
        assert not ReturnPeriod.objects.filter(month=date(2023, 12, 1)).exists()
        assert open_due_periods("2024-01-02") == "2023-12"  # 1 January is a bank holiday
        period = ReturnPeriod.objects.get(month=date(2023, 12, 1))
        assert period.is_open
        assert period.deadline == date(2024, 1, 15)
        assert set(period.returns.values_list("indicator__ref", flat=True)) == {"CS01", "Q1"}
        assert quarterly.is_due(period.month)

    def test_quarterly_indicators_are_not_due_outside_quarter_ends(self, kpi):
        IndicatorFactory(ref="Q1", frequency="quarterly")
        open_due_periods("2023-11-01")
        period = ReturnPeriod.objects.get(month=date(2023, 10, 1))
        assert set(period.returns.values_list("indicator__ref", flat=True)) == {"CS01"}

    def test_opening_twice_does_nothing_more(self, kpi):
        open_due_periods("2024-01-02")
        first = ReturnPeriod.objects.get(month=date(2023, 12, 1))
        open_due_periods("2024-01-03")
        again = ReturnPeriod.objects.get(month=date(2023, 12, 1))
        assert again.opened_at == first.opened_at
        assert again.returns.count() == 1


class TestReminders:
    # October 2023's deadline is Tuesday 14 November.
    def test_owners_are_reminded_two_working_days_before_the_deadline(self, ret, alice):
        assert send_reminders("2023-11-09") == 0  # Thursday: three working days left
        assert send_reminders("2023-11-10") == 1  # Friday: two left
        assert mail.outbox[0].to == [alice.email]
        assert "CS01" in mail.outbox[0].body and "due Tuesday 14 November" in mail.outbox[0].body

    def test_overdue_returns_are_chased(self, ret):
        assert send_reminders("2023-11-20") == 1
        assert mail.outbox[0].subject == "Performance returns overdue"
        assert Reminder.objects.get().kind == "overdue"

    def test_never_twice_for_the_same_return_and_day(self, ret):
        assert send_reminders("2023-11-20") == 1
        assert send_reminders("2023-11-20") == 0
        assert send_reminders("2023-11-21") == 1
        assert len(mail.outbox) == 2

    def test_not_once_the_month_is_frozen(self, ret):
        from reports.freeze import freeze_month

        freeze_month(ret.period.month, today=date(2023, 11, 20))
        assert send_reminders("2023-11-20") == 0

    def test_not_on_weekends(self, ret):
        assert send_reminders("2023-11-18") == 0

    def test_submitted_returns_are_not_chased(self, submitted):
        assert send_reminders("2023-11-20") == 0

    def test_one_email_per_owner_listing_all_their_returns(self, ret, alice, period):
        Return.objects.create(indicator=IndicatorFactory(ref="CS02", owners=[alice]), period=period)
        other = UserFactory(username="dan")
        Return.objects.create(indicator=IndicatorFactory(ref="FN01", owners=[other]), period=period)
        assert send_reminders("2023-11-20") == 2
        alices = next(m for m in mail.outbox if m.to == [alice.email])
        assert "CS01" in alices.body and "CS02" in alices.body and "FN01" not in alices.body

    def test_a_failed_send_leaves_the_return_to_be_reminded_again(self, ret, monkeypatch):
        from submissions import notifications

        def broken(messages):
            raise OSError("mail server down")

        monkeypatch.setattr(notifications, "send", broken)
        with pytest.raises(OSError):
            send_reminders("2023-11-20")
        assert not Reminder.objects.exists()


def test_a_returned_notice_reaches_every_owner(
    submitted, priya, django_capture_on_commit_callbacks
):
    second = UserFactory(username="deputy")
    submitted.indicator.owners.add(second)
    with django_capture_on_commit_callbacks(execute=True):
        services.return_send_back(ret=submitted, user=priya, reason="Please check")
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.gov.uk", "deputy@example.gov.uk"]


def test_saving_with_version_and_submitting_records_history(ret, alice):
    saved = services.return_save(
        ret=ret, user=alice, expected_version=1, data=ReturnData(value=D(93))
    )
    services.return_submit(ret=saved, user=alice, expected_version=saved.version)
    stored = Return.objects.get(pk=ret.pk)
    assert (stored.status, stored.version, stored.value) == ("submitted", 3, D(93))
    # Newest first: who did each step, why, and what the return was after it.
    steps = [
        (h.history_user, h.history_change_reason, h.status, h.value)
        for h in stored.history.order_by("-history_date", "-history_id")
    ]
    assert steps[:2] == [
        (alice, "Submitted", "submitted", D(93)),
        (alice, "Saved", "draft", D(93)),
    ]
    assert len(steps) == 3  # and the row's creation before them
