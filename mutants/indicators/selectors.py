"""Reads of the catalogue that span relations, in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from .models import FinancialYear, Indicator, Target


def current_year() -> FinancialYear | None:
    """The latest financial year that has started, else the earliest one there is."""
    from django.utils import timezone

    from .periods import financial_year_of

    today = timezone.localdate()
    year = (
        FinancialYear.objects.filter(start_year__lte=financial_year_of(today))
        .order_by("-start_year")
        .first()
    )
    return year or FinancialYear.objects.order_by("start_year").first()


def catalogue(year: FinancialYear | None) -> QuerySet[Indicator]:
    """Every indicator with its service area, directorate, owners and `year`'s targets."""
    targets = Target.objects.filter(year=year) if year else Target.objects.none()
    return (
        Indicator.objects.select_related("service_area__directorate", "context_for")
        .prefetch_related("owners", Prefetch("targets", queryset=targets, to_attr="year_targets"))
        .order_by("service_area__directorate__name", "service_area__name", "ref")
    )
