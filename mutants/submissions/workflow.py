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

from kpiportal.roles import Role, has_role

from .models import Deputy, Return

S = Return.Status


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x__owners__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__owners__mutmut)
def _owners(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "_owners_read"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_orig(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "_owners_read"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_1(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if hasattr(indicator, "_owners_read"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_2(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(None, "_owners_read"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_3(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, None):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_4(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr("_owners_read"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_5(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, ):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_6(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "XX_owners_readXX"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_7(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "_OWNERS_READ"):
        indicator._owners_read = list(indicator.owners.all())
    return indicator._owners_read


def x__owners__mutmut_8(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "_owners_read"):
        indicator._owners_read = None
    return indicator._owners_read


def x__owners__mutmut_9(indicator: Any) -> list[Any]:
    """The indicator's owners, read once for the instance (a check and the deputy rule
    both ask; prefetched owners are used as they are)."""
    if not hasattr(indicator, "_owners_read"):
        indicator._owners_read = list(None)
    return indicator._owners_read

mutants_x__owners__mutmut['_mutmut_orig'] = x__owners__mutmut_orig # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_1'] = x__owners__mutmut_1 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_2'] = x__owners__mutmut_2 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_3'] = x__owners__mutmut_3 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_4'] = x__owners__mutmut_4 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_5'] = x__owners__mutmut_5 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_6'] = x__owners__mutmut_6 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_7'] = x__owners__mutmut_7 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_8'] = x__owners__mutmut_8 # type: ignore # mutmut generated
mutants_x__owners__mutmut['x__owners__mutmut_9'] = x__owners__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_owner_of__mutmut)
def is_owner_of(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(user, indicator)
    )


def x_is_owner_of__mutmut_orig(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(user, indicator)
    )


def x_is_owner_of__mutmut_1(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) and bool(
        covering_for(user, indicator)
    )


def x_is_owner_of__mutmut_2(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(None) or bool(
        covering_for(user, indicator)
    )


def x_is_owner_of__mutmut_3(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk != user.pk for owner in _owners(indicator)) or bool(
        covering_for(user, indicator)
    )


def x_is_owner_of__mutmut_4(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(None)) or bool(
        covering_for(user, indicator)
    )


def x_is_owner_of__mutmut_5(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        None
    )


def x_is_owner_of__mutmut_6(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(None, indicator)
    )


def x_is_owner_of__mutmut_7(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(user, None)
    )


def x_is_owner_of__mutmut_8(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(indicator)
    )


def x_is_owner_of__mutmut_9(user: Any, indicator: Any) -> bool:
    """An owner of `indicator`, or a deputy covering for one today."""
    return any(owner.pk == user.pk for owner in _owners(indicator)) or bool(
        covering_for(user, )
    )

mutants_x_is_owner_of__mutmut['_mutmut_orig'] = x_is_owner_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_1'] = x_is_owner_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_2'] = x_is_owner_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_3'] = x_is_owner_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_4'] = x_is_owner_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_5'] = x_is_owner_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_6'] = x_is_owner_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_7'] = x_is_owner_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_8'] = x_is_owner_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_owner_of__mutmut['x_is_owner_of__mutmut_9'] = x_is_owner_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_owner__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_owner__mutmut)
def is_owner(user: Any, ret: Return) -> bool:
    return is_owner_of(user, ret.indicator)


def x_is_owner__mutmut_orig(user: Any, ret: Return) -> bool:
    return is_owner_of(user, ret.indicator)


def x_is_owner__mutmut_1(user: Any, ret: Return) -> bool:
    return is_owner_of(None, ret.indicator)


def x_is_owner__mutmut_2(user: Any, ret: Return) -> bool:
    return is_owner_of(user, None)


def x_is_owner__mutmut_3(user: Any, ret: Return) -> bool:
    return is_owner_of(ret.indicator)


def x_is_owner__mutmut_4(user: Any, ret: Return) -> bool:
    return is_owner_of(user, )

mutants_x_is_owner__mutmut['_mutmut_orig'] = x_is_owner__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_owner__mutmut['x_is_owner__mutmut_1'] = x_is_owner__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_owner__mutmut['x_is_owner__mutmut_2'] = x_is_owner__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_owner__mutmut['x_is_owner__mutmut_3'] = x_is_owner__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_owner__mutmut['x_is_owner__mutmut_4'] = x_is_owner__mutmut_4 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_covering_for__mutmut)
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


def x_covering_for__mutmut_orig(user: Any, indicator: Any, day: date | None = None) -> Any | None:
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


def x_covering_for__mutmut_1(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = None
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_2(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(None)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_3(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners and not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_4(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners and user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_5(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_6(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk not in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_7(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_8(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = None
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_9(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=None, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_10(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=None)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_11(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_12(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, )
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_13(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(None)
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_14(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day and timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if cover else None


def x_covering_for__mutmut_15(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if (cover) and False else None


def x_covering_for__mutmut_16(user: Any, indicator: Any, day: date | None = None) -> Any | None:
    """The owner of `indicator` whom `user` covers for on `day` (today), if any."""
    owners = {owner.pk: owner for owner in _owners(indicator)}
    if not owners or user.pk in owners or not user.is_authenticated:
        return None
    cover = (
        Deputy.objects.on(day or timezone.localdate())
        .filter(deputy=user, owner_id__in=owners)
        .first()
    )
    return owners[cover.owner_id] if (cover) or True else None

mutants_x_covering_for__mutmut['_mutmut_orig'] = x_covering_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_1'] = x_covering_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_2'] = x_covering_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_3'] = x_covering_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_4'] = x_covering_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_5'] = x_covering_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_6'] = x_covering_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_7'] = x_covering_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_8'] = x_covering_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_9'] = x_covering_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_10'] = x_covering_for__mutmut_10 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_11'] = x_covering_for__mutmut_11 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_12'] = x_covering_for__mutmut_12 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_13'] = x_covering_for__mutmut_13 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_14'] = x_covering_for__mutmut_14 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_15'] = x_covering_for__mutmut_15 # type: ignore # mutmut generated
mutants_x_covering_for__mutmut['x_covering_for__mutmut_16'] = x_covering_for__mutmut_16 # type: ignore # mutmut generated
mutants_x_check__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check__mutmut)
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


def x_check__mutmut_orig(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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


def x_check__mutmut_1(action: Action, ret: Return, user: Any, *, reason: str = "XXXX") -> Transition:
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


def x_check__mutmut_2(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = None
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


def x_check__mutmut_3(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = None
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


def x_check__mutmut_4(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if has_role(user, transition.role):
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


def x_check__mutmut_5(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(None, transition.role):
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


def x_check__mutmut_6(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, None):
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


def x_check__mutmut_7(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(transition.role):
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


def x_check__mutmut_8(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, ):
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


def x_check__mutmut_9(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(None)
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


def x_check__mutmut_10(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.upper()} can do that.")
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


def x_check__mutmut_11(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER or not is_owner(user, ret):
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


def x_check__mutmut_12(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is not Role.OWNER and not is_owner(user, ret):
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


def x_check__mutmut_13(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and is_owner(user, ret):
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


def x_check__mutmut_14(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(None, ret):
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


def x_check__mutmut_15(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, None):
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


def x_check__mutmut_16(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(ret):
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


def x_check__mutmut_17(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, ):
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


def x_check__mutmut_18(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, ret):
        raise TransitionNotAllowed(None)
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


def x_check__mutmut_19(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, ret):
        raise TransitionNotAllowed(f"You do not own {ret.indicator.ref}.")
    if ret.status in transition.sources:
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


def x_check__mutmut_20(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, ret):
        raise TransitionNotAllowed(f"You do not own {ret.indicator.ref}.")
    if ret.status not in transition.sources:
        raise TransitionNotAllowed(
            None
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


def x_check__mutmut_21(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
    """The transition for `action`, or TransitionNotAllowed saying plainly why not."""
    transition = TRANSITIONS[action]
    label = f"{ret.indicator.ref} for {ret.period.label}"
    if not has_role(user, transition.role):
        raise TransitionNotAllowed(f"Only the {transition.role.value.lower()} can do that.")
    if transition.role is Role.OWNER and not is_owner(user, ret):
        raise TransitionNotAllowed(f"You do not own {ret.indicator.ref}.")
    if ret.status not in transition.sources:
        raise TransitionNotAllowed(
            f"{label} is {ret.get_status_display().upper()}, so it cannot be "
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


def x_check__mutmut_22(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            f"{_past(None)}."
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


def x_check__mutmut_23(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is Action.APPROVE or ret.submitted_by_id == user.pk:
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


def x_check__mutmut_24(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is not Action.APPROVE and ret.submitted_by_id == user.pk:
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


def x_check__mutmut_25(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is Action.APPROVE and ret.submitted_by_id != user.pk:
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


def x_check__mutmut_26(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            None
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


def x_check__mutmut_27(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is Action.APPROVE or ret.submitted_for_id == user.pk:
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


def x_check__mutmut_28(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is not Action.APPROVE and ret.submitted_for_id == user.pk:
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


def x_check__mutmut_29(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is Action.APPROVE and ret.submitted_for_id != user.pk:
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


def x_check__mutmut_30(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            None
        )
    if action is Action.APPROVE and ret.figure_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_31(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            "XXperformance team must approve it.XX"
        )
    if action is Action.APPROVE and ret.figure_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_32(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            "PERFORMANCE TEAM MUST APPROVE IT."
        )
    if action is Action.APPROVE and ret.figure_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_33(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is Action.APPROVE or ret.figure_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_34(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is not Action.APPROVE and ret.figure_by_id == user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_35(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if action is Action.APPROVE and ret.figure_by_id != user.pk:
        raise TransitionNotAllowed(
            f"You last changed the figure of {label}, so someone else on the performance "
            "team must approve it."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_36(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            None
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_37(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            "XXteam must approve it.XX"
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_38(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
            "TEAM MUST APPROVE IT."
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_39(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if transition.needs_reason or not reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_40(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
    if transition.needs_reason and reason.strip():
        raise TransitionNotAllowed(f"Give a reason to {transition.verb} {label}.")
    return transition


def x_check__mutmut_41(action: Action, ret: Return, user: Any, *, reason: str = "") -> Transition:
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
        raise TransitionNotAllowed(None)
    return transition

mutants_x_check__mutmut['_mutmut_orig'] = x_check__mutmut_orig # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_1'] = x_check__mutmut_1 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_2'] = x_check__mutmut_2 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_3'] = x_check__mutmut_3 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_4'] = x_check__mutmut_4 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_5'] = x_check__mutmut_5 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_6'] = x_check__mutmut_6 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_7'] = x_check__mutmut_7 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_8'] = x_check__mutmut_8 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_9'] = x_check__mutmut_9 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_10'] = x_check__mutmut_10 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_11'] = x_check__mutmut_11 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_12'] = x_check__mutmut_12 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_13'] = x_check__mutmut_13 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_14'] = x_check__mutmut_14 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_15'] = x_check__mutmut_15 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_16'] = x_check__mutmut_16 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_17'] = x_check__mutmut_17 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_18'] = x_check__mutmut_18 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_19'] = x_check__mutmut_19 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_20'] = x_check__mutmut_20 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_21'] = x_check__mutmut_21 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_22'] = x_check__mutmut_22 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_23'] = x_check__mutmut_23 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_24'] = x_check__mutmut_24 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_25'] = x_check__mutmut_25 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_26'] = x_check__mutmut_26 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_27'] = x_check__mutmut_27 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_28'] = x_check__mutmut_28 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_29'] = x_check__mutmut_29 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_30'] = x_check__mutmut_30 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_31'] = x_check__mutmut_31 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_32'] = x_check__mutmut_32 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_33'] = x_check__mutmut_33 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_34'] = x_check__mutmut_34 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_35'] = x_check__mutmut_35 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_36'] = x_check__mutmut_36 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_37'] = x_check__mutmut_37 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_38'] = x_check__mutmut_38 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_39'] = x_check__mutmut_39 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_40'] = x_check__mutmut_40 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_41'] = x_check__mutmut_41 # type: ignore # mutmut generated
mutants_x_allowed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allowed__mutmut)
def allowed(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_orig(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_1(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(None, ret, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_2(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, None, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_3(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, None, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_4(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason=None)
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_5(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(ret, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_6(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, user, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_7(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, reason="-")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_8(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, )
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_9(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason="XX-XX")
    except TransitionNotAllowed:
        return False
    return True


def x_allowed__mutmut_10(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason="-")
    except TransitionNotAllowed:
        return True
    return True


def x_allowed__mutmut_11(action: Action, ret: Return, user: Any) -> bool:
    """Whether `user` may make this move now (reasons aside): for showing buttons."""
    try:
        check(action, ret, user, reason="-")
    except TransitionNotAllowed:
        return False
    return False

mutants_x_allowed__mutmut['_mutmut_orig'] = x_allowed__mutmut_orig # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_1'] = x_allowed__mutmut_1 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_2'] = x_allowed__mutmut_2 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_3'] = x_allowed__mutmut_3 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_4'] = x_allowed__mutmut_4 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_5'] = x_allowed__mutmut_5 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_6'] = x_allowed__mutmut_6 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_7'] = x_allowed__mutmut_7 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_8'] = x_allowed__mutmut_8 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_9'] = x_allowed__mutmut_9 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_10'] = x_allowed__mutmut_10 # type: ignore # mutmut generated
mutants_x_allowed__mutmut['x_allowed__mutmut_11'] = x_allowed__mutmut_11 # type: ignore # mutmut generated
mutants_x__past__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__past__mutmut)
def _past(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_orig(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_1(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        None, f"{verb}ed"
    )


def x__past__mutmut_2(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, None
    )


def x__past__mutmut_3(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        f"{verb}ed"
    )


def x__past__mutmut_4(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, )


def x__past__mutmut_5(verb: str) -> str:
    return {"XXchangeXX": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_6(verb: str) -> str:
    return {"CHANGE": "changed", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_7(verb: str) -> str:
    return {"change": "XXchangedXX", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_8(verb: str) -> str:
    return {"change": "CHANGED", "submit": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_9(verb: str) -> str:
    return {"change": "changed", "XXsubmitXX": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_10(verb: str) -> str:
    return {"change": "changed", "SUBMIT": "submitted", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_11(verb: str) -> str:
    return {"change": "changed", "submit": "XXsubmittedXX", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_12(verb: str) -> str:
    return {"change": "changed", "submit": "SUBMITTED", "approve": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_13(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "XXapproveXX": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_14(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "APPROVE": "approved"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_15(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "XXapprovedXX"}.get(
        verb, f"{verb}ed"
    )


def x__past__mutmut_16(verb: str) -> str:
    return {"change": "changed", "submit": "submitted", "approve": "APPROVED"}.get(
        verb, f"{verb}ed"
    )

mutants_x__past__mutmut['_mutmut_orig'] = x__past__mutmut_orig # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_1'] = x__past__mutmut_1 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_2'] = x__past__mutmut_2 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_3'] = x__past__mutmut_3 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_4'] = x__past__mutmut_4 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_5'] = x__past__mutmut_5 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_6'] = x__past__mutmut_6 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_7'] = x__past__mutmut_7 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_8'] = x__past__mutmut_8 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_9'] = x__past__mutmut_9 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_10'] = x__past__mutmut_10 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_11'] = x__past__mutmut_11 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_12'] = x__past__mutmut_12 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_13'] = x__past__mutmut_13 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_14'] = x__past__mutmut_14 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_15'] = x__past__mutmut_15 # type: ignore # mutmut generated
mutants_x__past__mutmut['x__past__mutmut_16'] = x__past__mutmut_16 # type: ignore # mutmut generated
