"""The performance team's page of every open action: overdue first, by service area."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from core.roles import Role, role_required
from indicators.models import ServiceArea

from .models import Action
from .selectors import ACTIONS_PAGE, open_actions


@role_required(Role.PERFORMANCE)
def actions_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    area_text = request.GET.get("area", "")
    area = int(area_text) if area_text.isdigit() else None
    status = request.GET.get("status", "")
    overdue = bool(request.GET.get("overdue"))
    found = open_actions(area=area, status=status, overdue=overdue, today=today)
    page = Paginator(found, ACTIONS_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "submissions/actions.html",
        {
            "page": page,
            "today": today,
            "areas": ServiceArea.objects.select_related("directorate"),
            "statuses": [(s, Action.Status(s).label) for s in Action.OPEN],
            "filters": {"area": area_text, "status": status, "overdue": overdue},
            "counts": {
                "open": Action.objects.open().count(),
                "overdue": Action.objects.overdue(today).count(),
            },
            "query": query.urlencode(),
        },
    )
