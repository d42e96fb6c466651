"""Sessions (core.sessions): each page's session save does not wait for the disk, and nothing
else is written that way."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from submissions.models import Return
from tests.factories import IndicatorFactory, period_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

ASYNC = "SET LOCAL synchronous_commit TO OFF"  # Django's save, in a transaction it opens
UNSYNCED = "set_config('synchronous_commit', 'off', true)"  # a page's save, one statement


def transactions(captured: CaptureQueriesContext) -> list[list[str]]:
    """The statements of each explicit transaction, in order."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for query in captured.captured_queries:
        sql = query["sql"]
        if sql == "BEGIN":
            current = []
        elif sql in ("COMMIT", "ROLLBACK"):
            found.append(current or [])
            current = None
        elif current is not None:
            current.append(sql)
    return found


def writes(statements: list[str]) -> list[str]:
    return [s for s in statements if s.split(" ", 1)[0] in ("INSERT", "UPDATE", "DELETE", "WITH")]


def session_saves(captured: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in captured.captured_queries if '"django_session" SET' in q["sql"]]


def setting_within(statement: str) -> str:
    """synchronous_commit as `statement` (an update) sees it, run again."""
    with connection.cursor() as cursor:
        cursor.execute(statement + " RETURNING current_setting('synchronous_commit')")
        return cursor.fetchone()[0]


def test_a_pages_session_save_is_one_statement_that_does_not_wait_for_the_disk(
    client, alice, postgres
):
    """The save is one statement outside any transaction (not BEGIN, SET LOCAL, UPDATE,
    COMMIT: four round trips every page), and its own transaction's commit does not wait
    for the disk: the setting holds within it, and ends with it."""
    client.force_login(alice)
    before = Session.objects.get().expire_date
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("submissions-mine")).status_code == 200
    (saved,) = session_saves(captured)
    assert UNSYNCED in saved
    assert not transactions(captured)  # nothing else written, and no transaction opened
    assert Session.objects.get().expire_date > before  # the idle time starts again
    assert setting_within(saved) == "off"
    with connection.cursor() as cursor:  # and the setting ended with its transaction
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"


def test_a_figure_saved_on_the_page_is_committed_durably(client, alice, postgres):
    period = period_for(date(2023, 10, 1))
    ret = Return.objects.create(indicator=IndicatorFactory(owners=[alice]), period=period)
    client.force_login(alice)
    data = {"action": "save", f"r{ret.pk}-version": ret.version, f"r{ret.pk}-value": "91"}
    with CaptureQueriesContext(connection) as captured:
        assert client.post(reverse("submissions-mine"), data).status_code == 302
    assert Return.objects.get(pk=ret.pk).value == 91
    (saved,) = session_saves(captured)  # the session's own statement, outside the figure's
    assert UNSYNCED in saved
    figure = [t for t in transactions(captured) if any('"submissions_return"' in w for w in t)]
    assert figure and not any(
        ASYNC in sql or UNSYNCED in sql for t in figure for sql in t
    )  # the figure's transaction waits for the disk


@pytest.mark.parametrize("opened", ["atomic", "autocommit off"])
def test_inside_a_transaction_already_open_the_session_is_saved_as_django_saves_it(
    alice, postgres, opened
):
    """Its other writes must stay durable: the setting would cover them all."""
    from django.db import transaction

    from core.sessions import SessionStore

    store = SessionStore()
    store["x"] = 1
    store.create()
    with CaptureQueriesContext(connection) as captured:
        if opened == "atomic":
            with transaction.atomic():
                store["x"] = 2
                store.save()
        else:
            transaction.set_autocommit(False)
            try:
                store["x"] = 2
                store.save()
                transaction.commit()
            finally:
                transaction.set_autocommit(True)
    assert not any(ASYNC in q["sql"] for q in captured.captured_queries)
    assert SessionStore(store.session_key)["x"] == 2


def test_it_refuses_as_djangos_does_a_key_taken_or_a_session_gone(alice, postgres):
    """Django's session middleware relies on these two errors (a new key taken: pick
    another; a session deleted meanwhile, by signing out elsewhere: SessionInterrupted)."""
    from django.contrib.sessions.backends.base import CreateError, UpdateError

    from core.sessions import SessionStore

    first = SessionStore()
    first["x"] = 1
    first.create()
    taken = SessionStore(first.session_key)
    taken["y"] = 2
    with pytest.raises(CreateError):
        taken.save(must_create=True)
    Session.objects.filter(session_key=first.session_key).delete()
    first["x"] = 3
    with pytest.raises(UpdateError):
        first.save()


def test_signing_in_does_not_ask_whether_a_new_key_is_taken_and_a_clash_picks_another(
    client, alice, postgres, monkeypatch
):
    """Issue 14: a new session's key is saved with must_create, so the query asking first
    whether it is taken (one every sign-in) is not made; a key that is taken after all is
    refused by the insert and another picked."""
    from core import sessions

    with CaptureQueriesContext(connection) as captured:
        signed_in = client.post(
            reverse("login"), {"username": "alice", "password": "correct horse battery"}
        )
    assert signed_in.status_code == 302 and "_auth_user_id" in client.session
    assert not [
        q for q in captured.captured_queries if 'SELECT 1 AS "a" FROM "django_session"' in q["sql"]
    ]

    taken = Session.objects.get().session_key
    keys = iter([taken, "k" * 32])
    monkeypatch.setattr(sessions, "get_random_string", lambda *args: next(keys))
    store = sessions.SessionStore()
    store["x"] = 1
    store.create()
    assert store.session_key == "k" * 32 and Session.objects.count() == 2


def test_a_session_idle_past_its_time_signs_the_user_out(client, alice, postgres):
    """30 minutes without a page, and the session is over: the next page asks to sign in
    again, and the old key is not brought back to life by saving it."""
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(alice)
    assert client.get(reverse("submissions-mine")).status_code == 200
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    page = client.get(reverse("submissions-mine"))
    assert page.status_code == 302 and page.url.startswith(reverse("login"))
    assert not Session.objects.filter(session_key=key, expire_date__gt=timezone.now()).exists()


def test_a_database_error_saving_the_session_is_a_plain_400_not_a_server_error(
    client, alice, postgres
):
    """As Django's own save: any database error on the update is UpdateError, which the
    session middleware answers as an interrupted session (400), not a 500."""
    from django.db import OperationalError

    client.force_login(alice)

    def refuse_the_session_save(execute, sql, params, many, context):
        if '"django_session" SET' in sql:
            raise OperationalError("the server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_the_session_save):
        page = client.get(reverse("submissions-mine"))
    assert page.status_code == 400
