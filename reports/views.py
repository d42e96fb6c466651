"""The committee's dashboard, read from frozen snapshots only, and its exports."""

from __future__ import annotations

from datetime import date

from celery.result import EagerResult
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.prepared import Prepared
from core.roles import Role, has_role, role_required
from indicators import periods

from . import exports, rendering
from .freeze import CannotFreeze
from .models import Publication, RenderedPage, Snapshot
from .pages import dashboard_page
from .publishing import CannotPublish, commentary_choices, snapshot_publish, snapshot_withdraw
from .selectors import (
    dashboard,
    find_snapshot,
    find_versions,
    freezable_months,
    freeze_preview,
    frozen_months,
    rows_for_export,
    snapshot_list,
)
from .tasks import freeze_month_task

ANY_ROLE = tuple(Role)


@role_required(*ANY_ROLE)
def snapshot_index(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    frozen = frozen_months()
    months = freezable_months(today)
    snapshots = snapshot_list()
    return render(
        request,
        "reports/index.html",
        {
            "snapshots": snapshots,
            "months": [(m, m in frozen) for m in months],
            # The month to offer first: the latest not frozen yet, else the latest.
            "suggested": next(
                (m for m in months if m not in frozen), months[0] if months else None
            ),
        },
    )


# A snapshot's publication, if any, for the team's open data controls: one a snapshot at
# most, so not sorted (the model's ordering would join the snapshots to sort one row).
# Compiled once (core.prepared).
_PUBLICATION = Prepared(
    lambda snapshot: (
        Publication.objects.filter(snapshot_id=snapshot)
        .select_related("published_by", "withdrawn_by")
        .order_by()[:1]
    )
)


@role_required(*ANY_ROLE)
def dashboard_view(request: HttpRequest, month: str) -> HttpResponse:
    """A snapshot's dashboard page, served as kept once rendered (reports/pages.py)."""
    snapshot, latest = find_versions(month, request.GET.get("version"))
    team = has_role(request.user, Role.PERFORMANCE)
    audience = RenderedPage.Audience.TEAM if team else RenderedPage.Audience.EVERYONE
    page = dashboard_page(
        snapshot,
        latest,
        directorate=request.GET.get("directorate", ""),
        service_area=request.GET.get("area", ""),
        audience=audience,
    )
    context = {
        "page": page,
        "snapshot": snapshot,
        # Only the team's open data controls show it.
        "publication": next(iter(_PUBLICATION.list(snapshot=snapshot.pk)), None) if team else None,
        "superseded": snapshot.version < latest,
    }
    if page.board is not None:
        context["board"] = page.board
    return render(request, "reports/dashboard.html", context)


def _to_dashboard(snapshot: Snapshot) -> HttpResponse:
    url = reverse("reports-dashboard", args=[snapshot.key])
    return redirect(f"{url}?version={snapshot.version}")


@role_required(Role.PERFORMANCE)
def publish(request: HttpRequest, month: str) -> HttpResponse:
    """Publish a frozen version as open data: first choose whose commentary is published
    with it (none is, unless ticked), then confirm."""
    version = request.POST.get("version") or request.GET.get("version")
    snapshot = find_snapshot(month, version)
    if request.method == "POST":
        try:
            snapshot_publish(
                snapshot=snapshot,
                user=request.user,
                commentary_rows=[pk for pk in request.POST.getlist("commentary") if pk.isdigit()],
            )
        except CannotPublish as refused:
            messages.error(request, str(refused))
            return _to_dashboard(snapshot)
        where = request.build_absolute_uri(reverse("open-month", args=[snapshot.key]))
        messages.success(
            request,
            f"Version {snapshot.version} of {snapshot.label} is published: anyone can read it "
            f"at {where}",
        )
        return _to_dashboard(snapshot)
    return render(
        request,
        "reports/publish.html",
        {
            "snapshot": snapshot,
            "choices": commentary_choices(snapshot),
            "publication": Publication.objects.filter(snapshot=snapshot).first(),
            "later": Snapshot.objects.filter(
                month=snapshot.month, version__gt=snapshot.version
            ).exists(),
            "licence": settings.OPEN_DATA_LICENCE,
        },
    )


@role_required(Role.PERFORMANCE)
@require_POST
def withdraw(request: HttpRequest, month: str) -> HttpResponse:
    """Withdraw a published version, saying why: its open pages then show the reason."""
    snapshot = find_snapshot(month, request.POST.get("version"))
    try:
        snapshot_withdraw(
            snapshot=snapshot, user=request.user, reason=request.POST.get("reason", "")
        )
    except CannotPublish as refused:
        messages.error(request, str(refused))
        return _to_dashboard(snapshot)
    messages.success(
        request,
        f"Version {snapshot.version} of {snapshot.label} is withdrawn: its open data page "
        "now says so, with your reason.",
    )
    return _to_dashboard(snapshot)


@role_required(Role.PERFORMANCE)
def cover_docx(request: HttpRequest, month: str) -> HttpResponse:
    """The drafted cover summary as a Word document, for the committee report template."""
    snapshot = find_snapshot(month, request.GET.get("version"))
    board = dashboard(snapshot, request.GET.get("directorate", ""))
    return exports.download(
        exports.cover_docx(board),
        f"{_file_name(snapshot, board.directorate)}-cover.docx",
        exports.DOCX_TYPE,
    )


def _file_name(snapshot: Snapshot, directorate: str) -> str:
    name = f"kpi-dashboard-{snapshot.key}-v{snapshot.version}"
    if directorate:
        name += "-" + "".join(c if c.isalnum() else "-" for c in directorate.lower())
    return name


@role_required(Role.PERFORMANCE)
def freeze_check(request: HttpRequest) -> HttpResponse:
    """Before a freeze: what it will contain (approved returns) and what will show as `*`
    (the rest, by state and owner); then confirm."""
    try:
        month = periods.parse_month(request.GET.get("month", ""))
    except ValueError as error:
        messages.error(request, str(error))
        return redirect("reports-index")
    if periods.month_end(month) >= timezone.localdate():
        messages.error(request, f"{month:%B %Y} has not ended yet, so it cannot be frozen.")
        return redirect("reports-index")
    return render(request, "reports/freeze_check.html", {"preview": freeze_preview(month)})


@role_required(*ANY_ROLE)
def export(request: HttpRequest, month: str, file_format: str) -> HttpResponse:
    snapshot = find_snapshot(month, request.GET.get("version"))
    directorate = request.GET.get("directorate", "")
    name = _file_name(snapshot, directorate)
    if directorate and not snapshot.rows.filter(directorate=directorate).exists():
        raise Http404("No such directorate in this snapshot")
    if file_format in rendering.RENDERERS:
        content = rendering.stored(snapshot, directorate, file_format)
        queued = (
            content is None
            and rendering.worker_available()
            and rendering.queue_render(snapshot, directorate, file_format)
        )
        if queued:  # a worker renders it; this page asks again until it is there
            return render(
                request,
                "reports/preparing.html",
                {"snapshot": snapshot, "file_format": file_format.upper()},
                status=202,
            )
        if content is None:
            content = rendering.render_and_store(snapshot, directorate, file_format)
        content_type = exports.XLSX_TYPE if file_format == "xlsx" else "application/pdf"
        return exports.download(content, f"{name}.{file_format}", content_type)
    rows = rows_for_export(snapshot, directorate)
    return exports.download(exports.csv_text(rows), f"{name}.csv", "text/csv; charset=utf-8")


def _queue_freeze(month: date, user: object, reason: str) -> object:
    """Queue the freeze for a worker; with the broker down, freeze here instead (a freeze
    of a council's month takes well under a second)."""
    from kombu.exceptions import OperationalError

    key = periods.month_key(month)
    try:
        return freeze_month_task.delay(key, user_id=user.pk, reason=reason, source="button")
    except (OperationalError, OSError):
        return freeze_month_task.apply(args=[key], kwargs={"user_id": user.pk, "reason": reason})


@role_required(Role.PERFORMANCE)
@require_POST
def freeze_now(request: HttpRequest) -> HttpResponse:
    reason = request.POST.get("reason", "").strip()[:2000]
    try:
        month = periods.parse_month(request.POST.get("month", ""))
        if periods.month_end(month) >= timezone.localdate():
            raise CannotFreeze(f"{month:%B %Y} has not ended yet, so it cannot be frozen.")
        already = Snapshot.objects.filter(month=month).exists()
        if already and not reason:
            raise CannotFreeze(
                f"{month:%B %Y} is already frozen. To freeze it again as a new version, "
                "say why in the reason box."
            )
        result = _queue_freeze(month, request.user, reason)
    except (ValueError, CannotFreeze) as error:
        messages.error(request, str(error))
        return redirect("reports-index")
    if isinstance(result, EagerResult):  # frozen here: the queue was down (or none is used)
        messages.success(request, f"{month:%B %Y} is frozen ({result.get()}).")
        return redirect("reports-dashboard", periods.month_key(month))
    messages.success(request, f"Freezing {month:%B %Y}: the snapshot appears here in a moment.")
    return redirect("reports-index")
