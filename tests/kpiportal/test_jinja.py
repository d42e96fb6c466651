"""The Jinja2 templates (My returns' cards) show values exactly as Django's engine would."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import engines
from django.utils.safestring import mark_safe
from jinja2 import DebugUndefined

from kpiportal.jinja import environment


def both(source_django: str, source_jinja: str, **context: object) -> tuple[str, str]:
    django = engines["django"].from_string(source_django).render(context)
    jinja = engines["jinja2"].from_string(source_jinja).render(context)
    return django, jinja


def test_text_is_escaped_as_everywhere_else_on_the_site() -> None:
    said = 'O\'Brien said "<b>up</b>" & more'
    django, jinja = both("{{ said }}", "{{ said }}", said=said)
    assert jinja == django == "O&#x27;Brien said &quot;&lt;b&gt;up&lt;/b&gt;&quot; &amp; more"


def test_a_time_is_shown_in_local_time_by_the_date_filter() -> None:
    at = datetime(2026, 7, 1, 8, 30, tzinfo=UTC)  # 09:30 in London, summer time
    django, jinja = both('{{ at|date:"j M H:i" }}', '{{ at|date("j M H:i") }}', at=at)
    assert jinja == django == "1 Jul 09:30"


VALUES = [None, 1234567, -5, Decimal("12.50"), 2.5, date(2026, 11, 1), True, mark_safe("<b>")]


@pytest.mark.parametrize("value", VALUES)
def test_values_are_shown_as_django_shows_them(value: object) -> None:
    django, jinja = both("{{ value }}", "{{ value }}", value=value)
    assert jinja == django


@pytest.mark.parametrize("value", VALUES)
def test_and_so_when_thousands_are_grouped(value: object, settings) -> None:  # noqa: ANN001
    settings.USE_THOUSAND_SEPARATOR = True
    django, jinja = both("{{ value }}", "{{ value }}", value=value)
    assert jinja == django


def test_a_missing_name_shows_nothing_even_while_debugging() -> None:
    debugging = environment(undefined=DebugUndefined, autoescape=True)  # as Django makes it
    template = "[{{ nobody }}{{ nobody.name }}{{ ret.decided_by.name }}]"
    assert debugging.from_string(template).render(ret=object()) == "[]"
