"""Rows built once for many tests: a module's (or class's) fixture builds them in a
transaction of its own, every test runs in a savepoint inside it (pytest-django's `db`),
so each test starts from exactly the rows built and whatever it changes is rolled back,
and the transaction is rolled back when the module (or class) is done.

    @pytest.fixture(scope="module")
    def world(django_db_setup, django_db_blocker):
        yield from built_once(django_db_blocker, build_the_world)

The tests must use `db`, not `transactional_db` (a flush would empty the rows and end the
transaction), and must not keep changes to the built objects in memory from one test to
the next: each test gets the same Python objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from django.db import transaction
from django.test.utils import override_settings

T = TypeVar("T")
FAST_PASSWORDS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # as conftest's


def built_once(django_db_blocker: object, build: Callable[[], T]) -> Iterator[T]:
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer._from_testcase = True  # as Django's TestCase marks its own (durable blocks)
        outer.__enter__()
        try:
            with override_settings(PASSWORD_HASHERS=FAST_PASSWORDS):
                value = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield value
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


# Rows for transactional tests (the live server's, whose thread reads only what is
# committed): each such test ends by emptying every table, so the rows are needed again.
_saved: dict[object, tuple[dict[str, bytes], object]] = {}


def committed_once(key: object, build: Callable[[], T]) -> T:
    """build() commits its rows the first time in this process; later calls with the same
    key put exactly those rows back (every table, by COPY, sequences after them) instead
    of building them again. PostgreSQL only: elsewhere build() runs each time.

    For a database as a transactional test leaves it (emptied, content types, permissions
    and roles remade), so for fixtures of tests with django_db(transaction=True); build()
    returns what the test needs to know of the rows (keys, not model instances to change).
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return build()
    if key in _saved:
        tables, value = _saved[key]
        _put_back(connection, tables)
        return value
    value = build()
    _saved[key] = (_copy_out(connection), value)
    return value


def _copy_out(connection: object) -> dict[str, bytes]:
    tables = connection.introspection.django_table_names(only_existing=True)
    qn = connection.ops.quote_name
    saved = {}
    with connection.cursor() as cursor:
        for table in tables:
            with cursor.copy(f"COPY {qn(table)} TO STDOUT (FORMAT binary)") as copy:
                saved[table] = b"".join(bytes(block) for block in copy)
    return saved


def _put_back(connection: object, tables: dict[str, bytes]) -> None:
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style

    qn = connection.ops.quote_name
    models = apps.get_models(include_auto_created=True)
    with transaction.atomic(), connection.cursor() as cursor:
        # What the last test's flush remade (content types, permissions, roles) goes too:
        # the saved rows have their own, with the keys the other saved rows point to.
        # DELETE, not TRUNCATE: a few rows, and TRUNCATE's new files cost a second to sync.
        for table in tables:
            cursor.execute(f"DELETE FROM {qn(table)}")
        for table, rows in tables.items():
            with cursor.copy(f"COPY {qn(table)} FROM STDIN (FORMAT binary)") as copy:
                copy.write(rows)
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
    ContentType.objects.clear_cache()  # its ids are the saved rows' again
