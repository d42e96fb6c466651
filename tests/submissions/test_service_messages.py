"""What a user reads when the services refuse a change, word for word (no database)."""

from __future__ import annotations

from datetime import UTC, datetime

from django.contrib.auth.models import User

from submissions.models import Return
from submissions.services import IncompleteReturn, StaleReturn

WHEN = datetime(2026, 11, 5, 9, 30, tzinfo=UTC)  # 09:30 in London (GMT)


def stale(status: str, who: User | None) -> StaleReturn:
    return StaleReturn(Return(status=status, updated_by=who, updated_at=WHEN))


def test_a_return_changed_meanwhile_names_who_and_when_and_keeps_what_was_typed():
    alice = User(username="alice", first_name="Alice", last_name="Smith")
    refused = stale(Return.Status.DRAFT, alice)
    assert str(refused) == (
        "Alice Smith changed this return on 5 Nov at 09:30, after you opened the page. "
        "Reload to see their version; what you typed is still below."
    )
    assert refused.current.updated_by is alice


def test_a_return_submitted_or_approved_meanwhile_says_so_and_who_can_undo_it():
    dan = User(username="dan")
    assert str(stale(Return.Status.SUBMITTED, dan)) == (
        "dan submitted this return on 5 Nov at 09:30, after you opened the page, and it is "
        "now submitted. What you typed is below and was not saved: if it should replace "
        "theirs, ask the performance team to send the return back to you."
    )
    assert str(stale(Return.Status.APPROVED, None)).startswith(
        "Someone changed this return on 5 Nov at 09:30, after you opened the page, and it "
        "is now approved."
    )


def test_an_incomplete_return_lists_every_problem():
    problems = {"value": "Enter a figure.", "commentary": "Commentary is required."}
    refused = IncompleteReturn(problems)
    assert refused.problems is problems
    assert str(refused) == "Enter a figure. Commentary is required."


def test_a_refused_batch_keeps_each_refusal_and_names_the_first_three():
    from submissions.services import EntriesRefused, EntryRefused

    reasons = [(line, ValueError(f"Line {line} is wrong.")) for line in (2, 5, 7, 9)]
    refused = EntriesRefused(reasons)
    assert refused.refusals is reasons
    assert str(refused) == "Line 2 is wrong.; Line 5 is wrong.; Line 7 is wrong."

    why = ValueError("CS01 is not open for returns.")
    one = EntryRefused(3, why)
    assert (one.index, one.error, str(one)) == (3, why, "CS01 is not open for returns.")
