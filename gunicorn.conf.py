"""gunicorn's settings for the portal's web process (the Procfile and README start it with
``gunicorn -c gunicorn.conf.py kpiportal.wsgi``; gunicorn also reads this file by itself
when started from the project folder). Every value can be changed from the environment.

Sized for the machine it runs on (measured with bench/deadline.py, docs/performance.md):
a request spends part of its time waiting for PostgreSQL, so a core keeps more than one
process busy. Threads in each worker let a request that waits (for the database, or a
slow client) not hold up the others behind it, at a fraction of a process's memory.
"""

from __future__ import annotations

import os


def _int(name: str, default: int) -> int:
    """An environment value that must be a whole number of at least 1; refuses anything else."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise SystemExit(f"{name} must be a whole number of at least 1, not {text!r}")
    return int(text)


CORES = os.cpu_count() or 1

bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{_int('PORT', 8000)}"
# A process a core, and one more to use the time another waits on the database: the
# portal's requests are mostly Python (templates, ratings), so more processes than that
# only take turns on the same cores (docs/performance.md, "Deadline day").
workers = _int("WEB_CONCURRENCY", CORES + 1)
worker_class = "gthread"
threads = _int("WEB_THREADS", 2)
# Load the portal once, before forking: workers share its memory and start at once.
preload_app = True
# A PDF renders in a worker, not here; anything slower than this is stuck.
timeout = _int("WEB_TIMEOUT", 60)
graceful_timeout = 30
keepalive = 5
# Each request a line on standard output; GUNICORN_ACCESS_LOG="" turns it off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
