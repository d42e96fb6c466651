"""E-mails to owners. Composed here, sent by Celery tasks after the change has committed."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from core.celery import queue
from indicators import periods

from .models import Action, Deputy, Notification, Return, person_name

log = logging.getLogger(__name__)


def _link(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def return_notice(ret: Return, event: str) -> list[EmailMessage]:
    """To each owner: their return was returned or reopened, and why. Or, when an owner
    resubmits a returned return, to the reviewer who returned it."""
    if event == "resubmitted":
        reviewer = ret.decided_by
        if reviewer is None or not reviewer.email:
            return []
        link = _link(reverse("submissions-detail", args=[ret.pk]))
        body = (
            f"{ret.indicator.ref} {ret.indicator.title}, {ret.period.label}, which you "
            f"returned, has been {'answered' if ret.owner_reply else 'corrected'} and "
            "submitted again.\n\n"
            + (f"Their answer: {ret.owner_reply}\n\n" if ret.owner_reply else "")
            + f"Review it here:\n{link}\n"
        )
        subject = f"{ret.indicator.ref} for {ret.period.label} is back for review"
        return [EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [reviewer.email])]
    subject = f"{ret.indicator.ref} for {ret.period.label} has been {event}"
    link = _link(reverse("submissions-mine-month", args=[ret.period.key]))
    body = (
        f"{ret.indicator.ref} {ret.indicator.title}, {ret.period.label}, has been {event} "
        f"by the performance team.\n\nReason: {ret.reason}\n\n"
        f"Please correct it and submit it again:\n{link}\n"
    )
    owners = list(ret.indicator.owners.all())
    cover = Deputy.objects.on(timezone.localdate()).filter(owner__in=owners)
    people = {p.pk: p for p in [*owners, *(c.deputy for c in cover.select_related("deputy"))]}
    return [
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
        for person in people.values()
        if person.email
    ]


def reminders(returns: Iterable[Return], today: date) -> list[EmailMessage]:
    """One e-mail per owner listing their returns that are due soon or overdue; and to
    anyone covering for an owner today, the same, saying for whom."""
    cover: dict[int, list[Deputy]] = defaultdict(list)
    for deputy in Deputy.objects.on(today).select_related("deputy", "owner"):
        cover[deputy.owner_id].append(deputy)
    by_owner: dict[object, list[Return]] = defaultdict(list)
    covered_for: dict[tuple[int, int], list[str]] = defaultdict(list)
    for ret in returns:
        for owner in ret.indicator.owners.all():
            if owner.email:
                by_owner[owner].append(ret)
            for c in cover.get(owner.pk, []):
                if c.deputy.email and ret not in by_owner[c.deputy]:
                    by_owner[c.deputy].append(ret)
                covered_for[c.deputy.pk, ret.pk].append(person_name(c.owner))
    messages = []
    for owner, owned in by_owner.items():
        if not owner.email:
            continue
        lines = []
        for ret in sorted(owned, key=lambda r: (r.period.month, r.indicator.ref)):
            left = periods.working_days_between(today, ret.period.deadline)
            when = (
                f"overdue since {ret.period.deadline:%-d %B}"
                if left < 0
                else "due today"
                if left == 0
                else f"due {ret.period.deadline:%A %-d %B}"
            )
            names = covered_for.get((owner.pk, ret.pk))
            lines.append(
                f"- {ret.indicator.ref} {ret.indicator.title} ({ret.period.label}): {when}"
                + (f" (you are covering for {' and '.join(names)})" if names else "")
            )
        overdue = any(ret.is_overdue(today) for ret in owned)
        subject = "Performance returns overdue" if overdue else "Performance returns due soon"
        body = (
            f"Hello {owner.first_name or owner.username},\n\n"
            "These returns are waiting for your figures:\n\n" + "\n".join(lines) + "\n\n"
            f"Enter them here: {_link(reverse('submissions-mine'))}\n"
        )
        messages.append(EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [owner.email]))
    return messages


def action_reminders(actions: Iterable[Action], today: date) -> list[EmailMessage]:
    """One e-mail per owner listing the actions on their indicators that are overdue."""
    by_owner: dict[object, list[Action]] = defaultdict(list)
    for action in actions:
        for owner in action.indicator.owners.all():
            if owner.email:
                by_owner[owner].append(action)
    messages = []
    for owner, owned in by_owner.items():
        lines = [
            f"- {a.indicator.ref} {a.indicator.title}: {a.description} (lead {a.lead}), "
            f"due {a.due:%-d %B %Y}"
            for a in sorted(owned, key=lambda a: (a.due, a.indicator.ref))
        ]
        body = (
            f"Hello {owner.first_name or owner.username},\n\n"
            "These actions are past their due date:\n\n" + "\n".join(lines) + "\n\n"
            "Say how each stands with your next return (still on track, or update it), "
            f"or mark it done: {_link(reverse('submissions-mine'))}\n"
        )
        messages.append(
            EmailMessage(
                "Actions overdue on your indicators",
                body,
                settings.DEFAULT_FROM_EMAIL,
                [owner.email],
            )  # fmt: skip
        )
    return messages


BROKER_DOWN = (OSError, ConnectionError)


def queue_delivery(notification_id: int) -> None:
    """Hand a notification to a worker; if the broker is down, leave it for the scheduled
    delivery run (`deliver_pending`) rather than fail the request that owed it."""
    from kombu.exceptions import OperationalError

    try:
        queue("submissions.deliver_notification", notification_id)
    except (OperationalError, *BROKER_DOWN) as error:
        log.warning(
            "Could not queue notification %s (%s); the next delivery run sends it",
            notification_id,
            error.__class__.__name__,
        )


CLAIM_LAPSES = timedelta(minutes=10)  # longer than any mail server takes to accept


def deliver(notification_id: int) -> bool:
    """Send one notification once: claim it, send it, and only then mark it sent.

    1. Claim it with a conditional UPDATE: a second worker (or a retry) finds it claimed,
       or sent, and does nothing. A claim older than CLAIM_LAPSES is a dead worker's.
    2. Send it. If the mail server refuses, release the claim: the next run tries again.
    3. Mark it sent, once the mail server has accepted it.
    """
    now = timezone.now()
    claimed = (
        Notification.objects.filter(pk=notification_id, sent_at__isnull=True)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_LAPSES))
        .update(claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return False
    notice = Notification.objects.select_related(
        "ret__indicator", "ret__period", "ret__decided_by"
    ).get(pk=notification_id)
    try:
        send(return_notice(notice.ret, notice.event))
    except OSError as error:
        Notification.objects.filter(pk=notification_id).update(
            claimed_at=None, last_error=error.__class__.__name__[:200]
        )
        raise
    Notification.objects.filter(pk=notification_id).update(sent_at=timezone.now())
    return True


def deliver_pending() -> int:
    """Send every notification still owed (the scheduled run, every few minutes)."""
    sent = 0
    for pk in Notification.objects.filter(sent_at__isnull=True).values_list("pk", flat=True):
        try:
            sent += deliver(pk)
        except OSError:
            log.warning("Notification %s could not be sent; it will be tried again", pk)
    return sent


def send(messages: list[EmailMessage]) -> int:
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages)
