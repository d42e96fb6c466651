from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from indicators.models import Indicator

from .roles import Role, roles_of


@login_required
def home(request: HttpRequest) -> HttpResponse:
    held = roles_of(request.user)
    owned = (
        Indicator.objects.owned_by(request.user).active().select_related("service_area")
        if Role.OWNER in held
        else Indicator.objects.none()
    )
    return render(
        request,
        "home.html",
        {"roles": sorted(r.value for r in held), "owned": owned},
    )


def healthz(request: HttpRequest) -> JsonResponse:
    """For a load balancer: the web process answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
