from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Reminder, Return, ReturnPeriod


@admin.register(ReturnPeriod)
class ReturnPeriodAdmin(admin.ModelAdmin):
    list_display = ["label", "year", "opens_on", "deadline", "opened_at"]
    list_filter = ["year"]
    readonly_fields = ["opened_at", "opened_by"]


@admin.register(Return)
class ReturnAdmin(SimpleHistoryAdmin):
    """Read-only: figures and their sign-off change only through the portal's pages."""

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
