"""Each test process's own keys in Redis for its real Celery worker (conftest.py's
celery_worker): otherwise two test processes' workers share one queue, and one runs the
other's task against its own test database."""

from __future__ import annotations

import os
from typing import Any


def test_process() -> str:
    """pytest-xdist's worker id and the process id: two runs on one Redis differ too."""
    return f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{os.getpid()}"


def broker_options(app: Any, process: str) -> dict[str, Any]:
    """The Celery app's broker options with `process`'s own key prefix."""
    return {**app.conf.broker_transport_options, "global_keyprefix": f"kpiportal-{process}:"}
