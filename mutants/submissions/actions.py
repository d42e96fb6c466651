"""Action plans: every change to an action goes through here, atomic and in its history.

An owner records what will be done about a red (or amber) KPI on its return: who leads
it, by when, and how it stands. Actions carry over from month to month until they are
done or dropped; each month the owner says they are still on track, or updates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from indicators.models import Indicator

from .models import Action, ActionNote, ReturnPeriod
from .workflow import is_owner_of

STILL_ON_TRACK = "Still on track."


@dataclass(frozen=True)
class ActionChanges:
    """What an owner asked of an indicator's actions with a month's return."""

    new: ActionData | None = None
    updates: dict[int, tuple[ActionData, str]] = field(default_factory=dict)  # id: data, note
    on_track: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.new or self.updates or self.on_track)


class ActionRefused(Exception):
    """A change to an action that is not allowed, said plainly."""


@dataclass(frozen=True)
class ActionData:
    description: str
    lead: str
    due: date
    status: str = Action.Status.PLANNED


def _check(indicator: Indicator, user: Any) -> None:
    if not is_owner_of(user, indicator):
        raise ActionRefused(f"Only an owner of {indicator.ref} can change its actions.")


def _record(obj: Any, user: Any, reason: str) -> None:
    obj._history_user = user
    obj._change_reason = reason


def _problems(data: ActionData) -> dict[str, str]:
    problems = {}
    if not data.description.strip():
        problems["description"] = "Say what will be done."
    if not data.lead.strip():
        problems["lead"] = "Say who leads it."
    if data.status not in Action.Status.values:
        problems["status"] = "Choose planned, in progress, done or dropped."
    return problems


class IncompleteAction(ActionRefused):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems.values()))


@transaction.atomic
def action_add(
    *, indicator: Indicator, period: ReturnPeriod, user: Any, data: ActionData
) -> Action:
    """Record a new action on an indicator, with the month's return it was written on."""
    _check(indicator, user)
    today = timezone.localdate()
    problems = _problems(data)
    if data.status in Action.OPEN and data.due < today:
        problems["due"] = "A new action is due today or later."
    if problems:
        raise IncompleteAction(problems)
    action = Action(
        indicator=indicator,
        opened_for=period,
        description=data.description.strip(),
        lead=data.lead.strip(),
        due=data.due,
        status=data.status,
        closed_on=None if data.status in Action.OPEN else today,
        created_by=user,
        updated_by=user,
    )
    _record(action, user, f"Action added with {period.label}'s return")
    action.save()
    return action


@transaction.atomic
def action_update(
    *, action: Action, period: ReturnPeriod, user: Any, data: ActionData, note: str = ""
) -> Action:
    """Change an action's words, lead, due date or status, with a dated note of progress."""
    fresh = Action.objects.select_for_update().select_related("indicator").get(pk=action.pk)
    _check(fresh.indicator, user)
    today = timezone.localdate()
    if problems := _problems(data):
        raise IncompleteAction(problems)
    was_open = fresh.is_open
    fresh.description, fresh.lead, fresh.due = data.description.strip(), data.lead.strip(), data.due
    fresh.status = data.status
    if was_open and not fresh.is_open:
        fresh.closed_on = today
    elif fresh.is_open:
        fresh.closed_on = None
    fresh.updated_by = user
    _record(fresh, user, f"Action updated with {period.label}'s return")
    fresh.save()
    if note.strip():
        _note(fresh, period, user, note.strip())
    return fresh


@transaction.atomic
def action_still_on_track(*, action: Action, period: ReturnPeriod, user: Any) -> ActionNote:
    """One click: the action stands as it is this month. Once a month is enough: a second
    click the same month returns the note already written."""
    fresh = Action.objects.select_for_update().select_related("indicator").get(pk=action.pk)
    _check(fresh.indicator, user)
    if not fresh.is_open:
        raise ActionRefused("This action is closed: reopen it by changing its status first.")
    existing = fresh.notes.filter(period=period, text=STILL_ON_TRACK).first()
    if existing is not None:
        return existing
    return _note(fresh, period, user, STILL_ON_TRACK)


def _note(action: Action, period: ReturnPeriod, user: Any, text: str) -> ActionNote:
    note = ActionNote(
        action=action, period=period, written_on=timezone.localdate(), written_by=user, text=text
    )
    _record(note, user, f"Progress on {action.indicator.ref}'s action")
    note.save()
    return note


def actions_apply(
    *, indicator: Indicator, period: ReturnPeriod, user: Any, changes: ActionChanges
) -> None:
    """Carry out what an owner asked of an indicator's actions with a month's return."""
    if changes.new is not None:
        action_add(indicator=indicator, period=period, user=user, data=changes.new)
    mine = {a.pk: a for a in Action.objects.filter(indicator=indicator, pk__in=[
        *changes.updates, *changes.on_track
    ])}  # fmt: skip
    for pk, (data, note) in changes.updates.items():
        if pk in mine:
            action_update(action=mine[pk], period=period, user=user, data=data, note=note)
    for pk in changes.on_track:
        if pk in mine:
            action_still_on_track(action=mine[pk], period=period, user=user)
