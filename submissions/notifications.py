"""E-mails to owners. Composed here, sent by Celery tasks after the change has committed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse

from indicators import periods

from .models import Return


def _link(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def return_notice(ret: Return, event: str) -> list[EmailMessage]:
    """To each owner: their return was returned or reopened, and why."""
    subject = f"{ret.indicator.ref} for {ret.period.label} has been {event}"
    link = _link(reverse("submissions-mine-month", args=[ret.period.key]))
    body = (
        f"{ret.indicator.ref} {ret.indicator.title}, {ret.period.label}, has been {event} "
        f"by the performance team.\n\nReason: {ret.reason}\n\n"
        f"Please correct it and submit it again:\n{link}\n"
    )
    return [
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [owner.email])
        for owner in ret.indicator.owners.all()
        if owner.email
    ]


def reminders(returns: Iterable[Return], today: date) -> list[EmailMessage]:
    """One e-mail per owner listing their returns that are due soon or overdue."""
    by_owner: dict[object, list[Return]] = defaultdict(list)
    for ret in returns:
        for owner in ret.indicator.owners.all():
            if owner.email:
                by_owner[owner].append(ret)
    messages = []
    for owner, owned in by_owner.items():
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
            lines.append(
                f"- {ret.indicator.ref} {ret.indicator.title} ({ret.period.label}): {when}"
            )
        overdue = any(ret.period.deadline < today for ret in owned)
        subject = "Performance returns overdue" if overdue else "Performance returns due soon"
        body = (
            f"Hello {owner.first_name or owner.username},\n\n"
            "These returns are waiting for your figures:\n\n" + "\n".join(lines) + "\n\n"
            f"Enter them here: {_link(reverse('submissions-mine'))}\n"
        )
        messages.append(EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [owner.email]))
    return messages


def send(messages: list[EmailMessage]) -> int:
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages)
