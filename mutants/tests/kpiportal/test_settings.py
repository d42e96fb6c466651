"""Settings come from the environment and refuse a bad production setup."""

import os
import subprocess
import sys

import pytest


def run_check(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"], env=environment, capture_output=True, text=True
    )


@pytest.mark.parametrize("secret", [None, "short", "dev-only-not-secret-kpiportal"])
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    env = {"DEBUG": "0", "ALLOWED_HOSTS": "kpi.example.gov.uk"}
    if secret:
        env["SECRET_KEY"] = secret
    result = run_check(**env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = run_check(DEBUG="0", SECRET_KEY="x" * 50, ALLOWED_HOSTS="kpi.example.gov.uk")
    assert result.returncode == 0, result.stderr


def test_without_a_broker_tasks_run_in_process():
    environment = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
    code = "from django.conf import settings; print(settings.CELERY_TASK_ALWAYS_EAGER)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip().endswith("True")
