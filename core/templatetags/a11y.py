"""Tags every page uses to be usable with a keyboard and a screen reader."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.utils.html import format_html

from core.reversing import reverse_kept

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_link(
    context: dict[str, Any], label: str, name: str, also: str = "", within: str = ""
) -> str:
    """A navbar link that says, to a screen reader too, when it is the page you are on
    (`also`: other URL names of the same page) or the section you are in (`within`)."""
    match = getattr(context.get("request"), "resolver_match", None)
    here = match.url_name if match else None
    if here == name or here in also.split():
        current = "page"
    elif here in within.split():
        current = "true"
    else:
        current = ""
    return format_html(
        '<li class="nav-item"><a class="nav-link{}" href="{}"{}>{}</a></li>',
        " active" if current else "",
        reverse_kept(name),
        format_html(' aria-current="{}"', current) if current else "",
        label,
    )


@register.simple_tag
def session_attributes() -> str:
    """What static/js/portal.js needs to warn before the session ends (WCAG 2.2.1)."""
    return format_html(
        'data-session-seconds="{}" data-session-warning-seconds="{}" data-keepalive-url="{}"',
        settings.SESSION_COOKIE_AGE,
        settings.SESSION_WARNING_SECONDS,
        reverse_kept("session-keepalive"),
    )


@register.simple_tag
def form_error_links(form: Any) -> list[tuple[str, str]]:
    """A form's errors as (link to the field, message) for the error summary; errors that
    belong to no field link to the first field."""
    fields = [field for field in form.visible_fields()]
    if not form.is_bound or not form.errors or not fields:
        return []
    links = [(f"#{fields[0].auto_id}", str(error)) for error in form.non_field_errors()]
    for field in fields:
        links.extend((f"#{field.auto_id}", str(error)) for error in field.errors)
    return links


@register.simple_tag
def idle_time() -> str:
    """How long without a request ends a session, in words: `30 minutes`."""
    minutes, seconds = divmod(settings.SESSION_COOKIE_AGE, 60)
    if seconds:
        return f"{settings.SESSION_COOKIE_AGE} seconds"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


@register.inclusion_tag("_pagination.html")
def page_links(page: Any, query: str = "", label: str = "Pages") -> dict[str, Any]:
    """Links to the other pages of a list, keeping its filters (`query`): Previous, the
    first and last pages, a few either side of this one (the rest elided), and Next. The
    current page says so to a screen reader (aria-current)."""
    from django.core.paginator import Paginator

    numbers = page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    return {
        "page": page,
        "numbers": list(numbers),
        "ellipsis": Paginator.ELLIPSIS,
        "prefix": f"?{query}&page=" if query else "?page=",
        "label": label,
    }
