from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from indicators.formatting import format_figure

register = template.Library()
NO_RATING = '<span class="rag rag-none">–<span class="visually-hidden"> no rating</span></span>'


@register.filter
def figure(value: Decimal | None, indicator: Any) -> str:
    """`{{ value|figure:indicator }}`: the figure in the indicator's unit and decimals."""
    return format_figure(value, indicator.unit, indicator.decimals)


@register.simple_tag
def rag_badge(value: Any) -> str:
    """A RAG as a coloured badge that always carries the word."""
    if not value:
        return mark_safe(NO_RATING)
    css = "NA" if str(value) == "N/A" else str(value)
    return format_html('<span class="rag rag-{}">{}</span>', css, str(value))


@register.filter
def duration(value: Any) -> str:
    """A timedelta in words: `15 minutes`, `1 hour`."""
    seconds = int(value.total_seconds()) if value else 0
    minutes = seconds // 60
    if minutes % 60 == 0 and minutes >= 60:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"
