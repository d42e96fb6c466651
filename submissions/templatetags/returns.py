from __future__ import annotations

from typing import Any

from django import forms, template
from django.template import engines
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from submissions.figures import usual_range

register = template.Library()

STATUS_CSS = {
    "draft": "text-bg-light border",
    "submitted": "text-bg-info",
    "returned": "text-bg-warning",
    "approved": "text-bg-success",
}


@register.simple_tag
def jinja(template_name: str, **context: Any) -> SafeString:
    """`{% jinja "submissions/_return_cards.html" rows=rows %}`: a Jinja2 template
    (templates/jinja2/) rendered here with the names given, for the parts of a page drawn
    once a return (kpiportal/jinja.py says why)."""
    rendered = engines["jinja2"].get_template(template_name).render(context)
    return mark_safe(rendered)  # noqa: S308 - Jinja2 escaped it, autoescape on


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
    if not formset or not formset.is_bound:  # none on the page (no month is open) or unsent
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


# The markup crispy-forms' bootstrap5 pack gives a field (as this project configures it:
# errors beside the field, "Error:" said before each), written out for My returns' cards.
# crispy's templates, rendered per field, were two thirds of the page's time (issue 14).
_CONTROL_CLASS = "form-control"
_ERROR = (
    '<span id="error_{}_{}"><strong><span class="visually-hidden">Error: </span>{}</strong></span>'
)


def _widget(field: forms.BoundField, control: str) -> SafeString:
    """The input, with the classes crispy adds: the widget's own name, then `control` (and
    is-invalid with errors); Django adds aria-invalid and aria-describedby."""
    widget = field.field.widget
    name = widget.__class__.__name__.lower()
    css = widget.attrs.get("class", "")
    css = (css if name in css else f"{css} {name}") if css else name
    for part in (f"{control} is-invalid" if field.errors else control).split():
        if part not in css.split():
            css += f" {part}"
    widget.attrs["class"] = css
    return mark_safe(str(field))


def _errors_and_help(field: forms.BoundField) -> SafeString:
    errors = field.errors
    said = (
        format_html(
            '<div id="{}_error" class="invalid-feedback">{}</div>',
            errors.field_id,
            format_html_join("", _ERROR, ((n, field.auto_id, e) for n, e in enumerate(errors, 1))),
        )
        if errors
        else ""
    )
    helped = (
        format_html(
            '<div id="{}_helptext" class="form-text">{}</div>',
            field.auto_id,
            mark_safe(field.help_text),  # noqa: S308 - the form's own text, as crispy's |safe
        )
        if field.help_text
        else ""
    )
    return format_html("{}{}", said, helped)


def card_field(field: forms.BoundField, wrapper_class: str = "") -> SafeString:
    """One field of a return's card: its label, input, errors beside it and help text."""
    if field.is_hidden:
        return mark_safe(str(field))
    wrapper = f" {wrapper_class}" if wrapper_class else ""
    if extra := field.css_classes():
        wrapper += f" {extra}"
    required = field.field.required
    star = mark_safe('<span class="asteriskField">*</span>') if required else ""
    if isinstance(field.field.widget, forms.CheckboxInput):
        return format_html(
            '<div class="mb-3"><div id="div_{}" class="form-check{}">{}'
            '<label for="{}" class="form-check-label{}">{}{}</label>{}</div></div>',
            field.auto_id,
            wrapper,
            _widget(field, "form-check-input"),
            field.id_for_label,
            " requiredField" if required else "",
            field.label,
            star,
            _errors_and_help(field),
        )
    label = (
        format_html(
            '<label for="{}" class="form-label{}">{}{}</label>',
            field.id_for_label,
            " requiredField" if required else "",
            field.label,
            star,
        )
        if field.label
        else ""
    )
    control = "form-select" if isinstance(field.field.widget, forms.Select) else _CONTROL_CLASS
    return format_html(
        '<div id="div_{}" class="mb-3{}">{}{}{}</div>',
        field.auto_id,
        wrapper,
        label,
        _widget(field, control),
        _errors_and_help(field),
    )
