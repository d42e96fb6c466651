"""gunicorn's settings for the portal's web process (the Procfile and README start it with
``gunicorn -c gunicorn.conf.py kpiportal.wsgi``; gunicorn also reads this file by itself
when started from the project folder). Every value can be changed from the environment.

Sized for the machine it runs on, by bench/deadline.py (docs/performance.md): the portal's
requests are Python and PostgreSQL on the same cores, so a process a core keeps them busy,
and a second thread in each uses the core while the first waits on the database (a sign-in
writes and commits three times). More processes or threads only share the cores among
more requests at once: each then takes longer, and at the deadline (50 owners at once) the
95th percentile of My returns and of submitting was 20-30% worse with 3 x 2 or 5 x 1 than
with 2 x 1, for the same throughput, and 2 x 2 was better than 2 x 1 in each of four
runs side by side (My returns p95 1.12 s against 1.30 s on average). Behind a web server
or load balancer that buffers requests and responses (nginx does by default), a slow
client does not hold a thread.
"""

from __future__ import annotations

import gc
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
# A process a core, two threads in each (docs/performance.md, "the deadline again").
workers = _int("WEB_CONCURRENCY", CORES)
worker_class = "gthread"
threads = _int("WEB_THREADS", 2)
# Load the portal once, before forking: workers share its memory and start at once.
preload_app = True
# A PDF renders in a Celery worker, not here. (With threads, gunicorn restarts a worker
# whose main loop stops answering for this long; it does not end a request that is stuck.)
timeout = _int("WEB_TIMEOUT", 60)
graceful_timeout = 30
# A worker takes a connection only when one of its threads is free to answer it: the others
# wait in the kernel's queue, which the workers share, and go to the first worker with a
# thread free, in the order they came. (By default a worker takes every connection it can,
# however busy, and its requests wait behind its own, while the other worker may be idle.)
# At the deadline this kept My returns' and Submit all's 95th percentile under 1 s in
# every run, from 0.9-1.5 s (docs/performance.md). So a connection is not kept open after
# its answer (it would hold a thread's place): the web server in front keeps the browsers'
# connections, and opens one to gunicorn a request, as nginx does by default. Two things
# follow: the kernel's queue is the only one, and holds `backlog` (2048) connections at
# most, capped by the system's net.core.somaxconn (4096 on Linux 5.4 and later; 128 before,
# and in some containers: raise it there); and a connection that sends no request within
# 5 s is closed unanswered, where a slow client behind no proxy had 5 s more.
worker_connections = _int("WEB_CONNECTIONS", threads)
keepalive = 0 if worker_connections <= threads else 5
# Each request a line on standard output; GUNICORN_ACCESS_LOG="" turns it off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None


# The portal is loaded once, before the workers are forked (preload_app). What each worker
# would otherwise do on its first requests is done here once, when the server is ready and
# before the first fork (_warm).
def when_ready(server: object) -> None:
    from django.urls import get_resolver

    get_resolver().reverse_dict  # noqa: B018 - built here (reading it builds it), not per worker
    _warm()


# The loaded portal's objects live as long as the process, so they are frozen out of
# Python's cycle collector just before each fork: a worker's collections then walk only
# what its requests made, not the hundreds of thousands of objects of Django and the
# portal (a deadline journey's Python ran 5% fewer instructions, measured under callgrind:
# docs/performance.md), and no worker's collector writes to those objects' pages. Garbage
# is collected first, so that none of it is frozen.
def pre_fork(server: object, worker: object) -> None:
    gc.collect()
    gc.freeze()


def _warm() -> None:
    """What each worker would otherwise do on its first requests, done once: compile
    the portal's own templates (templates/, both engines keep them compiled) and load the
    password hasher's library. At the deadline a worker's first owner cost twice the CPU of
    the next (docs/performance.md), while the other owners waited. Nothing here may stop
    the server: a template that does not load is left to fail on its own page, as before.
    (The templates are compiled in the master, as the code is loaded there: a change to
    either needs a restart, not a HUP.)"""
    import logging
    from pathlib import Path

    from django.contrib.auth.hashers import get_hasher
    from django.template import engines

    log = logging.getLogger("gunicorn.error")
    try:
        hasher = get_hasher()
        if getattr(hasher, "library", None):
            hasher._load_library()  # argon2, imported on the first sign-in otherwise
    except Exception as error:  # noqa: BLE001 - the first sign-in will say it plainly
        log.warning("when_ready: the password hasher did not load: %s", error)
    # Each engine's own folders (TEMPLATES' DIRS), not the installed apps'.
    own = {engine: [Path(d) for d in engine.dirs] for engine in engines.all()}
    for engine, dirs in own.items():
        others = [d for e, found in own.items() if e is not engine for d in found]
        for folder in dirs:
            inside = [o for o in others if o != folder and o.is_relative_to(folder)]
            for path in folder.rglob("*.html"):
                if any(path.is_relative_to(o) for o in inside):
                    continue  # another engine's (templates/jinja2/ is in templates/)
                try:
                    engine.get_template(path.relative_to(folder).as_posix())
                except Exception as error:  # noqa: BLE001 - left to fail on its own page
                    log.warning("when_ready: %s did not compile: %s", path, error)
