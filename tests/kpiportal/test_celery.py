"""Tasks through a real Celery worker and the real Redis broker."""

import pytest
from django.core.management import call_command

from kpiportal.tasks import health_check
from tests.factories import IndicatorFactory

pytestmark = pytest.mark.services


def test_a_task_goes_through_a_real_worker_and_redis(celery_worker, postgres):
    IndicatorFactory.create_batch(3)
    result = health_check.delay()
    assert result.get(timeout=20) == {"database": "postgresql", "indicators": 3}


def test_check_services_reports_the_worker(celery_worker, capsys, settings, redis_url):
    settings.CELERY_BROKER_URL = redis_url
    call_command("check_services", timeout=20)
    out = capsys.readouterr().out
    assert "Broker: ok" in out
    assert "Worker: ok" in out


def test_the_test_worker_leaves_other_test_processes_tasks_alone(celery_worker, postgres):
    """Two test processes each run a worker on one Redis: each must take only its own tasks,
    or one counts the other's indicators in the wrong test database (seen in CI)."""
    import redis
    from kombu import Connection

    from core.celery import app
    from tests.celery_keys import broker_options, test_process

    own = app.conf.broker_transport_options.get("global_keyprefix")
    assert own == f"kpiportal-{test_process()}:"  # the worker's keys are this process's
    other = f"{test_process()}-other"
    prefix = f"kpiportal-{other}:"
    broker = redis.Redis.from_url(app.conf.broker_url)
    with Connection(app.conf.broker_url, transport_options=broker_options(app, other)) as sent:
        foreign = health_check.apply_async(connection=sent)
    try:
        IndicatorFactory.create_batch(2)
        assert health_check.delay().get(timeout=20)["indicators"] == 2
        assert not foreign.ready()  # taken neither before this process's own task nor after
        assert broker.llen(f"{prefix}celery") == 1
    finally:
        for key in broker.scan_iter(f"{prefix}*"):
            broker.delete(key)
