"""Form widgets written out in Python rather than through their templates.

Django renders every input, textarea and select through a template of its own (three or four
templates for one input: text.html includes input.html, which includes attrs.html). On
My returns, ten cards of seven fields, that was a third of the page's time at the deadline
(issue 14). `PythonWidgetRenderer` writes the same markup, character for character, for the
widgets whose templates are Django's own few lines, and hands every other template (and any
of these a project has overridden) to Django's template renderer as before.
tests/core/test_widgets.py compares the two on every widget it writes out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from django import forms
from django.forms.renderers import DjangoTemplates
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

_DJANGO_TEMPLATES = Path(forms.__file__).resolve().parent / "templates"
_PLAIN = Context(autoescape=True)  # as a widget's template shows `{{ value }}`: escaped, localised


def _shown(value: object) -> str:
    """`{{ value }}` in a widget's template (plain text, the usual case, escaped at once)."""
    if type(value) is str:
        return escape(value)
    return render_value_in_context(value, _PLAIN)


def _formatted(value: object) -> str:
    """`{{ value|stringformat:'s' }}`: the value as text, escaped unless already safe."""
    if type(value) is str:
        return escape(value)
    return conditional_escape(str(value))


def _attrs(attrs: Mapping[str, Any]) -> str:
    """django/forms/widgets/attrs.html."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        out.append(f" {_shown(name)}")
        if value is not True:
            out.append(f'="{_formatted(value)}"')
    return "".join(out)


def _input(widget: Mapping[str, Any]) -> str:
    """django/forms/widgets/input.html (text, number, hidden, checkbox, date, ... include it)."""
    value = widget["value"]
    shown = f' value="{_formatted(value)}"' if value is not None else ""
    return (
        f'<input type="{_shown(widget["type"])}" name="{_shown(widget["name"])}"{shown}'
        f"{_attrs(widget['attrs'])}>"
    )


def _textarea(widget: Mapping[str, Any]) -> str:
    value = widget["value"]
    return (
        f'<textarea name="{_shown(widget["name"])}"{_attrs(widget["attrs"])}>\n'
        f"{_shown(value) if value else ''}</textarea>"
    )


def _option(option: Mapping[str, Any]) -> str:
    return (
        f'<option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>'
        f"{_shown(option['label'])}</option>"
    )


def _select(widget: Mapping[str, Any]) -> str:
    out = [f'<select name="{_shown(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{_shown(group_name)}">')
        for option in group_choices:
            out.append(f"\n  {_option(option)}\n")  # the option template's own last line
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>")
    return "".join(out)


_INPUTS = (
    "text", "number", "email", "url", "password", "hidden", "checkbox", "date", "datetime",
    "time", "search", "tel", "color",
)  # fmt: skip
WRITERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    **{f"django/forms/widgets/{name}.html": _input for name in _INPUTS},
    "django/forms/widgets/input.html": _input,
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/widgets/select.html": _select,
}
# The templates each writer stands for, besides its own: the include chain.
_OPTION_TEMPLATE = "django/forms/widgets/select_option.html"
_ATTRS_TEMPLATE = "django/forms/widgets/attrs.html"
_INCLUDED = {
    name: ("django/forms/widgets/input.html", _ATTRS_TEMPLATE)
    for name, write in WRITERS.items()
    if write is _input
} | {
    "django/forms/widgets/textarea.html": (_ATTRS_TEMPLATE,),
    "django/forms/widgets/select.html": (_OPTION_TEMPLATE, _ATTRS_TEMPLATE),
}


class PythonWidgetRenderer(DjangoTemplates):
    """Django's default form renderer, but the common widgets written out in Python."""

    def __init__(self) -> None:
        super().__init__()
        self._own: dict[str, bool] = {}

    def _is_djangos(self, template_name: str) -> bool:
        """The template this renderer would load is Django's own file, not an override.

        Django's own renderer looks in its own folder first, so it never loads a project's
        override; a renderer built on this one that does (FORM_RENDERER = a subclass with
        other folders, or TemplatesSetting's) still gets the override."""
        if template_name not in self._own:
            self._own[template_name] = all(
                Path(self.get_template(name).origin.name)
                .resolve()
                .is_relative_to(_DJANGO_TEMPLATES)
                for name in (template_name, *_INCLUDED[template_name])
            )
        return self._own[template_name]

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        write = WRITERS.get(template_name)
        widget = context.get("widget")
        if (
            write is None
            or widget is None
            or not self._is_djangos(template_name)
            or any(callable(value) for value in widget["attrs"].values())  # the template calls
        ):
            return super().render(template_name, context, request=request)
        if template_name.endswith("select.html") and any(
            option.get("template_name") != _OPTION_TEMPLATE
            or any(callable(value) for value in option["attrs"].values())
            for _name, options, _index in widget["optgroups"]
            for option in options
        ):
            return super().render(template_name, context, request=request)
        # Stripped, as Django strips what a widget's template writes.
        return mark_safe(write(widget).strip())  # noqa: S308 - each value escaped as there
