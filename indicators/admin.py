from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from import_export.admin import ImportExportModelAdmin

from core.history import HistoryAdmin
from core.roles import Role, has_role

from . import periods
from .admin_import import PortalImportMixin
from .models import Directorate, FinancialYear, Indicator, ServiceArea, Target
from .resources import IndicatorResource, TargetResource
from .services import year_rollover


class PlainDecimalField(forms.DecimalField):
    """Shows 95 rather than 95.000000: the database keeps six places, people type fewer."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return super().prepare_value(value)


class MonthField(forms.DateField):
    """A period typed and shown as 2023-09, as in the spreadsheets: its first day is kept."""

    input_formats = ["%Y-%m", "%Y-%m-%d", "%d/%m/%Y"]
    widget = forms.DateInput(format="%Y-%m", attrs={"placeholder": "YYYY-MM", "size": 8})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.pop("widget", None)
        super().__init__(**kwargs)


def as_typed(value: Decimal | None) -> str:
    """A figure as it was typed: 96, not 96.000000; blank where there is none."""
    return "" if value is None else format(value.normalize(), "f")


PLAIN_DECIMALS = {
    models.DecimalField: {"form_class": PlainDecimalField},
    models.DateField: {"form_class": MonthField},
}


class ReasonForm(forms.ModelForm):
    change_reason = forms.CharField(
        label="Reason for this change",
        max_length=100,
        help_text="Kept in the audit trail, for example “Committee decision 18 May”.",
    )


class ReasonRequiredAdmin:
    """Every change to the catalogue or a target records why, in its history."""

    form = ReasonForm

    def get_form(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, **kwargs)
        if obj is None:  # adding: "why" is the new indicator or target itself
            # A copy: the field object is shared by every form class made from ReasonForm,
            # and making it optional for one "add" page made it optional for every edit.
            optional = copy.copy(form.base_fields["change_reason"])
            optional.required = False
            form.base_fields = {**form.base_fields, "change_reason": optional}
        return form

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        obj._change_reason = form.cleaned_data.get("change_reason") or "Added in the admin"
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        reason = form.cleaned_data.get("change_reason") or "Added in the admin"
        for inline_form in formset.forms:
            inline_form.instance._change_reason = reason
        super().save_formset(request, form, formset, change)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        form.instance._change_reason = (
            form.cleaned_data.get("change_reason") or "Added in the admin"
        )
        super().save_related(request, form, formsets, change)


class ServiceAreaInline(admin.TabularInline):
    model = ServiceArea
    extra = 0


@admin.register(Directorate)
class DirectorateAdmin(admin.ModelAdmin):
    list_display = ["name", "corporate_director", "cabinet_committee"]
    search_fields = ["name"]
    inlines = [ServiceAreaInline]


@admin.register(ServiceArea)
class ServiceAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "directorate", "head_of_service", "cabinet_member"]
    list_filter = ["directorate"]
    search_fields = ["name", "head_of_service", "cabinet_member"]


class TargetInlineForm(forms.ModelForm):
    """A row of the Targets table: each input named with its column and year (WCAG 1.3.1,
    4.1.2), as a screen reader does not take a column header as an input's label."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        year = self.instance.year.label if self.instance.year_id else "a new year"
        for name, field in self.fields.items():
            # The year's select sits inside the admin's related-field wrapper.
            widget = getattr(field.widget, "widget", field.widget)
            label = f"{field.label or name.capitalize()}, {year}"
            widget.attrs = {**widget.attrs, "aria-label": label}


class TargetInlineFormSet(forms.BaseInlineFormSet):
    def add_fields(self, form: forms.Form, index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            year = form.instance.year.label if form.instance.year_id else "this new row"
            form.fields["DELETE"].widget.attrs["aria-label"] = f"Delete the targets for {year}"


class TargetInline(admin.TabularInline):
    """The year's targets and, for a profiled target, each period's own (a period without
    one uses the year's)."""

    model = Target
    form = TargetInlineForm
    formset = TargetInlineFormSet
    formfield_overrides = PLAIN_DECIMALS
    extra = 0
    fields = [
        "year", "period", "target", "floor", "lower", "upper", "note", "revised", "provisional",
    ]  # fmt: skip
    ordering = ["-year__start_year", F("period").asc(nulls_first=True)]


@admin.register(Indicator)
class IndicatorAdmin(ReasonRequiredAdmin, PortalImportMixin, ImportExportModelAdmin, HistoryAdmin):
    resource_classes = [IndicatorResource]
    change_list_template = "admin/indicators/indicator/change_list.html"
    list_display = [
        "ref",
        "title",
        "service_area",
        "kind",
        "unit",
        "frequency",
        "ytd_method",
        "is_active",
    ]
    list_filter = ["kind", "frequency", "unit", "is_active", "service_area__directorate"]
    search_fields = ["ref", "title", "owners__username", "owners__last_name"]
    list_select_related = ["service_area"]
    filter_horizontal = ["owners"]
    autocomplete_fields = ["context_for"]
    inlines = [TargetInline]
    fieldsets = [
        (None, {"fields": ["ref", "title", "definition", "service_area", "is_active"]}),
        (
            "How it is measured and rated",
            {
                "fields": [
                    "kind",
                    "unit",
                    "decimals",
                    "polarity",
                    "frequency",
                    "rolling_12",
                    "ytd_method",
                    "takes_fraction",
                    "numerator_label",
                    "denominator_label",
                    "context_for",
                ]
            },
        ),
        (
            "Range of figures and amber band",
            {
                "fields": ["minimum", "maximum", "amber_tolerance"],
                "description": "Only where the council's scheme needs them: figures that may "
                "be negative, or AMBER within a percentage of a target that has no floor.",
            },
        ),
        ("Owners", {"fields": ["owners"]}),
        (
            "National references and source systems",
            {
                "fields": ["lof_id", "oflog_id", "lginform_id", "api_submits"],
                "description": "The same measure in national frameworks, published with the "
                "open data; and what a figure posted through the API becomes.",
            },
        ),
        (None, {"fields": ["change_reason"]}),
    ]


@admin.register(FinancialYear)
class FinancialYearAdmin(admin.ModelAdmin):
    list_display = ["label", "starts_on", "ends_on"]
    change_list_template = "admin/indicators/financialyear/change_list.html"

    def get_urls(self) -> list:
        extra = [
            path(
                "open-next/",
                self.admin_site.admin_view(self.open_next_view),
                name="indicators_financialyear_open_next",
            )
        ]
        return extra + super().get_urls()

    def next_year(self) -> int:
        latest = FinancialYear.objects.order_by("-start_year").first()
        return latest.start_year + 1 if latest else periods.financial_year_of(timezone.localdate())

    def open_next_view(self, request: HttpRequest) -> HttpResponse:
        """Open the next financial year, carrying every target over as provisional."""
        if not (has_role(request.user, Role.ADMIN) and self.has_add_permission(request)):
            return redirect("admin:index")
        start = self.next_year()
        if request.method == "POST":
            done = year_rollover(start_year=start, user=request.user)
            text = (
                f"Opened {done.year.label}: {done.carried} indicators carry last year's targets, "
                "marked provisional until the committee's are imported."
            )
            if done.without:
                text += f" No targets last year, so none carried: {', '.join(done.without)}."
            messages.success(request, text)
            return redirect("admin:indicators_target_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": f"Open {periods.year_label(start)}",
            "opts": self.model._meta,
            "label": periods.year_label(start),
            "previous": periods.year_label(start - 1),
            "active": Indicator.objects.active().count(),
        }
        return TemplateResponse(request, "admin/indicators/open_year.html", context)


@admin.register(Target)
class TargetAdmin(ReasonRequiredAdmin, PortalImportMixin, ImportExportModelAdmin, HistoryAdmin):
    resource_classes = [TargetResource]
    list_display = [
        "ref",
        "indicator_title",
        "year",
        "period_label",
        "shown_target",
        "shown_floor",
        "shown_lower",
        "shown_upper",
        "note",
        "revised",
        "provisional",
    ]
    list_display_links = ["ref", "indicator_title"]

    @admin.display(description="ref", ordering="indicator__ref")
    def ref(self, target: Target) -> str:
        return target.indicator.ref

    @admin.display(description="indicator", ordering="indicator__title")
    def indicator_title(self, target: Target) -> str:
        title = target.indicator.title
        return title if len(title) <= 60 else title[:57] + "…"

    @admin.display(description="target", ordering="target")
    def shown_target(self, target: Target) -> str:
        return as_typed(target.target)

    @admin.display(description="floor", ordering="floor")
    def shown_floor(self, target: Target) -> str:
        return as_typed(target.floor)

    @admin.display(description="lower", ordering="lower")
    def shown_lower(self, target: Target) -> str:
        return as_typed(target.lower)

    @admin.display(description="upper", ordering="upper")
    def shown_upper(self, target: Target) -> str:
        return as_typed(target.upper)

    list_filter = ["year", "provisional", "revised", "indicator__kind"]
    formfield_overrides = PLAIN_DECIMALS
    ordering = ["year__start_year", "indicator__ref", F("period").asc(nulls_first=True)]
    search_fields = ["indicator__ref", "indicator__title"]
    list_select_related = ["indicator", "year"]
    autocomplete_fields = ["indicator"]
