from django.contrib import admin
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from indicators.admin_import import PortalImportMixin

from .models import Deputy, Notification, Reminder, Return, ReturnPeriod
from .resources import ResultResource


@admin.register(ReturnPeriod)
class ReturnPeriodAdmin(admin.ModelAdmin):
    list_display = ["label", "year", "opens_on", "deadline", "opened_at"]
    list_filter = ["year"]
    readonly_fields = ["opened_at", "opened_by"]


@admin.register(Return)
class ReturnAdmin(PortalImportMixin, ImportExportMixin, SimpleHistoryAdmin):
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
class DeputyAdmin(SimpleHistoryAdmin):
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
