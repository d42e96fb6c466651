"""Shared fixtures. Named people as in the demo: Alice owns, Priya and Tom review, Rita reads."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from celery import Celery

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs a loop

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_configure(config: pytest.Config) -> None:
    if REQUIRE_SERVICES:
        from django.conf import settings

        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            raise pytest.UsageError(
                f"REQUIRE_SERVICES=1 but DATABASE_URL is not PostgreSQL ({engine})."
            )
        if not settings.CELERY_BROKER_URL:
            raise pytest.UsageError("REQUIRE_SERVICES=1 but CELERY_BROKER_URL is not set.")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest test (make run, in processes of its own) first, not last: with
    `make test`'s two workers it then runs beside the rest instead of after them. Only it
    moves: pytest-django's order (database tests, then transactional ones, then the rest)
    is kept for every other test."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def _service_missing(message: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{message} (REQUIRE_SERVICES=1, so this fails instead of skipping)")
    pytest.skip(message)


# Set by mutmut for each run of the tests under `make mutate` (docs/mutation-testing.md).
MUTATING = "MUTANT_UNDER_TEST" in os.environ


if MUTATING:

    @pytest.fixture(scope="session")
    def django_db_modify_db_settings() -> None:
        """Each mutant's run of the tests would first migrate a new in-memory SQLite
        database: about 10 s, most of a mutant's time. Instead the first run migrates one
        file (under a lock) and every run tests on a copy of its own, kept by --reuse-db."""
        import atexit
        import fcntl
        import shutil
        import subprocess
        import sys
        import tempfile
        from pathlib import Path

        from django.conf import settings

        template = Path.cwd() / ".mutmut-test-db.sqlite3"
        with open(template.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not template.exists():
                made = template.with_suffix(".new")
                env = os.environ | {"DATABASE_URL": f"sqlite:///{made}"}
                subprocess.run(
                    [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
                    env=env,
                    check=True,
                )
                made.rename(template)
        handle, copy = tempfile.mkstemp(suffix=".sqlite3", prefix="kpiportal-mutant-")
        os.close(handle)
        shutil.copyfile(template, copy)
        atexit.register(os.unlink, copy)
        settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = copy


@pytest.fixture
def redis_url() -> str:
    """The real Redis broker; skips without one, fails with REQUIRE_SERVICES=1."""
    import redis
    from django.conf import settings

    url = settings.CELERY_BROKER_URL
    if not url:
        _service_missing("CELERY_BROKER_URL is not set")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        _service_missing(f"Redis at {url} is not answering: {error}")
    return url


@pytest.fixture
def postgres() -> None:
    """The real PostgreSQL; skips on SQLite, fails with REQUIRE_SERVICES=1."""
    from django.db import connection

    if connection.vendor != "postgresql":
        _service_missing("this test needs PostgreSQL (set DATABASE_URL)")


def _allow_truncate(sender: object, connection: object, **kwargs: object) -> None:
    """Tests empty their database between tests with TRUNCATE, which the frozen tables'
    trigger refuses unless the session allows it (nothing in the portal does)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET kpiportal.allow_truncate = 'on'")


@pytest.fixture(autouse=True, scope="session")
def _tests_may_empty_frozen_tables() -> Iterator[None]:
    from django.db import connections
    from django.db.backends.signals import connection_created

    connection_created.connect(_allow_truncate)
    for connection in connections.all():
        if connection.connection is not None:
            _allow_truncate(None, connection)
    yield
    connection_created.disconnect(_allow_truncate)


@pytest.fixture(autouse=True)
def _fast_passwords(settings: object) -> None:
    """Real hashing costs ~0.2 s a user; tests need none of its strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


CELERY_STATE = (
    "task_always_eager", "task_eager_propagates", "broker_url", "broker_write_url",
    "result_backend", "broker_transport_options",
)  # fmt: skip


@pytest.fixture(autouse=True)
def _celery_eager() -> Iterator[None]:
    """Tasks run in-process in tests unless a test starts a real worker (celery_worker).

    Whatever a test or fixture changes of the app's Celery state (a broker that is down, a
    real worker's broker) is put back afterwards, with kombu's pools dropped if a broker
    changed, so that no test depends on the order it runs in.
    """
    from core.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    kept = {name: app.conf[name] for name in CELERY_STATE}
    yield
    changed = {name for name, value in kept.items() if app.conf[name] != value}
    for name in changed:
        app.conf[name] = kept[name]
    if changed - {"task_always_eager", "task_eager_propagates"}:
        _drop_broker_connections(app)


def _drop_broker_connections(app: Celery) -> None:
    """Kombu keeps pooled connections with the broker settings they were opened with."""
    from kombu import pools

    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def celery_worker(redis_url: str, transactional_db: None) -> Iterator[object]:
    """A real Celery worker thread consuming from the real Redis, with this test process's
    own queue (tests/celery_keys.py). Celery's worker set-up turns the root logger down to
    errors for the whole process: put back as it was, so later tests' caplog sees INFO."""
    import logging

    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun
    from django.db import connections

    from core.celery import app
    from tests.celery_keys import broker_options, test_process

    def close_connections(**kwargs: object) -> None:
        connections.close_all()  # the worker thread's, so the test database can be dropped

    app.conf.task_always_eager = False
    app.conf.broker_url = redis_url
    app.conf.result_backend = redis_url
    app.conf.broker_transport_options = broker_options(app, test_process())
    _drop_broker_connections(app)
    task_postrun.connect(close_connections, weak=False)
    root = logging.getLogger()
    kept_logging = (root.level, list(root.handlers))
    try:
        with start_worker(
            app, pool="solo", perform_ping_check=False, shutdown_timeout=10
        ) as worker:
            yield worker
    finally:
        task_postrun.disconnect(close_connections)
        root.setLevel(kept_logging[0])
        root.handlers[:] = kept_logging[1]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    # Bootstrap scrolls smoothly unless motion is reduced: instant scrolling lets the
    # focus checks measure where things end up, however busy the machine is.
    return {**browser_context_args, "reduced_motion": "reduce"}
