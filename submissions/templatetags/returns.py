from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html

from submissions.figures import outlier_message

register = template.Library()

STATUS_CSS = {
    "draft": "text-bg-light border",
    "submitted": "text-bg-info",
    "returned": "text-bg-warning",
    "approved": "text-bg-success",
}


@register.simple_tag
def status_badge(status: str) -> str:
    from submissions.models import Return

    label = Return.Status(status).label
    return format_html('<span class="badge {}">{}</span>', STATUS_CSS.get(status, ""), label)


@register.simple_tag
def outlier_text(row: Any) -> str:
    found = row.outlier
    return outlier_message(row.indicator, found) if found else ""


@register.simple_tag
def change_text(row: Any) -> str:
    """The change since the last period, signed, with whether it is better or worse."""
    from indicators.formatting import format_figure

    change = row.change
    if change is None:
        return ""
    sign = "+" if change > 0 else ""
    unit = row.indicator.unit
    if unit == "percent":  # a change in a percentage is in percentage points
        text = f"{sign}{format_figure(change, 'number', row.indicator.decimals)} pts"
    else:
        text = sign + format_figure(change, unit, row.indicator.decimals)
    direction = row.direction
    if not row.indicator.is_kpi or direction is None or direction.value == "unchanged":
        return text
    css = "text-success" if direction.value == "improved" else "text-danger"
    return format_html(
        '<span class="{}">{} <span class="small">({})</span></span>', css, text, direction.value
    )
