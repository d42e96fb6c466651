"""Every change to a return or a period goes through here.

Each service is atomic, checks the workflow (`workflow.check`) on a freshly locked row,
records who, when and why in the history, and queues e-mail only after commit. A stale
write (someone else saved since the user loaded the page) is refused with StaleReturn:
the version the user read is checked in the UPDATE itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from core.bulk import create_with_history, insert_history, update_rows
from indicators import periods
from indicators.models import FinancialYear, Indicator
from indicators.services import year_rollover

from . import workflow
from .actions import ActionChanges, ActionRefused, actions_apply
from .figures import Judging, ReturnData, figure_problems, submit_problems, unanswered
from .models import Notification, Return, ReturnPeriod, person_name
from .notifications import queue_delivery
from .selectors import ReturnRow, build_rows, rows_for_returns
from .workflow import Action, TransitionNotAllowed


class StaleReturn(Exception):
    """Someone saved the return after the user loaded it."""

    def __init__(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )


class IncompleteReturn(TransitionNotAllowed):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems.values()))


def _claim(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


FIGURE_FIELDS = ("value", "numerator", "denominator", "not_available")


def _apply(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def _save(ret: Return, user: Any, reason: str) -> Return:
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = reason
    ret.save()
    return ret


def _judgings(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    return {pk: row.judging() for pk, row in _rows_of(rets).items()}


def _rows_of(rets: Iterable[Return]) -> dict[int, ReturnRow]:
    """Returns' rows (what each is judged against), by return id: a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def _judging(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(Return.objects.filter(pk=ret.pk), ret.period)
    return row.judging()


@transaction.atomic
def return_save(*, ret: Return, user: Any, data: ReturnData, expected_version: int) -> Return:
    """Save what the owner typed as a draft (or into a returned return)."""
    fresh = _claim(ret, expected_version)
    workflow.check(Action.SAVE, fresh, user)
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    return _save(fresh, user, f"Saved{_for(workflow.covering_for(user, fresh.indicator))}")


def _for(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(owner)}, as their deputy" if owner else ""


@transaction.atomic
def return_submit(
    *,
    ret: Return,
    user: Any,
    expected_version: int,
    data: ReturnData | None = None,
    judging: Judging | None = None,
) -> Return:
    """Submit for review, saving `data` first if given; refuses what is incomplete.
    `judging`: what it is checked against, where the caller read it for many at once."""
    fresh = _claim(ret, expected_version)
    workflow.check(Action.SUBMIT, fresh, user)
    data = data or ReturnData.of(fresh)
    problems = (
        figure_problems(fresh.indicator, data)
        or submit_problems(
            fresh.indicator, data, judging if judging is not None else _judging(fresh)
        )
        or unanswered(fresh, data, fresh.version - 1)  # claimed: one on from the stored
    )
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for = workflow.covering_for(user, fresh.indicator)
    fresh.reason = ""
    _save(fresh, user, f"Submitted{_for(fresh.submitted_for)}")
    if was_returned and fresh.decided_by_id:
        _notify(fresh, Notification.Event.RESUBMITTED)  # the reviewer is waiting for it
    return fresh


def _owners_text(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(names) or "its owner"


@transaction.atomic
def return_record_from_source(
    *,
    ret: Return,
    user: Any,
    data: ReturnData,
    submit: bool,
    source: str,
    reason: str,
    expected_version: int | None = None,
) -> Return:
    """Figures from a source other than the owner's page (an import, a source system), for
    a month open for returns: the return is filled as a draft, or submitted on the owner's
    behalf by `user`. The same checks as the page; never approved: Review still decides.
    """
    fresh = _claim(ret, expected_version)
    judging = _judging(fresh) if submit else None
    change, resubmitted = _from_source(
        fresh, data, user=user, submit=submit, source=source, reason=reason, judging=judging,
        owners=_owners_text(fresh),
    )  # fmt: skip
    _save(fresh, user, change)
    if resubmitted:
        _notify(fresh, Notification.Event.RESUBMITTED)  # the reviewer is waiting for it
    return fresh


def _from_source(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


@transaction.atomic
def return_record_history(*, ret: Return, user: Any, data: ReturnData, reason: str) -> Return:
    """A figure signed off before the portal (a month it never opened returns for), or a
    correction to a frozen month: recorded as approved, with no owner or reviewer
    pretended. The history says who imported it and why; a frozen snapshot never changes:
    a correction shows in the next one.
    """
    fresh = ret if ret.pk is None else _claim(ret, None)  # a new one is made here
    _as_history(fresh, data, user)
    return _save(fresh, user, reason)


def _as_history(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


@dataclass(frozen=True)
class Recorded:
    """One figure of a batch from a source (a spreadsheet): its return, new (unsaved) or
    as loaded, and what was sent for it."""

    ret: Return
    data: ReturnData


# What the services above may change on a claimed return: a batch writes these (its rows
# were read after they were claimed, so every other column is as the database has it).
_RECORDED_FIELDS = [
    *("value", "numerator", "denominator", "not_available", "not_available_reason"),
    *("commentary", "outlier_confirmed", "no_action_reason", "forecast", "forecast_reason"),
    *("status", "source", "reason", "submitted_by", "submitted_at", "decided_by"),
    *("decided_at", "updated_by", "updated_at", "figure_by", "submitted_for", "owner_reply"),
]


@transaction.atomic
def returns_record_history(*, items: Sequence[Recorded], user: Any, reason: str) -> list[Return]:
    """return_record_history for many figures at once, in a fixed number of queries: all
    are recorded, or none, and EntriesRefused says which were refused and why.
    """
    claimed = _claim_many([i.ret for i in items if i.ret.pk is not None])
    done, refused = [], []
    for index, item in enumerate(items):
        fresh = item.ret if item.ret.pk is None else claimed[item.ret.pk]
        try:
            _as_history(fresh, item.data, user)
        except TransitionNotAllowed as error:
            refused.append((index, error))
            continue
        _mark(fresh, user, reason)
        done.append(fresh)
    if refused:
        raise EntriesRefused(refused)
    _write_many(done, user)
    return done


@transaction.atomic
def returns_record_from_source(
    *, items: Sequence[Recorded], user: Any, submit: bool, source: str, reason: str
) -> list[Return]:
    """return_record_from_source for many figures at once (a spreadsheet), in a fixed
    number of queries: each return's draft is made if it has none, then all are filled
    (or submitted), or none are, and EntriesRefused says which were refused and why.
    """
    # A return the month has not got yet (an indicator added since it opened): its empty
    # draft first, as the portal would have made it, then filled like the others.
    drafts = {
        index: Return(indicator=item.ret.indicator, period=item.ret.period)
        for index, item in enumerate(items)
        if item.ret.pk is None
    }
    if drafts:
        create_with_history(list(drafts.values()), user=user, reason=None)
    rets = [drafts.get(i, item.ret) for i, item in enumerate(items)]
    pks = [ret.pk for ret in rets]
    claimed = _claim_many(rets)
    rows = _rows_of(claimed.values())
    done, waiting, refused = [], [], []
    for index, (item, pk) in enumerate(zip(items, pks, strict=True)):
        fresh, row = claimed[pk], rows[pk]
        owners = ", ".join(person_name(o) for o in row.owners) or "its owner"
        try:
            change, resubmitted = _from_source(
                fresh, item.data, user=user, submit=submit, source=source, reason=reason,
                judging=row.judging() if submit else None, owners=owners,
            )  # fmt: skip
        except TransitionNotAllowed as error:
            refused.append((index, error))
            continue
        _mark(fresh, user, change)
        done.append(fresh)
        if resubmitted:
            waiting.append(fresh)
    if refused:
        raise EntriesRefused(refused)
    _write_many(done, user)
    for fresh in waiting:
        _notify(fresh, Notification.Event.RESUBMITTED)
    return done


def _claim_many(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    return _read_again(given)


def _read_again(given: Mapping[int, Return]) -> dict[int, Return]:
    """The returns `given` (by id) read fresh, each keeping the indicator and period objects
    its given return had (one query; those without them read theirs with it)."""
    keep = all(_INDICATOR.is_cached(r) and _PERIOD.is_cached(r) for r in given.values())
    reading = Return.objects.all() if keep else Return.objects.select_related("indicator", "period")
    fresh = reading.in_bulk(sorted(given))
    if keep:
        for pk, ret in fresh.items():
            for shared in (_INDICATOR, _PERIOD):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


_INDICATOR = Return._meta.get_field("indicator")
_PERIOD = Return._meta.get_field("period")


def _mark(ret: Return, user: Any, reason: str) -> None:
    """What _save records on a return, for a batch written at once."""
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = reason


def _write_many(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        create_with_history(new, user=user, when=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        insert_history(old, update=True, user=user, when=now)


@dataclass(frozen=True)
class Entry:
    """What an owner sent for one return from My returns (or their spreadsheet)."""

    ret: Return
    data: ReturnData
    version: int
    submit: bool = False
    changed: bool = True
    actions: ActionChanges = field(default_factory=ActionChanges)


@dataclass(frozen=True)
class Outcome:
    saved: int
    submitted: int


class EntriesRefused(Exception):
    """Figures of a batch that could not be recorded, each (its place, why): none was."""

    def __init__(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(str(error) for _, error in refusals[:3]))


class EntryRefused(Exception):
    """One entry could not be saved or submitted: nothing of the batch was."""

    def __init__(self, index: int, error: Exception) -> None:
        self.index, self.error = index, error
        super().__init__(str(error))


@transaction.atomic
def returns_save_and_submit(
    *, user: Any, entries: Sequence[Entry], judged: Mapping[int, ReturnRow] | None = None
) -> Outcome:
    """Save and submit an owner's returns in one go: all of it, or (on the first refusal,
    raised as EntryRefused with its place) none of it.

    Each return's action changes are made first, so that an action added with a second
    red month counts for its submission. `judged`: each return's row (by its id) as the
    caller has just read it in this request (My returns' cards), so that what the returns
    are judged against (targets, figures before, open actions, owners) is not read again.
    """
    if not any(entry.actions for entry in entries):
        try:
            with transaction.atomic():
                return _save_and_submit_many(user, entries, judged)
        except _NotAllClaimed:
            pass  # one by one below: the first stale return is refused at its place
    saved = submitted = 0
    # What each submission is judged against, read for all at once; a return whose
    # indicator's actions change here is judged after they have (its open actions count).
    judgings = _judgings([e.ret for e in entries if e.submit and not e.actions])
    for index, entry in enumerate(entries):
        try:
            if entry.actions:
                actions_apply(
                    indicator=entry.ret.indicator,
                    period=entry.ret.period,
                    user=user,
                    changes=entry.actions,
                )
            if entry.submit:
                return_submit(
                    ret=entry.ret,
                    user=user,
                    expected_version=entry.version,
                    data=entry.data,
                    judging=judgings.get(entry.ret.pk),
                )
                submitted += 1
            elif entry.changed:
                return_save(
                    ret=entry.ret, user=user, expected_version=entry.version, data=entry.data
                )
                saved += 1
        except (StaleReturn, TransitionNotAllowed, ActionRefused) as error:
            raise EntryRefused(index, error) from error
    return Outcome(saved=saved, submitted=submitted)


class _NotAllClaimed(Exception):
    """Someone changed one of a batch's returns since the page was read."""


def _save_and_submit_many(
    user: Any, entries: Sequence[Entry], judged: Mapping[int, ReturnRow] | None = None
) -> Outcome:
    """returns_save_and_submit without action changes, in a fixed number of queries: the
    returns claimed at their expected versions in one UPDATE (_NotAllClaimed if any has
    moved on), read fresh with what they are judged against, checked as return_save and
    return_submit check each, then written with their history in one batch (_write_many).
    """
    wanted = [(index, e) for index, e in enumerate(entries) if e.submit or e.changed]
    if not wanted:
        return Outcome(saved=0, submitted=0)
    expected = Q()
    for _, entry in wanted:
        expected |= Q(pk=entry.ret.pk, version=entry.version)
    if Return.objects.filter(expected).update(version=F("version") + 1) != len(wanted):
        raise _NotAllClaimed
    # The UPDATE has locked the rows until commit, so what is read now stays true.
    fresh = _read_again({entry.ret.pk: entry.ret for _, entry in wanted})
    # The caller's rows were read moments ago in this request: re-read after the claim,
    # they would be no truer (the claim locks the returns, not their targets, figures
    # before or actions).
    rows: Mapping[int, ReturnRow] = (
        judged
        if judged is not None and all(pk in judged for pk in fresh)
        else _rows_of(fresh.values())
    )
    for pk, ret in fresh.items():
        ret.indicator._owners_read = rows[pk].owners  # the workflow's checks read them
    done, waiting, saved, submitted = [], [], 0, 0
    for index, entry in wanted:
        ret, row = fresh[entry.ret.pk], rows[entry.ret.pk]
        try:
            workflow.check(Action.SUBMIT if entry.submit else Action.SAVE, ret, user)
            problems = figure_problems(ret.indicator, entry.data)
            if entry.submit:
                problems = (
                    problems
                    or submit_problems(ret.indicator, entry.data, row.judging())
                    or unanswered(ret, entry.data, ret.version - 1)  # one on from the stored
                )
            if problems:
                raise IncompleteReturn(problems)
        except TransitionNotAllowed as error:
            raise EntryRefused(index, error) from error
        _apply(ret, entry.data, user)
        deputy_for = workflow.covering_for(user, ret.indicator)
        if entry.submit:
            if ret.status == Return.Status.RETURNED and ret.decided_by_id:
                waiting.append(ret)  # the reviewer is waiting for it
            ret.status = Return.Status.SUBMITTED
            ret.submitted_by, ret.submitted_at = user, timezone.now()
            ret.submitted_for, ret.reason = deputy_for, ""
            _mark(ret, user, f"Submitted{_for(deputy_for)}")
            submitted += 1
        else:
            _mark(ret, user, f"Saved{_for(deputy_for)}")
            saved += 1
        done.append(ret)
    _write_many(done, user)
    for ret in waiting:
        _notify(ret, Notification.Event.RESUBMITTED)
    return Outcome(saved=saved, submitted=submitted)


@transaction.atomic
def return_approve(*, ret: Return, user: Any, expected_version: int | None = None) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(Action.APPROVE, fresh, user)
    fresh.status = Return.Status.APPROVED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    return _save(fresh, user, "Approved")


@transaction.atomic
def return_send_back(
    *, ret: Return, user: Any, reason: str, expected_version: int | None = None
) -> Return:
    """Return a submitted return to its owner with a reason they will see."""
    return _back_to_owner(ret, user, reason, expected_version, Action.SEND_BACK)


@transaction.atomic
def return_reopen(
    *, ret: Return, user: Any, reason: str, expected_version: int | None = None
) -> Return:
    """Reopen an approved return so that its owner can correct it."""
    return _back_to_owner(ret, user, reason, expected_version, Action.REOPEN)


BACK_TO_OWNER = {
    Action.SEND_BACK: ("Returned", Notification.Event.RETURNED),
    Action.REOPEN: ("Reopened", Notification.Event.REOPENED),
}


def _back_to_owner(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def _notify(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=event)
    transaction.on_commit(lambda: queue_delivery(notice.pk))


class PeriodNotOpen(Exception):
    pass


@transaction.atomic
def period_open(*, month: date, user: Any = None, today: date | None = None) -> ReturnPeriod:
    """Open a month's returns (idempotent) and make a draft for every indicator due.

    1. Refuse a month that has not ended. 2. Make the period if missing, and its financial
    year if that is missing too, with last year's targets carried over as provisional.
    3. Claim the opening with a conditional UPDATE, so two runs open it once.
    4. Make the missing draft returns.
    """
    today = today or timezone.localdate()
    month = date(month.year, month.month, 1)
    if periods.month_end(month) >= today:
        raise PeriodNotOpen(
            f"{month:%B %Y} has not ended yet: its returns open on "
            f"{periods.opening_day(month):%-d %B %Y}."
        )
    start_year = periods.financial_year_of(month)
    _check_year_held(start_year, today)
    year = FinancialYear.objects.filter(start_year=start_year).first()
    if year is None:
        # April of a year no one has opened: carry last year's targets over, provisional.
        year = year_rollover(start_year=start_year, user=user).year
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, opened_at__isnull=True).update(
        opened_at=timezone.now(), opened_by=user
    )
    period.refresh_from_db()
    ensure_returns(period)
    return period


def _check_year_held(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def ensure_returns(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)
