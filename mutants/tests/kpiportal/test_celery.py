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
