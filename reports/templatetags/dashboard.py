from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from indicators.formatting import format_figure

from ..charts import of_row, trend_svg

register = template.Library()
EMPTY_CELL = mark_safe('<td class="text-center text-body-secondary">–</td>')


@register.simple_tag
def trend(row: Any) -> SafeString:
    return trend_svg(**of_row(row))


@register.filter
def shown(value: Any, row: Any) -> str:
    """A figure of this row in its unit; `*` where it was not available."""
    if value in (None, ""):
        return "*"
    return format_figure(Decimal(value), row.unit, row.decimals)


@register.simple_tag
def ytd_cell(row: Any) -> str:
    """The year to date as the paper shows it: `n/a` where the measure has none (a
    point-in-time figure), `*` where it could not be formed from what was available."""
    if row.ytd_method == "none":
        return "n/a"
    return shown(row.ytd_value, row)


@register.simple_tag
def rag_cell(value: str) -> SafeString:
    """A table cell coloured by RAG, always carrying the word."""
    if not value:
        return EMPTY_CELL
    css = "NA" if value == "N/A" else value
    return format_html('<td class="text-center rag-cell-{}">{}</td>', css, value)


@register.simple_tag
def forecast_cell(row: Any) -> SafeString:
    """The year end's RAG, with the outlook in words: on track, at risk, off track."""
    rag = row.year_end_rag
    if not rag:
        return EMPTY_CELL
    return format_html(
        '<td class="text-center rag-cell-{}">{}<span class="dash-label">{}</span></td>',
        rag,
        rag,
        row.outlook,
    )


@register.simple_tag
def alert_cell(value: str) -> SafeString:
    if not value:
        return EMPTY_CELL
    css = "alert-yes" if value == "Yes" else "alert-out"
    return format_html('<td class="text-center {}">{}</td>', css, value)


DIRECTION_WORDS = {"improved": "↑ improved", "worsened": "↓ worsened", "unchanged": "→ same"}


@register.filter
def direction_text(value: str) -> str:
    return DIRECTION_WORDS.get(value, "")
