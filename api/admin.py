"""Administrators issue service accounts, give them their indicators, and revoke them.

A new account's token (and a replacement) is shown once, on a page of its own (never in
a message or a cookie), and kept only as a hash.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from core.history import HistoryAdmin

from .models import ApiUse, ServiceAccount
from .services import service_account_new_token, service_account_open, service_account_revoke


def _token_page(
    request: HttpRequest, site: admin.AdminSite, account: ServiceAccount, token: str
) -> HttpResponse:
    context = {
        **site.each_context(request),
        "title": f"The token for {account.name}",
        "opts": ServiceAccount._meta,
        "account": account,
        "token": token,
        "token_hint": account.token_hint,
        "indicators": list(account.indicators.order_by("ref")),
        "figures_url": request.build_absolute_uri(reverse("api-figures")),
    }
    response = TemplateResponse(request, "admin/api/token.html", context)
    response["Cache-Control"] = "no-store"
    return response


class RecentUseInline(admin.TabularInline):
    model = ApiUse
    fields = ("at", "method", "path", "ref", "month", "status", "outcome")
    readonly_fields = fields
    ordering = ("-at", "-pk")
    extra = 0
    max_num = 0
    can_delete = False
    verbose_name_plural = "Use (newest first; every request is under API uses)"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ApiUse]:
        return super().get_queryset(request).order_by("-at", "-pk")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ServiceAccount)
class ServiceAccountAdmin(HistoryAdmin):
    list_display = ("name", "state", "indicator_count", "token_hint", "last_used_at")
    search_fields = ("name",)
    filter_horizontal = ("indicators",)
    fields = (
        "name",
        "indicators",
        "token_hint",
        "token_issued_at",
        "created_by",
        "revoked_at",
        "last_used_at",
    )
    readonly_fields = ("token_hint", "token_issued_at", "created_by", "revoked_at", "last_used_at")
    actions = ("issue_new_token", "revoke_tokens")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ServiceAccount]:
        return super().get_queryset(request).annotate(indicator_total=Count("indicators"))

    def get_inlines(self, request: HttpRequest, obj: Any) -> list:
        return [RecentUseInline] if obj is not None else []

    @admin.display(description="state")
    def state(self, account: ServiceAccount) -> str:
        return f"Revoked {account.revoked_at:%-d %b %Y}" if account.is_revoked else "In use"

    @admin.display(description="indicators", ordering="indicator_total")
    def indicator_count(self, account: ServiceAccount) -> int:
        return account.indicator_total

    def save_model(
        self, request: HttpRequest, obj: ServiceAccount, form: Any, change: bool
    ) -> None:
        if change:
            obj._history_user = request.user
            obj._change_reason = "Changed in the admin"
            obj.save()
            return
        request._kpiportal_token = service_account_open(account=obj, by=request.user)

    def response_add(
        self, request: HttpRequest, obj: ServiceAccount, post_url_continue: Any = None
    ) -> HttpResponse:
        token = getattr(request, "_kpiportal_token", None)
        if token is None:
            return super().response_add(request, obj, post_url_continue)
        return _token_page(request, self.admin_site, obj, token)

    @admin.action(description="Issue a new token (the old one stops working)")
    def issue_new_token(
        self, request: HttpRequest, chosen: QuerySet[ServiceAccount]
    ) -> HttpResponse | None:
        if chosen.count() != 1:
            self.message_user(
                request, "Choose one service account at a time for a new token.", messages.ERROR
            )
            return None
        account = chosen.get()
        token = service_account_new_token(account=account, by=request.user)
        return _token_page(request, self.admin_site, account, token)

    @admin.action(description="Revoke the tokens of the selected service accounts")
    def revoke_tokens(self, request: HttpRequest, chosen: QuerySet[ServiceAccount]) -> None:
        for account in chosen:
            service_account_revoke(account=account, by=request.user)
        self.message_user(
            request,
            f"Revoked: {', '.join(a.name for a in chosen)}. Their requests are now refused.",
            messages.SUCCESS,
        )


@admin.register(ApiUse)
class ApiUseAdmin(admin.ModelAdmin):
    """The trail of every request a service account made: read only."""

    list_display = ("at", "account", "method", "path", "ref", "month", "status", "outcome")
    list_filter = ("account", "status", "method")
    search_fields = ("ref", "month", "outcome", "idempotency_key")
    date_hierarchy = "at"
    list_select_related = ("account",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
