import threading
from datetime import date

import pytest
from django.db import connection

from reports.freeze import freeze_month
from reports.models import Snapshot
from reports.tasks import freeze_due_months, freeze_month_task
from tests.reports.conftest import OCTOBER


@pytest.mark.django_db
def test_beat_freezes_a_month_three_working_days_after_its_deadline(council):
    # October 2023's deadline is Tuesday 14 November; three working days on is Friday 17th.
    earlier = freeze_due_months("2023-11-16")  # every earlier open month is overdue a freeze
    assert "2023-09" in earlier and "2023-10" not in earlier
    assert freeze_due_months("2023-11-17") == ["2023-10"]
    assert Snapshot.objects.filter(month=OCTOBER).count() == 1
    assert freeze_due_months("2023-11-20") == []  # already frozen: nothing more


@pytest.mark.django_db
def test_the_task_is_safe_to_deliver_twice(council):
    first = freeze_month_task("2023-10", source="schedule")
    second = freeze_month_task("2023-10", source="schedule")
    assert first == second == "2023-10 v1"
    assert Snapshot.objects.filter(month=OCTOBER).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_freezing_at_once_make_one_snapshot(council, postgres):
    barrier = threading.Barrier(2)
    results, errors = [], []

    def work():
        try:
            barrier.wait(timeout=10)
            results.append(freeze_month(OCTOBER, today=date(2023, 11, 20)))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert Snapshot.objects.filter(month=OCTOBER).count() == 1
    assert sorted(r.created for r in results) == [False, True]
    assert len({r.snapshot.pk for r in results}) == 1


@pytest.mark.django_db(transaction=True)  # as a worker runs: autocommit, no test transaction
def test_a_freeze_interrupted_by_a_database_restart_is_tried_again(council, monkeypatch):
    from celery.exceptions import Retry
    from django.db import OperationalError

    from reports import tasks

    real = tasks.freeze_month

    def restarting(*args, **kwargs):
        raise OperationalError("terminating connection due to administrator command")

    monkeypatch.setattr(tasks, "freeze_month", restarting)
    with pytest.raises(Retry) as retried:  # scheduled again, not lost
        freeze_month_task.apply(args=["2023-10"], throw=True)
    assert 0 < retried.value.when <= 60
    monkeypatch.setattr(tasks, "freeze_month", real)  # the database is back
    assert freeze_month_task.apply(args=["2023-10"]).get() == "2023-10 v1"
    assert Snapshot.objects.filter(month=OCTOBER).count() == 1
