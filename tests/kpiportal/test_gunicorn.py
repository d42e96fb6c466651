"""gunicorn.conf.py's pre_fork: what each worker would do on its first requests is done once,
before forking (issue 14: a worker's first owner at the deadline cost twice the CPU)."""

from __future__ import annotations

import gc
import runpy
from pathlib import Path

import pytest
from django.template import engines

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pre_fork():
    found = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["pre_fork"]
    yield found
    gc.unfreeze()  # the test process goes on collecting as before


def compiled_django() -> set[str]:
    (loader,) = engines["django"].engine.template_loaders  # the cached loader
    return {key.split("-")[0] for key in loader.get_template_cache}


def test_every_template_of_the_portal_is_compiled_before_forking(pre_fork, capsys) -> None:
    engines["django"].engine.template_loaders[0].reset()
    engines["jinja2"].env.cache.clear()
    pre_fork(None, None)
    django = compiled_django()
    assert {"base.html", "submissions/my_returns.html", "submissions/review.html"} <= django
    assert not any(name.startswith("jinja2/") for name in django)  # the other engine's
    jinja = {template.name for _, template in engines["jinja2"].env.cache.items()}
    assert {"submissions/_return_cards.html", "submissions/_review_rows.html"} <= jinja
    assert capsys.readouterr().out == ""  # every template compiles
