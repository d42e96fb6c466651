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
