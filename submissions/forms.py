"""Forms for returns: thin wrappers that turn text into Decimals and ask `figures` for the rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model
from django.forms.formsets import BaseFormSet, formset_factory

from core.roles import Role
from indicators.models import Indicator, ServiceArea
from indicators.numbers import NotAFigure, parse_figure
from indicators.rating import Rag
from indicators.year_end import YearEnd

from .actions import ActionChanges, ActionData
from .checks import Outlier
from .figures import (
    Preview,
    ReturnData,
    figure_problems,
    preview,
    submit_problems,
    unanswered,
)
from .models import Action, Deputy, Return, person_name
from .selectors import (
    ALL_STATES,
    AWAITING_REVIEW,
    RAG_CHOICES,
    ReturnRow,
    ReviewFilters,
)

FIGURE_WIDGET = {"inputmode": "decimal", "autocomplete": "off", "class": "text-end"}
# A date picker: its value must be ISO (2027-01-31), whatever the language's own format.
DATE_WIDGET = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
COMMENTARY_MAX = 4000


def parse_number(text: str, unit: str = "") -> Decimal | None:
    """A typed figure, read as indicators.numbers reads every figure; a message if not."""
    try:
        return parse_figure(text, unit=unit)
    except NotAFigure as error:
        raise forms.ValidationError(str(error)) from None


class ReturnForm(forms.Form):
    """One indicator's return. `submitting` adds the checks a submission must pass."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    value = forms.CharField(label="Figure", required=False, max_length=40)
    numerator = forms.CharField(required=False, max_length=40)
    denominator = forms.CharField(required=False, max_length=40)
    not_available = forms.BooleanField(label="Not available this month", required=False)
    not_available_reason = forms.CharField(label="Why not", required=False, max_length=500)
    commentary = forms.CharField(
        required=False,
        max_length=COMMENTARY_MAX,
        widget=forms.Textarea(attrs={"rows": 3, "data-character-count": COMMENTARY_MAX}),
        help_text="Required for a red figure: what happened, why, and what is being done.",
        error_messages={
            "max_length": f"Commentary must be {COMMENTARY_MAX:,} characters or fewer "
            "(it has %(show_value)s)."
        },
    )
    outlier_confirmed = forms.BooleanField(label="I have checked this figure", required=False)
    no_action_reason = forms.CharField(
        label="Why no action is open",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="From a second red month running, record an action, or say here why none.",
    )
    forecast = forms.CharField(
        label="Your year-end forecast (optional)",
        required=False,
        max_length=40,
        help_text="Only where you expect the year to end differently from the projection.",
    )
    forecast_reason = forms.CharField(
        label="Why your forecast differs", required=False, max_length=500
    )
    reply = forms.CharField(
        label="Your answer to the reviewer",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Sent with the return when you submit it again, and kept in its history. "
        "Needed if you resubmit it without changing it.",
    )
    typed: ReturnData | None = None  # set by clean() once the figures are read

    def __init__(self, *args: Any, row: ReturnRow, submitting: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.row = row
        self.submitting = submitting
        self._add_action_fields(row)
        indicator: Indicator = row.indicator
        for name in ("value", "numerator", "denominator"):
            self.fields[name].widget.attrs.update(FIGURE_WIDGET)
        if indicator.takes_fraction:
            del self.fields["value"]
            self.fields["numerator"].label = (indicator.numerator_label or "Numerator").capitalize()
            self.fields["denominator"].label = (
                indicator.denominator_label or "Denominator"
            ).capitalize()
        else:
            del self.fields["numerator"], self.fields["denominator"]
            self.fields["value"].label = f"Figure ({indicator.get_unit_display().lower()})"
        if not indicator.is_kpi:
            self.fields["commentary"].help_text = "Optional: anything a reader should know."
        self.fields["forecast"].widget.attrs.update(FIGURE_WIDGET)
        # The owner's own year end, for KPIs that have one (shown by the page beside the
        # projection); why no action is open, only after a red month with none open.
        extra = []
        if not (indicator.is_kpi and indicator.ytd_method != Indicator.YtdMethod.NONE):
            del self.fields["forecast"], self.fields["forecast_reason"]
        if row.ret.status != Return.Status.RETURNED:
            del self.fields["reply"]
        if row.previous_red and indicator.is_kpi and not row.actions:
            extra.append("no_action_reason")
        else:
            del self.fields["no_action_reason"]
        self.fields["commentary"].help_text += f" Up to {COMMENTARY_MAX:,} characters."
        # The card's fields in order, each with its wrapper's class (the page renders
        # them with `card_field`); last period's commentary can be copied in between.
        figures = ["numerator", "denominator"] if indicator.takes_fraction else ["value"]
        self.card_layout = (
            [
                *((name, "figure-input") for name in figures),
                ("not_available", "mb-1"),
                ("not_available_reason", "na-reason"),
                ("commentary", ""),
            ],
            [
                *([("reply", "")] if "reply" in self.fields else []),
                ("outlier_confirmed", "outlier-confirm"),
                *((name, "") for name in extra),
            ],
        )

    @property
    def card_fields_before(self) -> list[tuple[Any, str]]:
        """The card's fields up to the commentary, each with its wrapper's class."""
        return [(self[name], wrapper) for name, wrapper in self.card_layout[0]]

    @property
    def card_fields_after(self) -> list[tuple[Any, str]]:
        """The card's fields after "Copy last month's commentary"."""
        return [(self[name], wrapper) for name, wrapper in self.card_layout[1]]

    @classmethod
    def initial_for(cls, row: ReturnRow) -> dict[str, Any]:
        ret = row.ret
        text = {
            name: "" if getattr(ret, name) is None else format(getattr(ret, name).normalize(), "f")
            for name in ("value", "numerator", "denominator", "forecast")
        }
        return {
            **text,
            "version": ret.version,
            "not_available": ret.not_available,
            "not_available_reason": ret.not_available_reason,
            "commentary": ret.commentary,
            "outlier_confirmed": ret.outlier_confirmed,
            "no_action_reason": ret.no_action_reason,
            "forecast_reason": ret.forecast_reason,
            "reply": ret.owner_reply,
        }

    # Action plans, on the return itself: a new action, and for each open one a one-click
    # "still on track" or an update (status, due date, a note). Rendered by the page's
    # actions block, not among `card_layout` (which lists the figures and what goes with them).
    NEW_ACTION = ("new_action", "new_action_lead", "new_action_due")

    def _add_action_fields(self, row: ReturnRow) -> None:
        if not row.indicator.is_kpi:
            return
        self.fields["new_action"] = forms.CharField(
            label="What will be done", required=False, max_length=1000,
            widget=forms.Textarea(attrs={"rows": 2}),
        )  # fmt: skip
        self.fields["new_action_lead"] = forms.CharField(
            label="Who leads it", required=False, max_length=120
        )
        self.fields["new_action_due"] = forms.DateField(
            label="Due by", required=False, widget=DATE_WIDGET
        )
        self.action_rows = []
        for action in row.actions:
            key = f"action_{action.pk}"
            self.fields[f"{key}_on_track"] = forms.BooleanField(
                label="Still on track", required=False
            )
            self.fields[f"{key}_status"] = forms.ChoiceField(
                label="Status", choices=Action.Status.choices, initial=action.status
            )
            self.fields[f"{key}_due"] = forms.DateField(
                label="Due by", initial=action.due, widget=DATE_WIDGET
            )
            self.fields[f"{key}_note"] = forms.CharField(
                label="Progress note", required=False, max_length=2000
            )
            self.action_rows.append(
                (action, *(self[f"{key}_{part}"] for part in ("on_track", "status", "due", "note")))
            )

    action_rows: list[tuple[Any, ...]] = []

    @property
    def new_action_fields(self) -> list[Any]:
        return [self[name] for name in self.NEW_ACTION if name in self.fields]

    def _clean_actions(self, cleaned: dict[str, Any]) -> None:
        given = [bool(cleaned.get(name)) for name in self.NEW_ACTION if name in self.fields]
        if any(given) and not all(given):
            for name, message in (
                ("new_action", "Say what will be done."),
                ("new_action_lead", "Say who leads it."),
                ("new_action_due", "Give the date it is due by."),
            ):
                if not cleaned.get(name):
                    self.add_error(name, message)

    def action_changes(self) -> ActionChanges:
        """What the owner asked of the indicator's actions with this return."""
        c = self.cleaned_data
        new = None
        if all(c.get(name) for name in self.NEW_ACTION if name in self.fields) and c.get(
            "new_action"
        ):
            new = ActionData(c["new_action"], c["new_action_lead"], c["new_action_due"])
        updates, on_track = {}, set()
        for action, *_ in getattr(self, "action_rows", []):
            key = f"action_{action.pk}"
            status, due, note = c.get(f"{key}_status"), c.get(f"{key}_due"), c.get(f"{key}_note")
            if status != action.status or due != action.due or (note or "").strip():
                data = ActionData(action.description, action.lead, due or action.due, status)
                updates[action.pk] = (data, note or "")
            elif c.get(f"{key}_on_track"):
                on_track.add(action.pk)
        return ActionChanges(new=new, updates=updates, on_track=on_track)

    def _clean_number(self, name: str) -> Decimal | None:
        unit = "" if name in ("numerator", "denominator") else self.row.indicator.unit
        return parse_number(self.cleaned_data.get(name, "") or "", unit)

    def clean_value(self) -> Decimal | None:
        return self._clean_number("value")

    def clean_numerator(self) -> Decimal | None:
        return self._clean_number("numerator")

    def clean_denominator(self) -> Decimal | None:
        return self._clean_number("denominator")

    def clean_forecast(self) -> Decimal | None:
        return self._clean_number("forecast")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if any(name in self.errors for name in ("value", "numerator", "denominator")):
            return cleaned
        self._clean_actions(cleaned)
        data = self.typed = self.data_for_service(cleaned)
        problems = figure_problems(self.row.indicator, data)
        if not problems and self.submitting:
            judging = self.row.judging()
            if cleaned.get("new_action"):  # the action being added counts
                judging = replace(judging, open_actions=judging.open_actions + 1)
            problems = submit_problems(self.row.indicator, data, judging) or unanswered(
                self.row.ret, data, self.row.ret.version
            )
        for name, message in problems.items():
            self.add_error(name if name in self.fields else None, message)
        return cleaned

    @property
    def judged(self) -> ReturnData | None:
        """The figures the card rates and checks: once posted, what was typed (None if it
        could not be read as numbers), so the page speaks of them and not the saved ones."""
        if not self.is_bound:
            return ReturnData.of(self.row.ret)
        self.errors  # noqa: B018 - cleaning the form records what was typed
        return self.typed

    @cached_property
    def preview(self) -> Preview | None:
        """What the card's figures show and rate (figures.preview), or None where what was
        typed could not be read as numbers."""
        data, row = self.judged, self.row
        if data is None:
            return None
        return preview(
            row.indicator,
            data,
            target=row.target,
            history=row.history,
            year_end=row.year_end_with(data),
        )

    @property
    def rag(self) -> Rag | None:
        return self.preview.rag if self.preview else None

    @property
    def year_end(self) -> YearEnd | None:
        """The projected year end, counting the figures typed for this month."""
        return self.preview.year_end if self.preview else None

    @property
    def shown_as(self) -> str:
        return self.preview.shown_as if self.preview else ""

    @property
    def commentary_copied(self) -> bool:
        """The commentary on the card (as typed, once posted) is last period's, unedited."""
        said = self.data.get(self.add_prefix("commentary")) if self.is_bound else None
        if said is None:
            said = self.row.ret.commentary
        previous = self.row.previous_commentary.strip()
        return bool(previous) and said.strip() == previous

    @property
    def forecast_fields(self) -> list[Any]:
        return [self[name] for name in ("forecast", "forecast_reason") if name in self.fields]

    @property
    def shows_actions(self) -> bool:
        """Actions belong on a red or amber KPI, or one that has some open already."""
        return bool(
            getattr(self, "action_rows", [])
            or self.rag in (Rag.RED, Rag.AMBER)
            or (self.row.previous_red and self.row.indicator.is_kpi)
        )

    @property
    def figure(self) -> Decimal | None:
        return self.preview.figure if self.preview else None

    @property
    def outlier(self) -> Outlier | None:
        return self.preview.outlier if self.preview else None

    @property
    def outlier_text(self) -> str:
        return self.preview.outlier_message if self.preview else ""

    @property
    def outlier_notice(self) -> str:
        """The outlier check as a notice under the form, unless it is already the error
        beside the figure."""
        text = self.outlier_text
        errors = self.errors if self.is_bound else {}
        shown = {str(e) for name in ("value", "numerator") for e in errors.get(name, [])}
        return "" if text in shown else text

    def data_for_service(self, cleaned: dict[str, Any] | None = None) -> ReturnData:
        c = self.cleaned_data if cleaned is None else cleaned
        return ReturnData(
            value=c.get("value"),
            numerator=c.get("numerator"),
            denominator=c.get("denominator"),
            not_available=bool(c.get("not_available")),
            not_available_reason=c.get("not_available_reason", ""),
            commentary=c.get("commentary", ""),
            outlier_confirmed=bool(c.get("outlier_confirmed")),
            no_action_reason=c.get("no_action_reason", ""),
            forecast=c.get("forecast"),
            forecast_reason=c.get("forecast_reason", ""),
            reply=c.get("reply", ""),
        )


class BaseReturnFormSet(BaseFormSet):
    """One ReturnForm per return row, each prefixed by its return's id, not its position,
    so a posted form always lands on the return it was typed for."""

    def __init__(
        self, *args: Any, rows: list[ReturnRow], submitting: set[int] | None = None, **kwargs: Any
    ) -> None:
        self.rows = rows
        self.submitting = submitting or set()
        kwargs.setdefault("initial", [ReturnForm.initial_for(row) for row in rows])
        super().__init__(*args, **kwargs)

    def total_form_count(self) -> int:
        return len(self.rows)

    def initial_form_count(self) -> int:
        return len(self.rows)

    def add_prefix(self, index: Any) -> str:
        if isinstance(index, int):
            return f"r{self.rows[index].ret.pk}"
        return super().add_prefix(index)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        if index is None:
            raise ValueError("Return forms are made only for existing returns.")
        row = self.rows[index]
        return {"row": row, "submitting": row.ret.pk in self.submitting}

    @property
    def management_form(self) -> forms.Form:
        # Forms are keyed by return id, not counted, so there is no management form to check.
        return forms.Form(prefix=self.prefix)

    def full_clean(self) -> None:
        self._errors, self._non_form_errors = [], self.error_class(renderer=self.renderer)
        if not self.is_bound:
            return
        for form in self.forms:
            self._errors.append(form.errors)


ReturnFormSet = formset_factory(ReturnForm, formset=BaseReturnFormSet, extra=0)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The owner sees this.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, action_label: str = "Send back", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", action_label, css_class="btn-warning"))


class ReviewFilterForm(forms.Form):
    """Review's filters, read from the page's query string. A value it does not know is
    dropped and said in plain words (`problems`); the page is never refused for it."""

    area = forms.ChoiceField(
        required=False,
        error_messages={"invalid_choice": "There is no such service area: showing every area."},
    )
    state = forms.ChoiceField(
        required=False,
        choices=[(ALL_STATES, "All"), *Return.Status.choices],
        error_messages={"invalid_choice": "A return cannot be in that state: showing every state."},
    )
    rag = forms.ChoiceField(
        required=False,
        choices=[("", "All"), *RAG_CHOICES],
        error_messages={"invalid_choice": "That is not a RAG rating: showing every rating."},
    )
    overdue = forms.BooleanField(required=False)

    def __init__(self, data: Any, *, areas: Iterable[ServiceArea]) -> None:
        super().__init__(data)
        self.area_choices = [(str(a.pk), f"{a.directorate.name}: {a.name}") for a in areas]
        self.fields["area"].choices = [("", "All"), *self.area_choices]

    @property
    def problems(self) -> list[str]:
        return [str(message) for messages in self.errors.values() for message in messages]

    def filters(self) -> ReviewFilters:
        """The filters to apply. With no state named, the returns awaiting review, unless
        another filter is chosen (then every state); a state not understood: every state."""
        self.is_valid()
        cleaned = self.cleaned_data  # the fields understood
        area, rag = cleaned.get("area", ""), cleaned.get("rag", "")
        overdue = cleaned.get("overdue", False)
        state = self.data.get("state")
        if state is None:
            state = ALL_STATES if (area or rag or overdue) else AWAITING_REVIEW
        elif "state" in self.errors or not state:
            state = ALL_STATES
        return ReviewFilters(area=area, state=state, rag=rag, overdue=overdue)


class DeputyForm(forms.ModelForm):
    """An owner names who covers their returns while they are away."""

    class Meta:
        model = Deputy
        fields = ["deputy", "starts", "ends"]
        widgets = {"starts": DATE_WIDGET, "ends": DATE_WIDGET}
        labels = {"deputy": "Who covers for you", "starts": "From", "ends": "Until"}
        help_texts = {
            "deputy": "Another indicator owner. They see your returns, fill them in and submit "
            "them for you; they are reminded with you.",
            "ends": "The last day of the cover: they can no longer act for you after it.",
        }

    def __init__(self, *args: Any, owner: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner, self.today = owner, today
        people = (
            get_user_model()
            .objects.filter(is_active=True, groups__name=Role.OWNER.value)
            .exclude(pk=owner.pk)
        )
        field = self.fields["deputy"]
        field.queryset = people.order_by("first_name", "last_name", "username")
        field.label_from_instance = person_name
        field.empty_label = "Choose a person"
        self.helper = FormHelper()
        self.helper.add_input(Submit("add", "Name this deputy"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        starts, ends = cleaned.get("starts"), cleaned.get("ends")
        if starts and ends and ends < starts:
            self.add_error("ends", "The cover must end on or after the day it starts.")
        elif ends and ends < self.today:
            self.add_error("ends", "That date has passed: give the last day of the cover.")
        return cleaned
