"""The Jinja2 environment, for the parts of a page drawn once a return (issue 14).

My returns draws a card for every return it shows, and Review a row, and Django's template
engine spent more on their markup than the pages spent on anything else: measured, the
same card renders about five times faster in Jinja2. So the cards and rows
(templates/jinja2/, rendered into the Django page by the `jinja` tag) are Jinja2; every
page around them stays Django.

The output is the same HTML as Django's would be (only runs of whitespace between tags
differ): values are shown as Django shows them (local time, localized, escaped by Django's
`conditional_escape`, so an apostrophe is `&#x27;` as everywhere else on the site), and the
filters are Django's own functions. An undefined name shows as nothing, as in Django, even
with DEBUG. card_field and change_text, which only these templates use, are plain
functions in submissions/templatetags/returns.py, not Django tags.
"""

from __future__ import annotations

import html
from typing import Any

from django.conf import settings
from django.template import defaultfilters
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.timezone import template_localtime
from jinja2 import ChainableUndefined, Environment
from markupsafe import Markup

from core.reversing import reverse_kept
from indicators.templatetags import portal
from submissions.models import person_name
from submissions.templatetags import returns


def _shown(value: Any) -> Markup:
    """`{{ value }}` as Django's engine renders it (render_value_in_context): what is
    already HTML as it is, text escaped (as django.utils.html.escape does), a whole number
    as its digits unless thousands are grouped, and anything else by Django's own route."""
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    if type(value) is str:
        return Markup(html.escape(value))
    if type(value) is int and not settings.USE_THOUSAND_SEPARATOR:
        return Markup(value)
    return Markup(conditional_escape(localize(template_localtime(value))))


def _date(value: Any, arg: str | None = None) -> str:
    """Django's `date` filter, given the local time as Django's engine gives it."""
    return defaultfilters.date(template_localtime(value), arg)


def _url(name: str, *args: Any) -> str:
    return reverse_kept(name, *args)


def environment(**options: Any) -> Environment:
    # Not DebugUndefined (what Django gives with DEBUG): a missing name, or a name of
    # one, shows as nothing, as in Django.
    options["undefined"] = ChainableUndefined
    options["finalize"] = _shown
    env = Environment(**options)
    env.filters |= {
        "date": _date,
        "figure": portal.figure,
        "floatformat": defaultfilters.floatformat,
        "linebreaksbr": defaultfilters.linebreaksbr,
        "person": person_name,
        "truncatechars": defaultfilters.truncatechars,
    }
    env.globals |= {
        "url": _url,
        "card_field": returns.card_field,
        "change_text": returns.change_text,
        "outlier_range": returns.outlier_range,
        "rag_badge": portal.rag_badge,
        "status_badge": returns.status_badge,
        "task_tag": returns.task_tag,
    }
    return env
