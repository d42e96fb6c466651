"""Faults, with the real PostgreSQL and Redis: nothing lost, nothing half done."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import psycopg
import pytest
import tablib
from django.core import mail
from django.db import connection
from django.utils import timezone

from core.celery import app
from reports.models import Snapshot, SnapshotRow
from reports.tasks import freeze_month_task
from submissions import services
from submissions.figures import ReturnData
from submissions.models import Notification, Return
from submissions.notifications import deliver_pending
from submissions.resources import ResultResource
from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

ROOT = Path(__file__).resolve().parents[2]
OCTOBER = date(2023, 10, 1)
# The freeze writes its rows with INSERT or COPY; either waits on the table's lock.
WRITING_ROWS = '^(INSERT INTO|COPY) "reports_snapshotrow"'


def returned_return(alice, priya):
    indicator = IndicatorFactory(ref="CS01", owners=[alice])
    ret = Return.objects.create(indicator=indicator, period=period_for(OCTOBER))
    ret = services.return_submit(
        ret=ret, user=alice, expected_version=1, data=ReturnData(value=D(96))
    )
    return services.return_send_back(ret=ret, user=priya, reason="Check it")


def forget_broker_connections() -> None:
    """Drop the app's connection and producer pools, so the next publish connects afresh.

    Celery acquires a producer even for an eager task, so an earlier test leaves a pool
    connected to the real Redis: without this, "Redis down" would still reach it; and a
    pool closed but kept would fail every later test with "Acquire on closed pool".
    """
    from kombu import pools

    pools.reset()  # kombu keeps connection and producer pools in registries of its own
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down():
    """Tasks are published to an address where nothing listens: Redis is down."""
    forget_broker_connections()
    app.conf.task_always_eager = False
    app.conf.broker_write_url = "redis://127.0.0.1:1/0"
    yield
    app.conf.broker_write_url = None
    forget_broker_connections()
    app.conf.task_always_eager = True


@pytest.mark.django_db
def test_redis_down_when_a_return_is_submitted_saves_it_and_sends_the_notice_later(
    alice, priya, django_capture_on_commit_callbacks, caplog, broker_down
):
    back = returned_return(alice, priya)
    Notification.objects.update(sent_at=timezone.now())  # Alice's notice, sent
    with django_capture_on_commit_callbacks(execute=True):
        again = services.return_submit(
            ret=back, user=alice, expected_version=back.version, data=ReturnData(value=D(97))
        )
    app.conf.task_always_eager = True
    assert Return.objects.get(pk=again.pk).status == "submitted"  # the return is saved
    notice = Notification.objects.get(event="resubmitted")
    assert notice.sent_at is None and mail.outbox == []
    assert "the next delivery run sends it" in caplog.text
    assert deliver_pending() == 1  # the scheduled run, once Redis is back
    assert [m.to for m in mail.outbox] == [[priya.email]]
    assert deliver_pending() == 0  # and never twice


@pytest.mark.django_db
def test_a_mail_server_failure_leaves_the_notice_to_be_sent_again(alice, priya, monkeypatch):
    from submissions import notifications

    returned_return(alice, priya)
    monkeypatch.setattr(notifications, "send", lambda messages: (_ for _ in ()).throw(OSError()))
    assert deliver_pending() == 0
    notice = Notification.objects.get()
    assert (notice.sent_at, notice.attempts) == (None, 1)
    monkeypatch.undo()
    assert deliver_pending() == 1


@pytest.mark.services
def test_a_notice_goes_through_a_real_worker(celery_worker, alice, priya, postgres):
    from django.test.utils import override_settings

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        back = returned_return(alice, priya)
        deadline = time.monotonic() + 20
        while Notification.objects.filter(sent_at__isnull=True).exists():
            assert time.monotonic() < deadline, "the worker did not send the notice"
            time.sleep(0.2)
    assert Notification.objects.get(ret=back).sent_at is not None


# Faults that need worker processes of their own, on the test database.


def worker(queue: str, *, concurrency: int = 1, visibility: int = 3600) -> subprocess.Popen:
    settings = connection.settings_dict
    env = dict(os.environ)
    env |= {
        "DATABASE_URL": (
            f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
        ),
        "CELERY_VISIBILITY_TIMEOUT": str(visibility),
        "CELERY_RESTORE_INTERVAL": "1",
        "CELERY_RESTORE_THROTTLE": "1",
        "DJANGO_SETTINGS_MODULE": "kpiportal.settings",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    pool = (
        ["--pool=solo"] if concurrency == 1 else ["--pool=prefork", f"--concurrency={concurrency}"]
    )
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "kpiportal", "worker", "-Q", queue, *pool,
         "--without-heartbeat", "--without-mingle", "--without-gossip", "--loglevel=WARNING"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


@pytest.fixture
def council(transactional_db, postgres, redis_url):
    period = period_for(OCTOBER)
    for i in range(5):
        indicator = IndicatorFactory(ref=f"CS{i:02d}")
        TargetFactory(indicator=indicator, year=period.year)
        approved_history(indicator, [90, 91, 92], before=date(2023, 11, 1))
    app.conf.task_always_eager = False
    app.conf.broker_url = redis_url
    yield
    app.conf.task_always_eager = True


def raw_connection() -> psycopg.Connection:
    s = connection.settings_dict
    return psycopg.connect(
        host=s["HOST"], port=s["PORT"], user=s["USER"], dbname=s["NAME"], autocommit=False
    )


@pytest.mark.services
def test_a_worker_killed_mid_freeze_leaves_no_partial_snapshot_and_the_next_run_completes_it(
    council,
):
    queue = f"test-{uuid.uuid4().hex}"
    first = worker(queue, visibility=4)
    blocker = raw_connection()
    try:
        # Hold the rows' table so the freeze stops half way: after its snapshot, before its rows.
        blocker.execute("LOCK TABLE reports_snapshotrow IN ACCESS EXCLUSIVE MODE")
        freeze_month_task.apply_async(args=["2023-10"], queue=queue)

        def freeze_waiting() -> bool:
            with raw_connection() as look:
                return bool(
                    look.execute(
                        "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        f"AND query ~ '{WRITING_ROWS}'"
                    ).fetchone()
                )

        wait_for(freeze_waiting, 30, "the freeze to reach its rows")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        blocker.rollback()
        blocker.close()
        stop(first)

    def worker_gone() -> bool:
        with raw_connection() as look:
            return not look.execute(
                f"SELECT 1 FROM pg_stat_activity WHERE query ~ '{WRITING_ROWS}'"
            ).fetchone()

    wait_for(worker_gone, 30, "PostgreSQL to drop the killed worker's transaction")
    assert Snapshot.objects.count() == 0 and SnapshotRow.objects.count() == 0
    # The next worker is given the unacknowledged task again and completes the freeze.
    second = worker(queue, visibility=4)
    try:
        wait_for(
            lambda: Snapshot.objects.filter(month=OCTOBER).exists(), 60, "the redelivered freeze"
        )
    finally:
        stop(second)
    snapshot = Snapshot.objects.get(month=OCTOBER)
    assert snapshot.version == 1 and snapshot.rows.count() == 5


@pytest.mark.services
def test_the_same_freeze_delivered_twice_at_once_makes_one_snapshot(council):
    queue = f"test-{uuid.uuid4().hex}"
    process = worker(queue, concurrency=2)
    try:
        results = [freeze_month_task.apply_async(args=["2023-10"], queue=queue) for _ in range(2)]
        answers = [r.get(timeout=60) for r in results]
    finally:
        stop(process)
    assert answers == ["2023-10 v1", "2023-10 v1"]
    assert Snapshot.objects.filter(month=OCTOBER).count() == 1
    assert SnapshotRow.objects.count() == 5


@pytest.mark.django_db(transaction=True)
def test_a_dropped_database_connection_during_an_import_leaves_nothing_half_imported(
    postgres, sam, monkeypatch
):
    for i in range(3):
        IndicatorFactory(ref=f"HX{i}", unit="count", decimals=0, kind="activity")
    rows = [[f"2019-{m:02d}", f"HX{i}", "5", "", "", ""] for m in range(1, 13) for i in range(3)]
    dataset = tablib.Dataset(
        *rows, headers=["period", "ref", "value", "numerator", "denominator", "commentary"]
    )
    pid = connection.cursor().connection.info.backend_pid
    imported = []

    def drop_after_some_rows(self, row, row_result, **kwargs):
        imported.append(row)
        if len(imported) == 10:
            with raw_connection() as killer:
                killer.execute("SELECT pg_terminate_backend(%s)", [pid])
                killer.commit()

    monkeypatch.setattr(ResultResource, "after_import_row", drop_after_some_rows)
    # The connection is gone, so the import may end in an error: what matters is what was saved.
    with contextlib.suppress(Exception):
        ResultResource().import_data(dataset, dry_run=False, user=sam)
    connection.close()  # reconnect
    assert len(imported) >= 10
    assert Return.objects.count() == 0


@pytest.mark.django_db
def test_a_notice_is_marked_sent_only_after_the_mail_server_accepted_it(alice, priya, monkeypatch):
    from datetime import timedelta

    from submissions import notifications

    returned_return(alice, priya)
    notice = Notification.objects.get()
    seen_during_send = []

    def dies_mid_send(messages):  # the worker is killed while talking to the mail server
        seen_during_send.append(Notification.objects.get(pk=notice.pk).sent_at)
        raise KeyboardInterrupt

    monkeypatch.setattr(notifications, "send", dies_mid_send)
    with pytest.raises(KeyboardInterrupt):
        notifications.deliver(notice.pk)
    assert seen_during_send == [None]  # not marked sent before the server accepted it
    monkeypatch.undo()
    notice.refresh_from_db()
    assert notice.sent_at is None and notice.claimed_at is not None
    assert deliver_pending() == 0  # claimed a moment ago: no second copy meanwhile
    Notification.objects.filter(pk=notice.pk).update(
        claimed_at=timezone.now() - timedelta(minutes=11)  # the dead worker's claim lapses
    )
    assert deliver_pending() == 1
    assert [m.to for m in mail.outbox] == [[alice.email]]
    assert deliver_pending() == 0  # and never twice


@pytest.fixture
def broker_hung():
    """Redis "up" but never answering: a loopback listener that accepts and says nothing."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(server.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    url = f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    forget_broker_connections()
    app.conf.task_always_eager = False
    app.conf.broker_write_url = url
    old_backend = app.conf.result_backend
    app.conf.result_backend = url
    yield url
    stop.set()
    thread.join()
    for sock in held:
        sock.close()
    server.close()
    app.conf.broker_write_url = None
    app.conf.result_backend = old_backend
    forget_broker_connections()
    app.conf.task_always_eager = True


QUICK = 12  # seconds: "a few", and far from the 19-30 s a hung Redis used to cost


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("outage", ["broker_down", "broker_hung"])
def test_with_redis_down_or_hung_each_page_answers_quickly_and_saves(
    request, client, alice, priya, tom, outage
):
    from django.urls import reverse

    request.getfixturevalue(outage)
    back = returned_return(alice, priya)  # queued its notice: to the outbox
    client.force_login(alice)
    started = time.monotonic()
    client.post(
        reverse("submissions-mine"),
        {"action": f"submit:{back.pk}", f"r{back.pk}-version": back.version,
         f"r{back.pk}-value": "97"},
    )  # fmt: skip
    assert time.monotonic() - started < QUICK, "resubmit"
    assert Return.objects.get(pk=back.pk).status == "submitted"

    client.force_login(tom)
    for name, data in (
        ("submissions-send-back", {"reason": "Check again", "version": back.version + 1}),
    ):
        started = time.monotonic()
        response = client.post(reverse(name, args=[back.pk]), data, follow=True)
        assert time.monotonic() - started < QUICK, name
        assert "is back with its owner" in response.content.decode()

    TargetFactory(indicator=back.indicator, year=back.period.year)
    started = time.monotonic()
    response = client.post(reverse("reports-freeze"), {"month": "2023-10"}, follow=True)
    assert time.monotonic() - started < QUICK, "freeze now"
    assert Snapshot.objects.filter(month=OCTOBER).exists()  # frozen here, the queue being down
    assert "October 2023 is frozen" in response.content.decode()

    client.force_login(priya)
    started = time.monotonic()
    pdf = client.get(reverse("reports-export", args=["2023-10", "pdf"]))
    assert time.monotonic() - started < QUICK + 10, "first PDF"  # rendered here instead
    assert (pdf.status_code, pdf["Content-Type"]) == (200, "application/pdf")
