"""Follow-up work is queued by task name (core.celery.queue): a web process, which never
starts a worker, must find every task it queues, whatever it imported before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "args"),
    [("submissions.deliver_notification", (1,)), ("reports.render_export", (1, "", "pdf"))],
)
def test_a_fresh_web_process_queues_the_tasks_it_asks_for_by_name(name, args):
    code = (
        "import django; django.setup()\n"
        "from core.celery import app, queue\n"
        f"assert {name!r} not in app.tasks, 'imported already: the test proves nothing'\n"
        "app.conf.task_always_eager = False\n"
        "app.conf.broker_url = 'memory://localhost/'  # queued, never run\n"
        "import logging; kept = logging.NullHandler(); logging.getLogger().addHandler(kept)\n"
        f"print(queue({name!r}, *{args!r}).id and {name!r})\n"
        # Celery's import_modules signal ran django.setup() again, which reconfigured logging
        # and dropped the handlers already there (pytest's caplog among them).
        "assert kept in logging.getLogger().handlers, 'logging was configured again'\n"
    )
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "kpiportal.settings"}
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == name
