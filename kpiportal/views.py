from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.cache import never_cache

from core.roles import Role, roles_of
from indicators.models import Indicator
from reports.models import Snapshot
from submissions.selectors import latest_open_period, own_returns, period_counts


@login_required
def home(request: HttpRequest) -> HttpResponse:
    held = roles_of(request.user)
    owned = (
        Indicator.objects.owned_by(request.user).active().select_related("service_area")
        if Role.OWNER in held
        else Indicator.objects.none()
    )
    period = latest_open_period()
    today = timezone.localdate()
    to_do = (
        own_returns(request.user).awaiting_owner().filter(period=period).count()
        if period and Role.OWNER in held
        else 0
    )
    return render(
        request,
        "home.html",
        {
            "roles": sorted(r.value for r in held),
            "owned": owned,
            "period": period,
            "to_do": to_do,
            "days_overdue": period.working_days_overdue(today) if period and to_do else 0,
            "counts": period_counts(period) if period and Role.PERFORMANCE in held else None,
            "latest_snapshot": Snapshot.objects.order_by("-month", "-version").first()
            if Role.READER in held
            else None,
        },
    )


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page says."""
    return redirect(static("favicon.svg"), permanent=True)


def healthz(request: HttpRequest) -> JsonResponse:
    """For a load balancer: the web process answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def accessibility(request: HttpRequest) -> HttpResponse:
    """The accessibility statement the 2018 regulations require; open to anyone."""
    return render(
        request,
        "accessibility.html",
        {
            "contact": settings.ACCESSIBILITY_CONTACT_EMAIL,
            "idle_minutes": settings.SESSION_COOKIE_AGE // 60,
            "warning_minutes": settings.SESSION_WARNING_SECONDS // 60,
        },
    )


@never_cache
def keepalive(request: HttpRequest) -> JsonResponse:
    """ "Stay signed in", and typing: any request pushes the session's end back
    (SESSION_SAVE_EVERY_REQUEST); this one also says whether there is still a session."""
    if not request.user.is_authenticated:
        return JsonResponse({"signed_in": False})
    return JsonResponse({"signed_in": True, "seconds": settings.SESSION_COOKIE_AGE})
