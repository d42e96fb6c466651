"""My returns as a spreadsheet: download, upload, a preview with the page's own checks,
then all of it saved or submitted through the same service as the page, or none of it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from core.roles import Role, role_required

from . import spreadsheet
from .forms import ReturnFormSet
from .models import ReturnPeriod
from .selectors import build_rows, own_returns
from .views import EDITABLE, _apply, _has_content, _returned_untouched, month_or_404

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period(month: str) -> ReturnPeriod:
    wanted = month_or_404(month)
    period = ReturnPeriod.objects.filter(month=wanted, opened_at__isnull=False).first()
    if period is None:
        raise Http404("Returns for that month are not open")
    return period


def _session_key(period: ReturnPeriod) -> str:
    return f"returns-upload-{period.key}"


@role_required(Role.OWNER)
def returns_spreadsheet(request: HttpRequest, month: str) -> HttpResponse:
    """GET: this month's returns as an XLSX. POST: the filled-in file, previewed."""
    period = _period(month)
    rows = build_rows(own_returns(request.user), period)
    if request.method != "POST":
        who = request.user.get_full_name() or request.user.get_username()
        return HttpResponse(
            spreadsheet.workbook(rows, period, who),
            content_type=XLSX_TYPE,
            headers={"Content-Disposition": f'attachment; filename="my-returns-{period.key}.xlsx"'},
        )
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "Choose the spreadsheet to upload first.")
        return redirect("submissions-mine-month", period.key)
    found = spreadsheet.read(upload.read(), rows, period)
    if found.problems:
        request.session.pop(_session_key(period), None)
        return render(
            request,
            "submissions/spreadsheet_preview.html",
            {"period": period, "problems": found.problems, "file_name": upload.name},
            status=400,
        )
    request.session[_session_key(period)] = found.data
    return _preview(request, period, rows, found.data, file_name=upload.name)


@role_required(Role.OWNER)
@require_POST
def returns_spreadsheet_confirm(request: HttpRequest, month: str) -> HttpResponse:
    """Save the uploaded figures as drafts, or submit them: all of them, or none."""
    period = _period(month)
    data = request.session.get(_session_key(period))
    if data is None:
        messages.warning(request, "Upload the spreadsheet again: nothing from it is waiting.")
        return redirect("submissions-mine-month", period.key)
    if request.POST.get("action") == "cancel":
        request.session.pop(_session_key(period), None)
        messages.info(request, "Nothing from the spreadsheet was saved.")
        return redirect("submissions-mine-month", period.key)
    rows = build_rows(own_returns(request.user), period)
    submit = request.POST.get("action") == "submit"
    in_file = _in_file(rows, data)
    submitting = _submitting(data, in_file) if submit else set()
    formset = ReturnFormSet(data, rows=in_file, submitting=submitting)
    if formset.is_valid() and _apply(request, formset, submitting):
        request.session.pop(_session_key(period), None)
        return redirect("submissions-mine-month", period.key)
    return _preview(request, period, rows, data, refused=formset)


def _in_file(rows: list, data: dict[str, str]) -> list:
    return [r for r in rows if r.ret.status in EDITABLE and f"r{r.ret.pk}-version" in data]


def _submitting(data: dict[str, str], rows: list) -> set[int]:
    """What "Submit" sends, as Submit all on the page: returns with a figure (or marked not
    available), but a returned one neither changed nor answered."""
    content = {r.ret.pk for r in rows if _has_content(data, f"r{r.ret.pk}")}
    untouched = set(_returned_untouched(data, rows, content))
    return {
        pk
        for pk in content
        if next(r for r in rows if r.ret.pk == pk).indicator.ref not in untouched
    }


def _preview(
    request: HttpRequest,
    period: ReturnPeriod,
    rows: list,
    data: dict[str, str],
    *,
    file_name: str = "",
    refused: Any = None,
) -> HttpResponse:
    in_file = _in_file(rows, data)
    submitting = _submitting(data, in_file)
    drafts = ReturnFormSet(data, rows=in_file)
    submits = ReturnFormSet(data, rows=in_file, submitting=submitting)
    failed = {f.row.ret.pk: f for f in refused.forms} if refused is not None else {}
    lines = []
    for draft, submit in zip(drafts.forms, submits.forms, strict=True):
        pk = draft.row.ret.pk
        problems = _messages(failed[pk]) if pk in failed else _messages(draft)
        before_submit = [m for m in _messages(submit) if m not in problems]
        lines.append(
            {
                "row": draft.row,
                "form": draft,
                "changes": _changes(draft),
                "problems": problems,
                "before_submit": before_submit if pk in submitting else [],
                "submits": pk in submitting,
            }
        )
    can_save = all(not line["problems"] for line in lines)
    return render(
        request,
        "submissions/spreadsheet_preview.html",
        {
            "period": period,
            "lines": lines,
            "file_name": file_name,
            "changed": sum(1 for line in lines if line["changes"]),
            "can_save": can_save and any(line["changes"] for line in lines),
            "can_submit": can_save
            and bool(submitting)
            and all(not line["before_submit"] for line in lines),
            "submitting": len(submitting),
        },
        status=200 if can_save and refused is None else 400,
    )


def _messages(form: Any) -> list[str]:
    form.is_valid()
    found = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        found += [f"{label}: {e}" if label else str(e) for e in errors]
    return found


def _changes(form: Any) -> list[tuple[str, str, str]]:
    """(what, from, to) for each field the file changes, as the owner would read them."""
    shown = []
    for name in form.changed_data:
        if name == "version" or name not in form.fields:
            continue
        field = form.fields[name]
        before, after = form[name].initial, form.data.get(form.add_prefix(name), "")
        if isinstance(before, bool) or name in ("not_available", "outlier_confirmed"):
            before, after = ("Yes" if before else "No"), ("Yes" if after else "No")
        shown.append((str(field.label), str(before or "–"), str(after or "–")))
    return shown
