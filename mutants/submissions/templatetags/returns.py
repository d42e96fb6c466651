from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html

from submissions.figures import usual_range

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
def outlier_range(row: Any) -> str:
    """For a reviewer, on the page and not only in a tooltip: why it is flagged."""
    found = row.outlier
    if not found:
        return ""
    return f"Far from the last 12 figures: usually {usual_range(row.indicator, found)}."


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


@register.simple_tag
def task_tag(ret: Any, with_id: bool = False) -> str:
    """A return's state for its owner, in words: To do, Draft, Returned to you..."""
    task = ret.task
    return format_html(
        '<strong class="task-tag task-{}"{}>{}</strong>',
        task.value,
        format_html(' id="task-{}"', ret.pk) if with_id else "",
        task.label,
    )


@register.simple_tag
def return_errors(formset: Any) -> dict[str, Any]:
    """My returns' errors for the error summary, in page order: each a link to its field
    (errors of the whole return link to its first field), named by the indicator's ref."""
    links: list[tuple[str, str]] = []
    returns = 0
    if formset is None or not formset.is_bound:
        return {"links": links, "returns": returns, "returns_text": ""}
    for form in formset.forms:
        if not form.errors:
            continue
        returns += 1
        ref = form.row.indicator.ref
        first = f"#{form.visible_fields()[0].auto_id}"
        links.extend((first, f"{ref}: {error}") for error in form.non_field_errors())
        for field in form:
            href = first if field.is_hidden else f"#{field.auto_id}"
            links.extend((href, f"{ref}: {error}") for error in field.errors)
    text = f"{returns} return{'s need' if returns != 1 else ' needs'} your attention"
    return {"links": links, "returns": returns, "returns_text": text}
