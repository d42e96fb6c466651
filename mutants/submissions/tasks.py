"""Background jobs: thin, each loads what it needs and calls a service."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from celery import shared_task
from django.db import IntegrityError, transaction
from django.utils import timezone

from indicators import periods

from . import notifications, services
from .models import Action, ActionReminder, Reminder, Return

log = logging.getLogger(__name__)
REMIND_WITHIN_WORKING_DAYS = 2


@shared_task(name="submissions.open_due_periods")
def open_due_periods(today: str | None = None) -> str | None:
    """Daily: open last month's returns once its opening day has come."""
    day = date.fromisoformat(today) if today else timezone.localdate()
    month = periods.add_months(date(day.year, day.month, 1), -1)
    if day < periods.opening_day(month):
        return None
    period = services.period_open(month=month, today=day)
    return period.key


@shared_task(
    name="submissions.deliver_notification",
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=8,
)
def deliver_notification(notification_id: int) -> bool:
    return notifications.deliver(notification_id)


@shared_task(name="submissions.deliver_pending_notifications")
def deliver_pending_notifications() -> int:
    """Every few minutes: send what could not be queued or sent before."""
    return notifications.deliver_pending()


@shared_task(name="submissions.send_reminders")
def send_reminders(today: str | None = None) -> int:
    """Working days: e-mail owners whose returns are due within 2 working days or overdue,
    and chase overdue actions. The e-mails sent."""
    day = date.fromisoformat(today) if today else timezone.localdate()
    if not periods.is_working_day(day):
        return 0
    return remind_returns(day).sent + chase_overdue_actions(day)


@dataclass(frozen=True)
class Chased:
    returns: int  # returns reminded now
    already: int  # due a reminder, but reminded earlier today
    sent: int  # e-mails


def remind_returns(day: date) -> Chased:
    """Remind the owners (and deputies) of returns due within 2 working days or overdue.

    Each return is claimed for the day with a unique (return, day) row before its e-mail
    goes, in the same transaction: a second run that day finds it claimed and skips it,
    and a failed send rolls the claim back so tomorrow's run tries again. Used by beat
    each working morning, and by Review's "Chase now".
    """
    waiting = (
        Return.objects.awaiting_owner()
        .filter(period__opened_at__isnull=False, indicator__is_active=True)
        .filter(period__frozen_at__isnull=True)  # frozen: too late
        .select_related("indicator", "period")
        .prefetch_related("indicator__owners")
    )
    due = [
        ret
        for ret in waiting
        if periods.working_days_between(day, ret.period.deadline) <= REMIND_WITHIN_WORKING_DAYS
    ]
    with transaction.atomic():
        claimed = []
        for ret in due:
            kind = "overdue" if ret.is_overdue(day) else "due"
            try:
                with transaction.atomic():
                    Reminder.objects.create(ret=ret, sent_on=day, kind=kind)
            except IntegrityError:
                continue  # already reminded today
            claimed.append(ret)
        sent = notifications.send(notifications.reminders(claimed, day))
    log.info("Reminders: %s returns, %s e-mails", len(claimed), sent)
    return Chased(returns=len(claimed), already=len(due) - len(claimed), sent=sent)


def chase_overdue_actions(day: date) -> int:
    """In the same run: e-mail owners about actions past their due date, each action at
    most once a day (claimed as the returns are)."""
    overdue = (
        Action.objects.overdue(day)
        .filter(indicator__is_active=True)
        .select_related("indicator")
        .prefetch_related("indicator__owners")
    )
    with transaction.atomic():
        claimed = []
        for action in overdue:
            try:
                with transaction.atomic():
                    ActionReminder.objects.create(action=action, sent_on=day)
            except IntegrityError:
                continue  # already chased today
            claimed.append(action)
        sent = notifications.send(notifications.action_reminders(claimed, day))
    log.info("Reminders: %s overdue actions, %s e-mails", len(claimed), sent)
    return sent
