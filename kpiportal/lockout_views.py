"""Sign-in lockouts, for the performance team and Administrators to see and lift.

After LOGIN_FAILURE_LIMIT wrong passwords a username is paused from one address
(django-axes). Someone who has remembered their password, or was locked out by a
colleague's typing, is let back in here, without waiting.
"""

from __future__ import annotations

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.roles import Role, role_required


def current_lockouts() -> list[AccessAttempt]:
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return list(
        AccessAttempt.objects.filter(
            failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
        ).order_by("-attempt_time")
    )


@role_required(Role.PERFORMANCE, Role.ADMIN)
def lockouts(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "lockouts.html",
        {
            "lockouts": current_lockouts(),
            "limit": settings.AXES_FAILURE_LIMIT,
            "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
    )


@role_required(Role.PERFORMANCE, Role.ADMIN)
@require_POST
def lift(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    reset(ip=attempt.ip_address, username=attempt.username)
    messages.success(request, f"{attempt.username} can sign in again from that address.")
    return redirect("kpiportal-lockouts")
