"""gunicorn.conf.py's when_ready: what each worker would do on its first requests is done
once, before forking (issue 14: a worker's first owner at the deadline cost twice the CPU)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from django.template import engines

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def when_ready():
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))["when_ready"]


def compiled_django() -> set[str]:
    (loader,) = engines["django"].engine.template_loaders  # the cached loader
    return {key.split("-")[0] for key in loader.get_template_cache}


def test_every_template_of_the_portal_is_compiled_before_forking(when_ready, caplog) -> None:
    engines["django"].engine.template_loaders[0].reset()
    engines["jinja2"].env.cache.clear()
    when_ready(None)
    django = compiled_django()
    assert {"base.html", "submissions/my_returns.html", "submissions/review.html"} <= django
    assert not any(name.startswith("jinja2/") for name in django)  # the other engine's
    jinja = {template.name for _, template in engines["jinja2"].env.cache.items()}
    assert {"submissions/_return_cards.html", "submissions/_review_rows.html"} <= jinja
    assert not caplog.records  # every template compiles, nothing is left to a page


def test_a_template_that_does_not_compile_does_not_stop_the_server(
    when_ready, caplog, tmp_path
) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("{% if %}")
    engines["django"].engine.dirs = [*engines["django"].engine.dirs, str(tmp_path)]
    engines["django"].dirs = [*engines["django"].dirs, str(tmp_path)]
    try:
        when_ready(None)  # raises nothing
    finally:
        engines["django"].engine.dirs = engines["django"].engine.dirs[:-1]
        engines["django"].dirs = engines["django"].dirs[:-1]
    assert [r.getMessage() for r in caplog.records] == [
        f"when_ready: {broken} did not compile: Unexpected end of expression in if tag."
    ]


def settings_of(monkeypatch, **environ: str) -> dict:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def test_a_worker_takes_a_connection_only_with_a_thread_free_for_it(monkeypatch) -> None:
    """Issue 14: the connections waiting are the kernel's queue, shared by the workers (a
    worker taking all it could kept its requests waiting behind its own while the other
    was idle); none is kept open after its answer, which would hold a thread's place, and
    gunicorn's own check of the settings finds nothing to warn about."""
    from unittest import mock

    from gunicorn.config import Config
    from gunicorn.workers.gthread import ThreadWorker

    for threads in ("2", "4"):
        found = settings_of(monkeypatch, WEB_THREADS=threads)
        assert found["worker_connections"] == found["threads"] == int(threads)
        assert found["keepalive"] == 0
        config = Config()
        for name in ("worker_connections", "threads", "keepalive"):
            config.set(name, found[name])
        log = mock.Mock()
        ThreadWorker.check_config(config, log)
        assert not log.warning.called
    more = settings_of(monkeypatch, WEB_THREADS="2", WEB_CONNECTIONS="50")
    assert (more["worker_connections"], more["keepalive"]) == (50, 5)  # as gunicorn's default
