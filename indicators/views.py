from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from core.roles import Role, role_required

from .models import FinancialYear, Indicator, ServiceArea
from .selectors import catalogue, current_year

ANY_ROLE = tuple(Role)


@role_required(*ANY_ROLE)
def indicator_list(request: HttpRequest) -> HttpResponse:
    years = list(FinancialYear.objects.all())
    year = next((y for y in years if str(y.start_year) == request.GET.get("year")), None)
    year = year or current_year()
    indicators = catalogue(year)
    query = request.GET.get("q", "").strip()
    if query:
        indicators = indicators.filter(Q(ref__icontains=query) | Q(title__icontains=query))
    area = request.GET.get("area", "")
    if area.isdigit():
        indicators = indicators.filter(service_area_id=int(area))
    kind = request.GET.get("kind", "")
    if kind in Indicator.Kind.values:
        indicators = indicators.filter(kind=kind)
    if request.GET.get("mine") and request.user.is_authenticated:
        indicators = indicators.filter(owners=request.user)
    page = Paginator(indicators, 100).get_page(request.GET.get("page"))
    for indicator in page:
        indicator.target_for_year = indicator.year_targets[0] if indicator.year_targets else None
    return render(
        request,
        "indicators/indicator_list.html",
        {
            "page": page,
            "year": year,
            "years": years,
            "areas": ServiceArea.objects.select_related("directorate"),
            "kinds": Indicator.Kind.choices,
            "filters": {"q": query, "area": area, "kind": kind, "mine": request.GET.get("mine")},
        },
    )


@role_required(*ANY_ROLE)
def indicator_detail(request: HttpRequest, ref: str) -> HttpResponse:
    indicator = get_object_or_404(
        Indicator.objects.select_related("service_area__directorate", "context_for"),
        ref__iexact=ref,
    )
    targets = indicator.targets.select_related("year").order_by("-year__start_year")
    return render(
        request,
        "indicators/indicator_detail.html",
        {
            "indicator": indicator,
            "targets": targets,
            "owners": indicator.owners.order_by("last_name", "first_name"),
            "context_indicators": indicator.context_indicators.all(),
        },
    )
