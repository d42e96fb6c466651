"""The sign-off of a return as an explicit state machine.

    draft ──submit──▶ submitted ──approve──▶ approved
                        │  ▲                    │
            send back   ▼  │ submit             │ reopen (with a reason)
                      returned ◀────────────────┘

Each transition names the states it may start from and who may make it. `check` raises
TransitionNotAllowed, with a sentence a user can read, when a move is not allowed;
services call it inside their transaction before changing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from django.utils import timezone

from core.roles import Role, has_role

from .models import Deputy, Return

S = Return.Status


class TransitionNotAllowed(Exception):
    """A move the workflow refuses; str(error) is shown to the user."""


class Action(StrEnum):
    SAVE = "save"
    SUBMIT = "submit"
    APPROVE = "approve"
    SEND_BACK = "send_back"
    REOPEN = "reopen"


@dataclass(frozen=True)
class Transition:
    sources: frozenset[str]
    target: str
    role: Role
    needs_reason: bool = False
    verb: str = ""


TRANSITIONS: dict[Action, Transition] = {
    Action.SAVE: Transition(frozenset({S.DRAFT, S.RETURNED}), "", Role.OWNER, verb="change"),
    Action.SUBMIT: Transition(
        frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED, Role.OWNER, verb="submit"
    ),
    Action.APPROVE: Transition(
        frozenset({S.SUBMITTED}), S.APPROVED, Role.PERFORMANCE, verb="approve"
    ),
    Action.SEND_BACK: Transition(
        frozenset({S.SUBMITTED}), S.RETURNED, Role.PERFORMANCE, needs_reason=True, verb="return"
    ),
    Action.REOPEN: Transition(
        frozenset({S.APPROVED}), S.RETURNED, Role.PERFORMANCE, needs_reason=True, verb="reopen"
    ),
}


def _owners(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "_owners_read"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def is_owner_of(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(user, indicator)
    )


def is_owner(user: Any, ret: Return) -> bool:
    return is_owner_of(user, ret.indicator)


def covering_for(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def check(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, ret):
        raise TransitionNotAllowed(f"You do not own {ret.indicator.ref}.")
    if ret.status not in transition.sources:
        raise TransitionNotAllowed(
            f"{label} is {ret.get_status_display().lower()}, so it cannot be "
            f"{_past(transition.verb)}."
        )
    if action is Action.APPROVE and ret.submitted_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You submitted {label}, so someone else on the performance team must approve it."
        )
    if action is Action.APPROVE and ret.submitted_for_id == user.pk:
        raise TransitionNotAllowed(
            f"{label} was submitted for you by your deputy, so someone else on the "
            "performance team must approve it."
        )
    if action is Action.APPROVE and ret.figure_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def allowed(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def _past(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )
