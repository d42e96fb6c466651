"""The widgets written out in Python (core.widgets) are character for character what Django's
templates write, for any name, value and attributes."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.template.backends.django import DjangoTemplates as DjangoBackend
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from core.widgets import WRITERS, PythonWidgetRenderer

TEMPLATES = DjangoTemplates()
PYTHON = PythonWidgetRenderer()

text = st.text(alphabet=st.sampled_from("aZ9 _-<>&\"'é\n"), max_size=12)
attribute_value = st.one_of(
    text, st.booleans(), st.integers(-3, 300), st.none(), text.map(mark_safe)
)
attrs = st.dictionaries(st.sampled_from(["class", "id", "maxlength", "data-x", "aria-describedby",
                                         "required", "disabled", "placeholder"]),
                        attribute_value, max_size=5)  # fmt: skip
value = st.one_of(
    st.none(), text, st.integers(-1000, 1000), st.booleans(), text.map(mark_safe), st.just(""),
    st.decimals(-10**6, 10**6, places=2), st.floats(-1e6, 1e6, allow_nan=False),
    text.map(gettext_lazy),
)  # fmt: skip

INPUTS = [
    forms.TextInput, forms.NumberInput, forms.EmailInput, forms.URLInput, forms.HiddenInput,
    forms.SearchInput, forms.TelInput, forms.ColorInput, forms.CheckboxInput, forms.Textarea,
]  # fmt: skip


def both(widget: forms.Widget, name: str, shown: object, extra: dict) -> tuple[str, str]:
    return (
        widget.render(name, shown, attrs=extra, renderer=PYTHON),
        widget.render(name, shown, attrs=extra, renderer=TEMPLATES),
    )


@pytest.mark.parametrize("kind", INPUTS, ids=lambda kind: kind.__name__)
@examples(max_examples=60, deadline=None)
@given(name=text, shown=value, own=attrs, extra=attrs)
def test_an_input_or_textarea_is_written_as_its_template_writes_it(kind, name, shown, own, extra):
    python, template = both(kind(attrs=own), name, shown, extra)
    assert python == template


@pytest.mark.parametrize("kind", [forms.NumberInput, forms.TextInput, forms.Select])
def test_localised_figures_and_labels_as_their_templates(kind, settings):
    settings.USE_THOUSAND_SEPARATOR = True
    widget = kind(choices=[(Decimal("1234.5"), 1234.5)]) if kind is forms.Select else kind()
    for language in ("en-gb", "de"):
        with translation.override(language):
            python, template = both(widget, "figure", Decimal("1234.5"), {"data-n": 1234})
            assert python == template


def test_an_attribute_given_as_a_function_is_called_as_the_template_calls_it():
    widget = forms.TextInput(attrs={"data-x": lambda: "called"})
    python, template = both(widget, "figure", "1", {})
    assert python == template and 'data-x="called"' in python


@examples(max_examples=40, deadline=None)
@given(name=text, shown=value, own=attrs, secret=st.booleans())
def test_a_password_input_as_its_template(name, shown, own, secret):
    python, template = both(forms.PasswordInput(attrs=own, render_value=secret), name, shown, {})
    assert python == template


@pytest.mark.parametrize(
    ("kind", "shown"),
    [
        (forms.DateInput, date(2026, 11, 25)),
        (forms.DateTimeInput, datetime(2026, 11, 25, 9, 30)),
        (forms.TimeInput, time(9, 30)),
    ],
)
def test_dates_and_times_as_their_templates(kind, shown):
    python, template = both(kind(attrs={"class": "x"}), "when", shown, {"id": "id_when"})
    assert python == template


choice = st.tuples(st.one_of(text, st.integers(0, 9)), text)
choices = st.lists(
    st.one_of(choice, st.tuples(text, st.lists(choice, min_size=1, max_size=3))), max_size=5
)


@examples(max_examples=80, deadline=None)
@given(name=text, options=choices, own=attrs, pick=st.one_of(st.none(), text, st.integers(0, 9)))
def test_a_select_with_options_and_groups_as_its_templates(name, options, own, pick):
    python, template = both(forms.Select(attrs=own, choices=options), name, pick, {})
    assert python == template


def test_a_select_multiple_radios_and_a_yes_no_select_as_their_templates():
    for widget in (
        forms.SelectMultiple(choices=[(1, "a"), (2, "b")]),
        forms.RadioSelect(choices=[(1, "a"), (2, "b")]),
        forms.NullBooleanSelect(),
    ):
        assert widget.render("x", "1", renderer=PYTHON) == widget.render(
            "x", "1", renderer=TEMPLATES
        )


def test_a_widget_template_overridden_by_the_project_is_used_not_bypassed(tmp_path):
    """If the portal ever overrides a widget's template, the override is what is written."""
    folder = tmp_path / "django" / "forms" / "widgets"
    folder.mkdir(parents=True)
    (folder / "text.html").write_text('<input data-overridden name="{{ widget.name }}">')

    class Overridden(PythonWidgetRenderer):
        @cached_property
        def engine(self) -> DjangoBackend:  # the project's folder before Django's own
            djangos = Path(forms.__file__).parent / "templates"
            return DjangoBackend(
                {"APP_DIRS": True, "DIRS": [tmp_path, djangos], "NAME": "o", "OPTIONS": {}}
            )

    written = forms.TextInput().render("figure", "12", renderer=Overridden())
    assert written == '<input data-overridden name="figure">'


def test_the_portal_renders_its_forms_with_it_and_every_template_it_writes_is_djangos():
    assert isinstance(get_default_renderer(), PythonWidgetRenderer)
    for template_name in WRITERS:
        assert TEMPLATES.get_template(template_name)  # every name is a real Django template
