"""The performance team's pages: the review queue, decisions, and opening a month."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib import messages
from django.core.cache import caches
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from core.changes import count as count_changes
from core.prepared import Prepared
from core.roles import Role, role_required
from indicators import periods
from indicators.models import ServiceArea

from . import services, workflow
from .forms import ReasonForm, ReviewFilterForm
from .models import ReturnPeriod
from .selectors import (
    RAG_CHOICES,
    REVIEW_PAGE,
    PeriodCounts,
    ReviewFilters,
    opened_periods,
    review_listing,
    visible_returns,
)
from .templatetags.returns import jinja
from .views import month_chosen, month_or_404, render_detail

OPENED_SHOWN = 24  # months in Review's month picker
PAGES_CACHE = "pages"  # the cache (settings.CACHES) Review's listings are kept in
# Every Review page reads the service areas (compiled once: core.prepared).
_AREAS = Prepared(lambda: ServiceArea.objects.select_related("directorate"))


@role_required(Role.PERFORMANCE)
def review(request: HttpRequest, month: str | None = None) -> HttpResponse:
    if month is None and (chosen := month_chosen(request, "submissions-review-month")):
        return chosen
    wanted = month_or_404(month)
    # Before anything the listing shows is read (the month, its deadline, the areas): a
    # page kept under this count is then never older than it (core.changes).
    changes = count_changes()
    opened = opened_periods(OPENED_SHOWN)
    if wanted is None:
        period = opened[0] if opened else None  # the latest open
    else:
        period = next((p for p in opened if p.month == wanted), None) or get_object_or_404(
            ReturnPeriod, month=wanted
        )
    today = timezone.localdate()
    context: dict[str, Any] = {
        "period": period,
        "next_to_open": _next_to_open(today, opened),
        "periods": opened,
        "today": today,
    }
    if period is None:
        return render(request, "submissions/review.html", context)
    areas = _AREAS.list()
    form = ReviewFilterForm(request.GET, areas=areas)
    for problem in form.problems:
        messages.warning(request, problem)
    filters = form.filters()
    context |= _listing(request, period, filters, today, areas, changes)
    context |= {
        "query": filters.as_query(),
        "filters": filters,
        "area_choices": form.area_choices,
        "states": form.fields["state"].choices,
        "rags": RAG_CHOICES,
    }
    return render(request, "submissions/review.html", context)


@dataclass(frozen=True)
class _Kept:
    """What Review's listing shows of a page, as kept (core.changes): the month's counts,
    how many returns match the filters, and the page's rows rendered."""

    counts: PeriodCounts
    matched: int
    rows_html: str


def _listing(
    request: HttpRequest,
    period: ReturnPeriod,
    filters: ReviewFilters,
    today: date,
    areas: list[ServiceArea],
    changes: int | None,
) -> dict[str, Any]:
    """The counts, the page and its rows, for the page's context. Read and rendered once
    for as long as nothing they were read from changes, then kept (in each web process's
    memory) for the same month, filters, page, day and person, by `changes`: the count
    of changes (core.changes) read before the month and the areas were. They are kept
    only if the count has not moved while they were read: a page read across a change
    could be half old, half new. `rows` (the rows themselves) only when they were read."""
    number = request.GET.get("page")
    key = None
    if changes is not None:
        parts = (changes, period.pk, filters.as_query(), number, today, request.user.pk)
        key = "review:" + hashlib.sha256(repr(parts).encode()).hexdigest()
        kept = caches[PAGES_CACHE].get(key)
        if kept is not None:
            page = Paginator(range(kept.matched), REVIEW_PAGE).get_page(number)
            return {"page": page, "counts": kept.counts, "rows_html": kept.rows_html}
    listing = review_listing(period, filters, today=today, number=number, areas=areas)
    rows = listing.page.object_list
    for row in rows:
        row.can_approve = workflow.allowed(workflow.Action.APPROVE, row.ret, request.user)
        row.overdue = row.is_overdue(today)
    rows_html = jinja("submissions/_review_rows.html", rows=rows) if rows else ""
    if key is not None and count_changes() == changes:
        kept = _Kept(listing.counts, listing.page.paginator.count, rows_html)
        caches[PAGES_CACHE].set(key, kept)
    return {"page": listing.page, "counts": listing.counts, "rows_html": rows_html, "rows": rows}


def _next_to_open(today: date, opened: list[ReturnPeriod]) -> date | None:
    """The latest month that has ended and whose returns are not open yet, if any
    (`opened`: the latest months opened, newest first)."""
    month = periods.add_months(date(today.year, today.month, 1), -1)
    if any(p.month == month for p in opened):
        return None
    older = len(opened) == OPENED_SHOWN and opened[-1].month > month  # than those read
    if older and ReturnPeriod.objects.filter(month=month, opened_at__isnull=False).exists():
        return None
    return month


@role_required(Role.PERFORMANCE)
@require_POST
def approve_many(request: HttpRequest, month: str) -> HttpResponse:
    """Approve the ticked returns; each is checked on its own, and refusals are listed."""
    approved, refused = 0, []
    for token in request.POST.getlist("approve"):
        pk, _, version = token.partition(":")
        if not (pk.isdigit() and version.isdigit()):
            continue
        ret = (
            visible_returns(request.user)
            .select_related("indicator", "period")
            .filter(pk=pk)
            .first()
        )
        if ret is None:
            continue
        try:
            services.return_approve(ret=ret, user=request.user, expected_version=int(version))
            approved += 1
        except (workflow.TransitionNotAllowed, services.StaleReturn) as error:
            refused.append(f"{ret.indicator.ref}: {error}")
    if approved:
        messages.success(request, f"Approved {approved} return{'s' if approved != 1 else ''}.")
    for line in refused:
        messages.error(request, line)
    if not approved and not refused:
        messages.warning(request, "Tick the returns to approve first.")
    return redirect(_back_to_review(request, month))


def _back_to_review(request: HttpRequest, month: str) -> str:
    url = reverse("submissions-review-month", args=[month])
    query = request.POST.get("query", "")
    return f"{url}?{query}" if query and "\n" not in query else url


def _decide(request: HttpRequest, pk: int, action: workflow.Action) -> HttpResponse:
    ret = get_object_or_404(
        visible_returns(request.user).select_related("indicator", "period"), pk=pk
    )
    version_text = request.POST.get("version", "")
    version = int(version_text) if version_text.isdigit() else None
    try:
        if action is workflow.Action.APPROVE:
            services.return_approve(ret=ret, user=request.user, expected_version=version)
            messages.success(request, f"Approved {ret.indicator.ref} for {ret.period.label}.")
        else:
            form = ReasonForm(request.POST)
            if not form.is_valid():
                return render_detail(request, ret, reason_form=form, status=400)
            service = (
                services.return_send_back
                if action is workflow.Action.SEND_BACK
                else services.return_reopen
            )
            service(
                ret=ret,
                user=request.user,
                reason=form.cleaned_data["reason"],
                expected_version=form.cleaned_data["version"],
            )
            messages.success(
                request, f"{ret.indicator.ref} for {ret.period.label} is back with its owner."
            )
    except (workflow.TransitionNotAllowed, services.StaleReturn) as error:
        messages.error(request, str(error))
    return redirect("submissions-detail", ret.pk)


@role_required(Role.PERFORMANCE)
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, workflow.Action.APPROVE)


@role_required(Role.PERFORMANCE)
@require_POST
def send_back(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, workflow.Action.SEND_BACK)


@role_required(Role.PERFORMANCE)
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, workflow.Action.REOPEN)


@role_required(Role.PERFORMANCE)
@require_POST
def open_period(request: HttpRequest) -> HttpResponse:
    try:
        month = periods.parse_month(request.POST.get("month", ""))
        period = services.period_open(month=month, user=request.user)
    except (ValueError, services.PeriodNotOpen) as error:
        messages.error(request, str(error))
        return redirect("submissions-review")
    messages.success(
        request, f"Returns for {period.label} are open; the deadline is {period.deadline:%-d %B}."
    )
    return redirect("submissions-review-month", period.key)


@role_required(Role.PERFORMANCE)
@require_POST
def chase(request: HttpRequest) -> HttpResponse:
    """Chase now: the reminders beat sends each working morning, sent now, by the same
    rules (due within 2 working days or overdue; each return at most once a day)."""
    from .tasks import remind_returns

    today = timezone.localdate()
    back = request.POST.get("next") or reverse("submissions-review")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("submissions-review")
    if not periods.is_working_day(today):
        messages.warning(request, "Reminders go on working days only: nobody was chased today.")
        return redirect(back)
    chased = remind_returns(today)
    said = [
        f"Chased {chased.returns} return{'' if chased.returns == 1 else 's'} due soon or overdue "
        f"({chased.sent} e-mail{'' if chased.sent == 1 else 's'})."
    ]
    if chased.already:
        said.append(
            f"{chased.already} already reminded today {'was' if chased.already == 1 else 'were'} "
            "not chased again."
        )
    messages.success(request, " ".join(said))
    return redirect(back)
