from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from import_export.admin import ImportExportMixin

from core.history import HistoryAdmin
from core.roles import Role, has_role, roles_of
from indicators.admin import IndicatorAdmin
from indicators.admin_import import PortalImportMixin
from indicators.models import Indicator

from .handover import in_flight, ownership_handover
from .models import Deputy, Notification, Reminder, Return, ReturnPeriod, person_name
from .resources import ResultResource


@admin.register(ReturnPeriod)
class ReturnPeriodAdmin(admin.ModelAdmin):
    list_display = ["label", "year", "opens_on", "deadline", "opened_at"]
    list_filter = ["year"]
    readonly_fields = ["opened_at", "opened_by"]


@admin.register(Return)
class ReturnAdmin(PortalImportMixin, ImportExportMixin, HistoryAdmin):
    """Read-only, but for importing results from before the portal: figures and their
    sign-off otherwise change only through the portal's pages."""

    resource_classes = [ResultResource]

    def get_export_queryset(self, request: object) -> object:
        # Results are approved figures: a draft exported and imported would be approved.
        return super().get_export_queryset(request).filter(status=Return.Status.APPROVED)

    list_display = ["indicator", "period", "value", "not_available", "status", "updated_at"]
    list_filter = ["status", "period", "indicator__service_area"]
    search_fields = ["indicator__ref", "indicator__title"]
    list_select_related = ["indicator", "period"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["ret", "sent_on", "kind"]
    list_filter = ["sent_on", "kind"]
    list_select_related = ["ret__indicator", "ret__period"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """E-mails owed: one unsent for long means the worker or the mail server is down."""

    list_display = ["ret", "event", "created_at", "sent_at", "attempts", "last_error"]
    list_filter = ["event", ("sent_at", admin.EmptyFieldListFilter)]
    list_select_related = ["ret__indicator", "ret__period"]
    readonly_fields = ["ret", "event", "created_at", "sent_at", "attempts", "last_error"]

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(Deputy)
class DeputyAdmin(HistoryAdmin):
    """Cover for an owner's leave, set by the owner on their Cover page, or here for them."""

    list_display = ["deputy", "owner", "starts", "ends"]
    list_filter = ["starts"]
    search_fields = ["owner__username", "owner__last_name", "deputy__username", "deputy__last_name"]
    autocomplete_fields = ["owner", "deputy"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request: object, obj: Deputy, form: object, change: bool) -> None:
        if not change:
            obj.created_by = request.user  # type: ignore[attr-defined]
        super().save_model(request, obj, form, change)


class PersonChoiceField(forms.ModelChoiceField):
    """People by name, with the username to tell two of the same name apart."""

    def label_from_instance(self, obj: Any) -> str:
        name = obj.get_full_name()
        return f"{name} ({obj.username})" if name else obj.username


class HandoverForm(forms.Form):
    leaving = PersonChoiceField(
        queryset=get_user_model()
        .objects.filter(owned_indicators__isnull=False)
        .distinct()
        .order_by("first_name", "last_name", "username"),
        label="Owner who is leaving",
    )
    successor = PersonChoiceField(
        queryset=get_user_model()
        .objects.filter(is_active=True)
        .order_by("first_name", "last_name", "username"),
        label="Hand their indicators to",
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
    make_owner = forms.BooleanField(
        required=False, label="Yes: add them to the Indicator owners group"
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("leaving") and cleaned.get("leaving") == cleaned.get("successor"):
            self.add_error("successor", "Choose a different person.")
        return cleaned


class IndicatorWithHandoverAdmin(IndicatorAdmin):
    """The catalogue's admin, with the handover of a leaving owner's indicators: it moves
    their returns in flight too, so it is added here, above the catalogue."""

    def get_urls(self) -> list:
        extra = [
            path(
                "handover/",
                self.admin_site.admin_view(self.handover_view),
                name="indicators_indicator_handover",
            )
        ]
        return extra + super().get_urls()

    def handover_view(self, request: HttpRequest) -> HttpResponse:
        """Hand every indicator of a leaving owner to someone else: check, then confirm."""
        if not (has_role(request.user, Role.ADMIN) and self.has_change_permission(request)):
            return redirect("admin:index")
        form = HandoverForm(request.POST or None)
        preview = None
        if request.method == "POST" and form.is_valid():
            leaving, successor = form.cleaned_data["leaving"], form.cleaned_data["successor"]
            joins = not has_role(successor, Role.OWNER)
            if form.cleaned_data["confirm"] and joins and not form.cleaned_data["make_owner"]:
                form.add_error(
                    "make_owner",
                    f"{person_name(successor)} is not an indicator owner: tick the box to make "
                    "them one, or choose someone else.",
                )
            elif form.cleaned_data["confirm"]:
                done = ownership_handover(leaving=leaving, successor=successor, user=request.user)
                messages.success(
                    request,
                    f"Handed {_count(len(done.indicators), 'indicator')} "
                    f"({', '.join(done.indicators)}) and "
                    f"{_count(done.returns_in_flight, 'return')} in flight to "
                    f"{person_name(successor)}.",
                )
                return redirect("admin:indicators_indicator_changelist")
            owned = Indicator.objects.filter(owners=leaving).order_by("ref")
            preview = {
                "indicators": owned,
                "in_flight": in_flight(owned),
                "leaving": person_name(leaving),
                "successor": person_name(successor),
                "joins": joins,
                "roles": sorted(r.value for r in roles_of(successor)),
            }
            if not form.errors:
                form = HandoverForm(initial={**form.cleaned_data, "confirm": True})
        context = {
            **self.admin_site.each_context(request),
            "title": "Hand over a leaving owner's indicators",
            "opts": self.model._meta,
            "form": form,
            "preview": preview,
        }
        return TemplateResponse(request, "admin/indicators/handover.html", context)


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


admin.site.unregister(Indicator)
admin.site.register(Indicator, IndicatorWithHandoverAdmin)
